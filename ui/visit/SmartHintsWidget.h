#pragma once

#include "core/model/Recommendation.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace vigil {

// The prompts beside the recommendation editor (DOMAIN.md §6): who can act
// on it, by when, which finding supports it, and what exactly should change,
// each answered or showing RecommendationQueries::smartHints' advice.
class SmartHintsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SmartHintsWidget(QWidget* parent = nullptr);

    void setHints(const QList<SmartHint>& hints);
    // No recommendation is shown: the questions, greyed, without answers.
    void clearHints();

private:
    struct Prompt
    {
        const char* field;
        QLabel* label;
        QString question;
    };
    QList<Prompt> m_prompts;
};

} // namespace vigil
