#pragma once

#include "core/model/Finding.h"
#include "core/model/Recommendation.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace vigil {

class FieldCommitter;
class SmartHintsWidget;
class UiContext;

// Edits one recommendation: text, addressee, level, priority, deadline and
// the findings it is argued from, with SMART prompts beside it.
class RecommendationEditor : public QWidget
{
    Q_OBJECT
public:
    RecommendationEditor(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void setRecommendation(Recommendation recommendation);
    void refresh(Recommendation recommendation);
    const QString& recommendationId() const { return m_current.id; }
    // Links or unlinks a finding as an undo step.
    bool setFindingLinked(const QString& findingId, bool linked);
    void reloadFindings();
    void focusText();
    void flush();

private:
    void display(const Recommendation& r, bool reset);
    void commitCombo(QComboBox* combo, const QString& old, const QString& what,
                     void (*apply)(Recommendation&, const QVariant&));
    void findingToggled(QListWidgetItem* item);
    void updateHints();
    void updateEditable();

    UiContext& m_ctx;
    QString m_visitId;
    Recommendation m_current;
    QStringList m_linked; // finding ids
    QLabel* m_number;
    QPlainTextEdit* m_text;
    QComboBox* m_addressee;
    QComboBox* m_level;
    QComboBox* m_priority;
    QDateEdit* m_deadline;
    QListWidget* m_findings;
    SmartHintsWidget* m_hints;
    FieldCommitter* m_textCommit;
    FieldCommitter* m_deadlineCommit;
};

} // namespace vigil
