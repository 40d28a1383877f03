#pragma once

#include "core/checklist/ChecklistTemplate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vigil {

// Reads and writes checklist templates in the "vigil-checklist" JSON format
// (resources/templates/README.md). Templates come from outside (files, a
// coordinator's bundle), so parse() treats its input as hostile: size and
// nesting depth are checked on the raw bytes before any JSON parsing, and
// every rule breach is a Validation error naming the line and column or the
// field (e.g. `questions[3] "PR-04".category`).
class TemplateLoader
{
    Q_DECLARE_TR_FUNCTIONS(vigil::TemplateLoader)
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr int kMaxDepth = 8; // the format itself needs 3
    static constexpr qsizetype kMaxQuestions = 500;
    static constexpr qsizetype kMaxTextLength = 4000;

    static Result<ChecklistTemplate> parse(const QByteArray& json);
    // Canonical, compact JSON: parse(serialize(t)) gives t back (without id),
    // and equal templates give equal bytes.
    static QByteArray serialize(const ChecklistTemplate& checklist);
    // The templates shipped with Vigil (resource :/templates/*.json), by file name.
    static Result<QList<ChecklistTemplate>> builtIn();
};

} // namespace vigil
