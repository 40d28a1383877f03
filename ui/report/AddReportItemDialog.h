#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace vigil {

class UiContext;

// Asks for what the lead inspector adds to a report: a paragraph of their
// own, or a quote — an excerpt of an interview of the visit whose consent
// allows quoting (the publication guard still decides per kind of report)
// — and the section it goes in.
class AddReportItemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Paragraph,
        Quote
    };

    // `sections`: key and title of each section, `anchorKey` the one chosen first.
    AddReportItemDialog(UiContext& ctx, const QString& visitId, Mode mode,
                        const QList<std::pair<QString, QString>>& sections,
                        const QString& anchorKey, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QString anchorKey() const;
    QString interviewId() const; // Quote
    QString text() const;

    QComboBox* sectionCombo() const { return m_section; }
    QComboBox* interviewCombo() const { return m_interview; }
    QPlainTextEdit* textEdit() const { return m_text; }

private:
    void loadInterviews(UiContext& ctx, const QString& visitId);
    void updateOk();

    Mode m_mode;
    QComboBox* m_section = nullptr;
    QComboBox* m_interview = nullptr;
    QLabel* m_note = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vigil
