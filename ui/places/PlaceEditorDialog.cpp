#include "ui/places/PlaceEditorDialog.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "ui/UiContext.h"
#include "core/model/VocabularyLabels.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/nav/OptionalNumberEdit.h"
#include "ui/undo/RecordCommand.h"
#include "ui/visit/VisitCommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace vigil {

namespace {

// Selects `code` in a combo of codes, adding it if this build does not know
// it (a newer device's), so that opening the form never changes it.
void selectCode(QComboBox* box, const QString& code, const QString& label)
{
    int index = box->findData(code);
    if (index < 0) {
        box->addItem(label, code);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

bool sameParticulars(const Place& a, const Place& b)
{
    return a.name == b.name && a.type == b.type && a.operatorKind == b.operatorKind &&
           a.authority == b.authority && a.address == b.address && a.capacity == b.capacity &&
           a.population == b.population && a.riskNotes == b.riskNotes;
}

} // namespace

PlaceEditorDialog::PlaceEditorDialog(UiContext& ctx, QWidget* parent)
    : PlaceEditorDialog(ctx, Place(), parent)
{
}

PlaceEditorDialog::PlaceEditorDialog(UiContext& ctx, const Place& place, QWidget* parent)
    : RecordFormDialog(ctx, parent), m_place(place)
{
    build();
    fill(m_place);
    onEdited();
    m_name->setFocus();
}

void PlaceEditorDialog::build()
{
    setObjectName(QStringLiteral("placeEditorDialog"));
    setWindowTitle(isNew() ? tr("New place") : tr("Edit place"));
    auto* form = new QFormLayout;

    m_name = lineEdit("placeNameEdit", tr("Name of the place"));
    form->addRow(tr("&Name:"), m_name);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("placeTypeCombo"));
    m_type->setAccessibleName(tr("Type of place"));
    if (m_place.type.isEmpty())
        m_type->addItem(tr("Choose a type…"), QString());
    for (const char* code : vocab::kPlaceTypes) {
        const QString c = QString::fromLatin1(code);
        m_type->addItem(VocabularyLabels::placeType(c), c);
    }
    form->addRow(tr("&Type:"), m_type);

    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("placeOperatorCombo"));
    m_operator->setAccessibleName(tr("Operator"));
    for (const char* code : vocab::kOperators) {
        const QString c = QString::fromLatin1(code);
        m_operator->addItem(VocabularyLabels::operatorKind(c), c);
    }
    form->addRow(tr("&Operator:"), m_operator);
    for (QComboBox* box : {m_type, m_operator})
        connect(box, &QComboBox::currentIndexChanged, this, &PlaceEditorDialog::onEdited);

    m_authority = lineEdit("placeAuthorityEdit", tr("Responsible authority"));
    form->addRow(tr("Responsible a&uthority:"), m_authority);
    m_address = lineEdit("placeAddressEdit", tr("Address"));
    form->addRow(tr("&Address:"), m_address);

    // Counts may be unknown before a first visit: empty is a valid answer.
    m_capacity = numberEdit("placeCapacityEdit", tr("Capacity"));
    m_population = numberEdit("placePopulationEdit", tr("Population"));
    for (QLineEdit* edit : {m_capacity, m_population}) {
        edit->setPlaceholderText(tr("Unknown"));
        edit->setAccessibleDescription(tr("A whole number; leave empty if unknown"));
    }
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("&Population:"), m_population);

    m_riskNotes = new QPlainTextEdit(this);
    m_riskNotes->setObjectName(QStringLiteral("placeRiskNotesEdit"));
    m_riskNotes->setAccessibleName(tr("Risk notes"));
    m_riskNotes->setTabChangesFocus(true);
    AccessibleParts::nameScrollBars(m_riskNotes);
    connect(m_riskNotes, &QPlainTextEdit::textChanged, this, &PlaceEditorDialog::onEdited);
    form->addRow(tr("&Risk notes:"), m_riskNotes);

    finishForm(form, "place",
               {tr("What the place still needs"), tr("Error"),
                isNew() ? tr("Create place") : tr("Save changes"), tr("Cancel"),
                tr("The place could not be saved.")});
}

void PlaceEditorDialog::fill(const Place& place)
{
    m_name->setText(place.name);
    if (!place.type.isEmpty())
        selectCode(m_type, place.type, VocabularyLabels::placeType(place.type));
    selectCode(m_operator, place.operatorKind, VocabularyLabels::operatorKind(place.operatorKind));
    m_authority->setText(place.authority);
    m_address->setText(place.address);
    m_capacity->setValue(place.capacity);
    m_population->setValue(place.population);
    m_riskNotes->setPlainText(place.riskNotes);
}

Place PlaceEditorDialog::applyForm(Place place) const
{
    place.name = m_name->text().trimmed();
    place.type = m_type->currentData().toString();
    place.operatorKind = m_operator->currentData().toString();
    place.authority = m_authority->text().trimmed();
    place.address = m_address->text().trimmed();
    place.capacity = m_capacity->value();
    place.population = m_population->value();
    place.riskNotes = m_riskNotes->toPlainText();
    return place;
}

Place PlaceEditorDialog::place() const
{
    return applyForm(m_place);
}

QString PlaceEditorDialog::missing() const
{
    QStringList needs;
    const bool noName = m_name->text().trimmed().isEmpty();
    const bool noType = m_type->currentData().toString().isEmpty();
    if (noName && noType)
        needs << tr("Enter the place's name and choose its type.");
    else if (noName)
        needs << tr("Enter the place's name.");
    else if (noType)
        needs << tr("Choose the type of place.");
    if (!m_capacity->isValid())
        needs << tr("Capacity must be a whole number, or empty if unknown.");
    if (!m_population->isValid())
        needs << tr("Population must be a whole number, or empty if unknown.");
    return needs.join(QLatin1Char(' '));
}

bool PlaceEditorDialog::save()
{
    return isNew() ? pushCreate() : pushEdit();
}

void PlaceEditorDialog::saved()
{
    Q_EMIT placeSaved(m_savedId);
}

bool PlaceEditorDialog::pushCreate()
{
    UiContext& ctx = context();
    const Place created = place();
    const QString id = visitcmd::pushCreate(
        ctx, tr("New place %1").arg(created.name), catalog::kPlace,
        [&ctx, created] { return PlaceRepository(ctx.records()).create(created); },
        [&ctx](const QString& placeId) { return PlaceRepository(ctx.records()).remove(placeId); });
    m_savedId = id;
    return !id.isEmpty();
}

bool PlaceEditorDialog::pushEdit()
{
    // Undo puts back what is stored now, including what the form does not show.
    UiContext& ctx = context();
    auto stored = PlaceRepository(ctx.records()).get(m_place.id);
    if (!stored) {
        ctx.report(stored.error());
        return false;
    }
    const Place before = *stored;
    const Place after = applyForm(before);
    m_savedId = before.id;
    if (sameParticulars(before, after))
        return true; // nothing changed, nothing to undo
    auto writer = [&ctx](const Place& p) -> RecordCommand::Step {
        return [&ctx, p] {
            return PlaceRepository(ctx.records()).update(p);
        };
    };
    // One step for the whole form, however many fields it changed.
    return RecordCommand::push(ctx, new RecordCommand(ctx, tr("Edit place %1").arg(after.name),
                                                      QString::fromLatin1(catalog::kPlace.entity),
                                                      after.id, writer(after), writer(before)));
}

} // namespace vigil
