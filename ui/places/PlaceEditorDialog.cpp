#include "ui/places/PlaceEditorDialog.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "ui/UiContext.h"
#include "ui/models/VocabularyLabels.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/undo/RecordCommand.h"
#include "ui/visit/VisitCommands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <climits>
#include <optional>

namespace vigil {

namespace {

// A number field's content: empty means "not known", which is a valid answer.
struct NumberInput
{
    bool valid = true;
    std::optional<qint64> value;
};

NumberInput readNumber(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const qint64 n = edit->locale().toLongLong(text, &ok);
    if (!ok || n < 0)
        return {false, {}};
    return {true, n};
}

void writeNumber(QLineEdit* edit, const std::optional<qint64>& value)
{
    QLocale locale = edit->locale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    edit->setText(value ? locale.toString(*value) : QString());
}

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
    : QDialog(parent), m_ctx(ctx), m_place(place)
{
    build();
    fill(m_place);
    onEdited();
    m_name->setFocus();
}

QLineEdit* PlaceEditorDialog::lineEdit(const char* name, const QString& accessible)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    connect(edit, &QLineEdit::textChanged, this, &PlaceEditorDialog::onEdited);
    return edit;
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
    // The upper bound is the vault's rule, which explains itself when broken.
    m_capacity = lineEdit("placeCapacityEdit", tr("Capacity"));
    m_population = lineEdit("placePopulationEdit", tr("Population"));
    for (QLineEdit* edit : {m_capacity, m_population}) {
        edit->setValidator(new QIntValidator(0, INT_MAX, edit));
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

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("placeHintLabel"));
    m_hint->setAccessibleName(tr("What the place still needs"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("placeErrorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("placeOkButton"));
    m_ok->setText(isNew() ? tr("Create place") : tr("Save changes"));
    m_ok->setAccessibleName(m_ok->text());
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("placeCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlaceEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PlaceEditorDialog::fill(const Place& place)
{
    m_name->setText(place.name);
    if (!place.type.isEmpty())
        selectCode(m_type, place.type, VocabularyLabels::placeType(place.type));
    selectCode(m_operator, place.operatorKind, VocabularyLabels::operatorKind(place.operatorKind));
    m_authority->setText(place.authority);
    m_address->setText(place.address);
    writeNumber(m_capacity, place.capacity);
    writeNumber(m_population, place.population);
    m_riskNotes->setPlainText(place.riskNotes);
}

Place PlaceEditorDialog::applyForm(Place place) const
{
    place.name = m_name->text().trimmed();
    place.type = m_type->currentData().toString();
    place.operatorKind = m_operator->currentData().toString();
    place.authority = m_authority->text().trimmed();
    place.address = m_address->text().trimmed();
    place.capacity = readNumber(m_capacity).value;
    place.population = readNumber(m_population).value;
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
    if (!readNumber(m_capacity).valid)
        needs << tr("Capacity must be a whole number, or empty if unknown.");
    if (!readNumber(m_population).valid)
        needs << tr("Population must be a whole number, or empty if unknown.");
    return needs.join(QLatin1Char(' '));
}

void PlaceEditorDialog::onEdited()
{
    if (!m_ok)
        return; // still building
    // The last refusal was about what the form held then.
    showError(QString());
    const QString needs = missing();
    m_hint->setText(needs);
    m_hint->setVisible(!needs.isEmpty());
    m_ok->setEnabled(needs.isEmpty());
    m_ok->setToolTip(needs);
}

void PlaceEditorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PlaceEditorDialog::accept()
{
    if (!missing().isEmpty())
        return;
    if (!write())
        return;
    Q_EMIT placeSaved(m_savedId);
    QDialog::accept();
}

bool PlaceEditorDialog::write()
{
    // A refused step reports its error through the context (and so to the
    // status bar); catch it here as well, where the user can act on it.
    std::optional<Error> failure;
    const auto connection = connect(&m_ctx, &UiContext::errorReported, this,
                                    [&failure](const Error& error) { failure = error; });
    const bool ok = isNew() ? pushCreate() : pushEdit();
    disconnect(connection);
    if (!ok)
        showError(failure ? failure->message : tr("The place could not be saved."));
    return ok;
}

bool PlaceEditorDialog::pushCreate()
{
    UiContext& ctx = m_ctx;
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
    UiContext& ctx = m_ctx;
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
