#include "ui/visit/RegisterCheckEditor.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/RegisterCheckRepository.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace vigil {

namespace {

using Apply = void (*)(RegisterCheck&, const QVariant&);

QDateEdit* dateEdit(QWidget* parent, const char* name, const QString& accessible)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1StringView(name));
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    // The minimum stands for "not recorded" (FieldCommitter reads it as null).
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(RegisterCheckEditor::tr("Not recorded"));
    return edit;
}

} // namespace

RegisterCheckEditor::RegisterCheckEditor(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_type(new QComboBox(this)),
      m_from(dateEdit(this, "periodFromEdit", tr("Period checked, from"))),
      m_to(dateEdit(this, "periodToEdit", tr("Period checked, to"))),
      m_notes(new QPlainTextEdit(this))
{
    m_type->setObjectName(QStringLiteral("registerTypeCombo"));
    m_type->setAccessibleName(tr("Register"));
    VisitLabels::fill(m_type, vocab::kRegisterTypes, &VisitLabels::registerType);
    m_notes->setObjectName(QStringLiteral("registerNotesEdit"));
    m_notes->setAccessibleName(tr("Register check notes"));
    m_notes->setTabChangesFocus(true);

    auto* anomalies = new QGroupBox(tr("Anomalies found"), this);
    auto* grid = new QGridLayout(anomalies);
    int i = 0;
    for (const char* code : vocab::kRegisterAnomalies) {
        const QString c = QLatin1StringView(code);
        auto* box = new QCheckBox(VisitLabels::anomaly(c), anomalies);
        box->setObjectName(QStringLiteral("anomaly_") + c);
        box->setAccessibleName(tr("Anomaly: %1").arg(VisitLabels::anomaly(c)));
        box->setProperty("code", c);
        connect(box, &QCheckBox::clicked, this, &RegisterCheckEditor::commitAnomalies);
        grid->addWidget(box, i / 2, i % 2);
        m_anomalies.append(box);
        ++i;
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Register:"), m_type);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(anomalies);
    form->addRow(tr("&Notes:"), m_notes);

    m_fromCommit = new FieldCommitter(m_from);
    m_toCommit = new FieldCommitter(m_to);
    m_notesCommit = new FieldCommitter(m_notes);
    auto bind = [this](FieldCommitter* committer, const char* field, const QString& what,
                       Apply apply) {
        committer->setCommit([this, committer, field, what, apply](const QVariant& old,
                                                                   const QVariant& now) {
            const QString id = m_current.id;
            if (id.isEmpty())
                return false;
            return visitcmd::pushEdit(
                m_ctx, tr("Edit %1").arg(what), catalog::kRegisterCheck, id,
                id + QLatin1StringView(field) + committer->sessionKey(), old, now,
                visitcmd::fieldWriter<RegisterCheckRepository, RegisterCheck>(m_ctx, id, apply));
        });
    };
    bind(m_fromCommit, "period_from", tr("start of period"),
         [](RegisterCheck& c, const QVariant& v) { c.periodFrom = v.toDate(); });
    bind(m_toCommit, "period_to", tr("end of period"),
         [](RegisterCheck& c, const QVariant& v) { c.periodTo = v.toDate(); });
    bind(m_notesCommit, "notes", tr("register check notes"),
         [](RegisterCheck& c, const QVariant& v) { c.notes = v.toString(); });
    connect(m_type, &QComboBox::activated, this, &RegisterCheckEditor::commitType);
    setCheck(RegisterCheck());
}

void RegisterCheckEditor::flush()
{
    for (FieldCommitter* c : {m_fromCommit, m_toCommit, m_notesCommit})
        c->flush();
}

void RegisterCheckEditor::setCheck(RegisterCheck check)
{
    flush();
    display(check, true);
}

void RegisterCheckEditor::refresh(RegisterCheck check)
{
    if (check.id != m_current.id)
        return setCheck(check);
    display(check, false);
}

void RegisterCheckEditor::display(const RegisterCheck& check, bool reset)
{
    m_current = check;
    setEnabled(!check.id.isEmpty());
    VisitLabels::select(m_type, check.registerType);
    for (QCheckBox* box : m_anomalies) {
        const QSignalBlocker blocker(box);
        box->setChecked(check.anomalies.contains(box->property("code").toString()));
    }
    const QVariant from = check.periodFrom.isNull() ? QVariant() : QVariant(check.periodFrom);
    const QVariant to = check.periodTo.isNull() ? QVariant() : QVariant(check.periodTo);
    if (reset) {
        m_fromCommit->reset(from);
        m_toCommit->reset(to);
        m_notesCommit->reset(check.notes);
    } else {
        m_fromCommit->setStoredValue(from);
        m_toCommit->setStoredValue(to);
        m_notesCommit->setStoredValue(check.notes);
    }
}

void RegisterCheckEditor::commitType()
{
    const QString id = m_current.id;
    const QString now = m_type->currentData().toString();
    if (id.isEmpty() || now == m_current.registerType)
        return;
    if (!visitcmd::pushEdit(m_ctx, tr("Change register"), catalog::kRegisterCheck, id, QString(),
                            m_current.registerType, now,
                            visitcmd::fieldWriter<RegisterCheckRepository, RegisterCheck>(
                                m_ctx, id, [](RegisterCheck& c, const QVariant& v) {
                                    c.registerType = v.toString();
                                })))
        VisitLabels::select(m_type, m_current.registerType);
}

void RegisterCheckEditor::commitAnomalies()
{
    const QString id = m_current.id;
    if (id.isEmpty())
        return;
    QStringList now;
    for (QCheckBox* box : m_anomalies) {
        if (box->isChecked())
            now << box->property("code").toString();
    }
    now.sort();
    QStringList old = m_current.anomalies;
    old.sort();
    if (!visitcmd::pushEdit(m_ctx, tr("Change anomalies"), catalog::kRegisterCheck, id, QString(),
                            old, now,
                            visitcmd::fieldWriter<RegisterCheckRepository, RegisterCheck>(
                                m_ctx, id, [](RegisterCheck& c, const QVariant& v) {
                                    c.anomalies = v.toStringList();
                                })))
        display(m_current, false);
}

} // namespace vigil
