#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace vigil {

// What to search for and where.
struct SearchQuery
{
    explicit SearchQuery(QString words = {}) : text(std::move(words)) {}

    QString text;          // what the user typed
    QString placeId;       // only records of this place's visits
    QDate from;            // visit date on or after
    QDate to;              // visit date on or before
    QString category;      // finding category (vocab::kFindingCategories)
    QStringList entities;  // only these kinds ("finding", "interview", ...)
    int limit = 50;

    // The user's words as an FTS5 expression: each word quoted (so FTS5
    // operators typed by accident are plain text), the last one as a prefix.
    static QString toFtsExpression(const QString& text);
};

// One result: where it is, and a snippet with the matches between
// kMatchStart and kMatchEnd (control characters, so any UI can style them).
struct SearchHit
{
    static constexpr QChar kMatchStart = QChar(0x02);
    static constexpr QChar kMatchEnd = QChar(0x03);

    QString entity;
    QString entityId;
    QString visitId;
    QString placeId;
    QString placeName;
    qint64 visitDate = 0; // Unix ms, planned or actual start
    QString category;
    QString title;
    QString snippet;
};

} // namespace vigil
