#pragma once

#include <QString>

namespace vigil {

// The answer to one checklist question on a visit: at most one per question
// and visit (ChecklistResponseRepository::answer updates it in place).
struct ChecklistResponse
{
    QString id;
    QString visitId;
    QString templateId;
    QString questionId; // stable key of the question within its template
    QString answer;
    QString notes;
    QString findingId; // the finding this answer led to, or empty
};

} // namespace vigil
