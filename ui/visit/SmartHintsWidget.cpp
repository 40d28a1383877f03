#include "ui/visit/SmartHintsWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigil {

SmartHintsWidget::SmartHintsWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("smartHints"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>Is it SMART?</b>"), this);
    layout->addWidget(title);
    const std::pair<const char*, QString> prompts[] = {
        {"text", tr("What exactly should change?")},
        {"addressee", tr("Who can act on it?")},
        {"deadline", tr("By when?")},
        {"findings", tr("Which finding supports it?")},
    };
    for (const auto& [field, question] : prompts) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("hint_") + QLatin1StringView(field));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setFocusPolicy(Qt::TabFocus); // read by screen readers when tabbing through
        layout->addWidget(label);
        m_prompts.append({field, label, question});
    }
    layout->addStretch();
    clearHints();
}

void SmartHintsWidget::clearHints()
{
    // No recommendation chosen: the questions alone, nothing answered.
    for (const Prompt& p : m_prompts) {
        p.label->setText(QStringLiteral("<b>%1</b>").arg(p.question.toHtmlEscaped()));
        p.label->setAccessibleName(p.question);
        p.label->setAccessibleDescription(QString());
        p.label->setProperty("satisfied", false);
    }
    setEnabled(false);
}

void SmartHintsWidget::setHints(const QList<SmartHint>& hints)
{
    setEnabled(true);
    for (const Prompt& p : m_prompts) {
        QString advice;
        for (const SmartHint& h : hints) {
            if (h.field == QLatin1StringView(p.field))
                advice += (advice.isEmpty() ? QString() : QStringLiteral(" ")) + h.message;
        }
        const QString state = advice.isEmpty() ? tr("✓ Answered") : advice;
        p.label->setText(QStringLiteral("<b>%1</b><br>%2")
                             .arg(p.question.toHtmlEscaped(), state.toHtmlEscaped()));
        p.label->setAccessibleName(p.question);
        p.label->setAccessibleDescription(state);
        p.label->setProperty("satisfied", advice.isEmpty());
    }
}

} // namespace vigil
