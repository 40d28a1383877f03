#pragma once

#include "core/model/Finding.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vigil {

class EvidenceLinksWidget;
class FieldCommitter;
class UiContext;

// Edits one finding: facts, analysis, severity, standards, good practice,
// sources and the evidence it rests on.
class FindingEditor : public QWidget
{
    Q_OBJECT
public:
    FindingEditor(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void setFinding(Finding finding);
    void refresh(Finding finding);
    const QString& findingId() const { return m_current.id; }
    EvidenceLinksWidget* evidence() const { return m_evidence; }
    void focusTitle();
    void flush();

private:
    void display(const Finding& finding, bool reset);
    template <typename Apply>
    void bind(FieldCommitter* committer, const char* field, const QString& what, Apply apply);
    void commitValue(const QString& what, const QVariant& old, const QVariant& now,
                     void (*apply)(Finding&, const QVariant&));

    UiContext& m_ctx;
    Finding m_current;
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_subcategory;
    QComboBox* m_severity;
    QPlainTextEdit* m_facts;
    QPlainTextEdit* m_analysis;
    QLineEdit* m_standards;
    QCheckBox* m_goodPractice;
    QSpinBox* m_sources;
    EvidenceLinksWidget* m_evidence;
    QList<FieldCommitter*> m_committers;
    FieldCommitter* m_titleCommit;
    FieldCommitter* m_subcategoryCommit;
    FieldCommitter* m_factsCommit;
    FieldCommitter* m_analysisCommit;
    FieldCommitter* m_standardsCommit;
    FieldCommitter* m_sourcesCommit;
};

} // namespace vigil
