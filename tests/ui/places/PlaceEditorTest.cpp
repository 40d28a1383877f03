// Creating and editing places and their units through the window: the
// forms, their undo steps, and their accessibility.

#include "core/repo/PlaceRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/nav/Workspace.h"
#include "ui/places/PlaceEditorDialog.h"
#include "ui/places/PlacePage.h"
#include "ui/places/PlacesPage.h"
#include "ui/places/UnitDialog.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

// The dialog a button opened (window-modal, so shown at once).
template <typename Dialog> Dialog* openedDialog(const QWidget* owner)
{
    Dialog* dialog = nullptr;
    REQUIRE(waitUntil(
        [&] {
            dialog = owner->findChild<Dialog*>();
            return dialog && dialog->isVisible();
        },
        2000));
    return dialog;
}

// Chooses an item by keyboard, as a user without a mouse would.
void choose(QComboBox* box, const char* code)
{
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData().toString() != QLatin1String(code); ++i)
        QTest::keyClick(box, Qt::Key_Down);
    REQUIRE(box->currentData().toString() == QLatin1String(code));
}

QPushButton* okButton(const QDialog* dialog, const char* name)
{
    return childNamed<QPushButton>(dialog, name);
}

bool insideComboBox(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p))
            return true;
    }
    return false;
}

// As tests/ui/AccessibilityTest.cpp, plus text areas; a combo box's popup is Qt's.
QStringList unnamedControls(const QWidget* root)
{
    QStringList missing;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        const bool interactive =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
            qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QProgressBar*>(w) ||
            qobject_cast<const QPlainTextEdit*>(w);
        const bool qtInternal =
            w->objectName().startsWith(QLatin1String("qt_")) || insideComboBox(w);
        if (interactive && !qtInternal && w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                           w->objectName();
    }
    return missing;
}

// Fields no label names by a mnemonic (a label with '&' whose buddy is the field).
QStringList fieldsWithoutMnemonic(const QWidget* root)
{
    QStringList missing;
    const auto labels = root->findChildren<QLabel*>();
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        const bool field =
            (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w) ||
             qobject_cast<const QPlainTextEdit*>(w)) &&
            !insideComboBox(w);
        if (!field)
            continue;
        const bool labelled = std::any_of(labels.begin(), labels.end(), [w](const QLabel* l) {
            return l->buddy() == w && l->text().contains(QLatin1Char('&'));
        });
        if (!labelled)
            missing << w->objectName();
    }
    return missing;
}

// Mnemonic letters used more than once among a dialog's labels and buttons.
QStringList clashingMnemonics(const QWidget* root)
{
    QStringList texts;
    for (const QLabel* l : root->findChildren<QLabel*>())
        texts << l->text();
    for (const QAbstractButton* b : root->findChildren<QAbstractButton*>())
        texts << b->text();
    QStringList seen;
    QStringList clashes;
    for (const QString& text : texts) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QString letter = text.mid(amp + 1, 1).toLower();
        if (seen.contains(letter))
            clashes << letter;
        seen << letter;
    }
    return clashes;
}

} // namespace

TEST_CASE("A new place is created through the form, opens, and undo and redo take it back",
          "[ui][places]")
{
    UiRecordFixture f;
    Workspace workspace(f.ctx);
    workspace.resize(900, 600);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    PlacesPage* places = workspace.placesPage();

    click(childNamed<QAbstractButton>(places, "newPlaceButton"));
    QPointer<PlaceEditorDialog> dialog = openedDialog<PlaceEditorDialog>(places);
    CHECK(dialog->isNew());
    QPushButton* ok = okButton(dialog, "placeOkButton");
    auto* hint = childNamed<QLabel>(dialog, "placeHintLabel");

    // Name and type are required: OK waits for both and says so.
    CHECK(!ok->isEnabled());
    CHECK(hint->text().contains(QStringLiteral("name")));
    CHECK(hint->text().contains(QStringLiteral("type")));
    typeInto(childNamed<QLineEdit>(dialog, "placeNameEdit"), "Ridge Police Station");
    CHECK(!ok->isEnabled());
    CHECK(hint->text() == QStringLiteral("Choose the type of place."));
    click(ok); // disabled: nothing happens
    CHECK(dialog->isVisible());
    choose(childNamed<QComboBox>(dialog, "placeTypeCombo"), "police_custody");
    CHECK(ok->isEnabled());
    CHECK(hint->isHidden());

    choose(childNamed<QComboBox>(dialog, "placeOperatorCombo"), "private");
    typeInto(childNamed<QLineEdit>(dialog, "placeAuthorityEdit"), "National Police");
    typeInto(childNamed<QLineEdit>(dialog, "placeAddressEdit"), "2 Ridge Road");
    typeInto(childNamed<QLineEdit>(dialog, "placeCapacityEdit"), "20");
    // Population left empty: not known yet.
    QTest::keyClicks(childNamed<QPlainTextEdit>(dialog, "placeRiskNotesEdit"),
                     QStringLiteral("Night shifts understaffed."));

    QSignalSpy opened(places, &PlacesPage::placeOpened);
    click(ok);
    REQUIRE(opened.size() == 1);
    const QString id = opened.at(0).at(0).toString();
    REQUIRE(!id.isEmpty());
    CHECK(dialog->savedId() == id);
    REQUIRE(waitUntil([&] { return dialog.isNull(); }, 2000)); // closed and deleted

    auto stored = PlaceRepository(f.records()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->name == QStringLiteral("Ridge Police Station"));
    CHECK(stored->type == QStringLiteral("police_custody"));
    CHECK(stored->operatorKind == QStringLiteral("private"));
    CHECK(stored->authority == QStringLiteral("National Police"));
    CHECK(stored->address == QStringLiteral("2 Ridge Road"));
    CHECK(stored->capacity == std::optional<qint64>(20));
    CHECK(!stored->population.has_value());
    CHECK(stored->riskNotes == QStringLiteral("Night shifts understaffed."));

    // The new place opens at once.
    REQUIRE(workspace.placePage() != nullptr);
    CHECK(workspace.placePage()->placeId() == id);
    CHECK(f.ctx.undoStack()->count() == 1);

    f.ctx.undoStack()->undo();
    auto undone = PlaceRepository(f.records()).get(id);
    REQUIRE(!undone.ok());
    CHECK(undone.error().kind == ErrorKind::NotFound);

    f.ctx.undoStack()->redo(); // the same place, not a copy
    auto redone = PlaceRepository(f.records()).get(id);
    REQUIRE(redone.ok());
    CHECK(redone->name == QStringLiteral("Ridge Police Station"));
    CHECK(redone->capacity == std::optional<qint64>(20));
    CHECK(PlaceRepository(f.records()).list()->size() == 1);
}

TEST_CASE("The place form keeps OK disabled without a name", "[ui][places]")
{
    UiRecordFixture f;
    PlacesPage page(f.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.newPlace();
    auto* dialog = openedDialog<PlaceEditorDialog>(&page);
    QPushButton* ok = okButton(dialog, "placeOkButton");
    auto* name = childNamed<QLineEdit>(dialog, "placeNameEdit");
    auto* hint = childNamed<QLabel>(dialog, "placeHintLabel");
    choose(childNamed<QComboBox>(dialog, "placeTypeCombo"), "prison");

    CHECK(!ok->isEnabled());
    CHECK(hint->text() == QStringLiteral("Enter the place's name."));
    typeInto(name, "   ");
    CHECK(!ok->isEnabled()); // blanks are not a name
    typeInto(name, "Harbour Prison");
    CHECK(ok->isEnabled());
    typeInto(name, "");
    CHECK(!ok->isEnabled());
    CHECK(hint->isVisibleTo(dialog));

    QTest::keyClick(name, Qt::Key_Return); // the disabled default button is not pressed
    CHECK(dialog->isVisible());
    CHECK(PlaceRepository(f.records()).list()->isEmpty());
    CHECK(f.ctx.undoStack()->count() == 0);
}

TEST_CASE("A rule the vault refuses is shown in the place form, which stays open", "[ui][places]")
{
    UiRecordFixture f;
    PlacesPage page(f.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.newPlace();
    QPointer<PlaceEditorDialog> dialog = openedDialog<PlaceEditorDialog>(&page);
    typeInto(childNamed<QLineEdit>(dialog, "placeNameEdit"), "Harbour Prison");
    choose(childNamed<QComboBox>(dialog, "placeTypeCombo"), "prison");
    auto* capacity = childNamed<QLineEdit>(dialog, "placeCapacityEdit");
    typeInto(capacity, "99999999"); // above the vault's limit of ten million
    QPushButton* ok = okButton(dialog, "placeOkButton");
    REQUIRE(ok->isEnabled());

    click(ok);
    CHECK(dialog->isVisible());
    auto* error = childNamed<QLabel>(dialog, "placeErrorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("capacity")));
    CHECK(PlaceRepository(f.records()).list()->isEmpty());
    CHECK(f.ctx.undoStack()->count() == 0); // no step for what did not happen

    typeInto(capacity, "300"); // editing clears the stale reason
    CHECK(error->isHidden());
    click(ok);
    REQUIRE(waitUntil([&] { return dialog.isNull(); }, 2000));
    REQUIRE(PlaceRepository(f.records()).list()->size() == 1);
    CHECK(PlaceRepository(f.records()).list()->first().capacity == std::optional<qint64>(300));
}

TEST_CASE("Editing a place changes every field in one undo step", "[ui][places]")
{
    UiRecordFixture f;
    const QString id = f.addPlace(QStringLiteral("Harbour Prison"), "prison", 300, 412);
    const Place before = *PlaceRepository(f.records()).get(id);

    PlacePage page(f.ctx, id);
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy titles(&page, &PlacePage::titleChanged);

    click(childNamed<QAbstractButton>(&page, "editPlaceButton"));
    QPointer<PlaceEditorDialog> dialog = openedDialog<PlaceEditorDialog>(&page);
    CHECK(!dialog->isNew());
    // Prefilled with the place as stored.
    auto* name = childNamed<QLineEdit>(dialog, "placeNameEdit");
    auto* type = childNamed<QComboBox>(dialog, "placeTypeCombo");
    auto* capacity = childNamed<QLineEdit>(dialog, "placeCapacityEdit");
    auto* population = childNamed<QLineEdit>(dialog, "placePopulationEdit");
    auto* notes = childNamed<QPlainTextEdit>(dialog, "placeRiskNotesEdit");
    CHECK(name->text() == QStringLiteral("Harbour Prison"));
    CHECK(type->currentData().toString() == QStringLiteral("prison"));
    CHECK(childNamed<QLineEdit>(dialog, "placeAuthorityEdit")->text() ==
          QStringLiteral("Ministry of Justice"));
    CHECK(capacity->text() == QStringLiteral("300"));
    CHECK(population->text() == QStringLiteral("412"));
    CHECK(okButton(dialog, "placeOkButton")->isEnabled());

    typeInto(name, "Harbour Remand Centre");
    choose(type, "remand_centre");
    typeInto(capacity, ""); // no longer known
    typeInto(population, "150");
    QTest::keyClicks(notes, QStringLiteral("Gang tensions in B wing."));
    click(okButton(dialog, "placeOkButton"));
    REQUIRE(waitUntil([&] { return dialog.isNull(); }, 2000));

    auto after = PlaceRepository(f.records()).get(id);
    REQUIRE(after.ok());
    CHECK(after->name == QStringLiteral("Harbour Remand Centre"));
    CHECK(after->type == QStringLiteral("remand_centre"));
    CHECK(!after->capacity.has_value());
    CHECK(after->population == std::optional<qint64>(150));
    CHECK(after->riskNotes == QStringLiteral("Gang tensions in B wing."));
    CHECK(after->authority == before.authority); // untouched fields stay
    CHECK(page.place().name == QStringLiteral("Harbour Remand Centre"));
    CHECK(titles.size() >= 1);
    REQUIRE(f.ctx.undoStack()->count() == 1);

    f.ctx.undoStack()->undo(); // one step reverts everything
    auto reverted = PlaceRepository(f.records()).get(id);
    REQUIRE(reverted.ok());
    CHECK(reverted->name == before.name);
    CHECK(reverted->type == before.type);
    CHECK(reverted->capacity == before.capacity);
    CHECK(reverted->population == before.population);
    CHECK(reverted->riskNotes == before.riskNotes);
    CHECK(page.place().name == QStringLiteral("Harbour Prison"));

    f.ctx.undoStack()->redo();
    auto again = PlaceRepository(f.records()).get(id);
    REQUIRE(again.ok());
    CHECK(again->name == QStringLiteral("Harbour Remand Centre"));
    CHECK(again->population == std::optional<qint64>(150));

    SECTION("saving an unchanged form adds no undo step")
    {
        click(childNamed<QAbstractButton>(&page, "editPlaceButton"));
        QPointer<PlaceEditorDialog> unchanged = openedDialog<PlaceEditorDialog>(&page);
        click(okButton(unchanged, "placeOkButton"));
        REQUIRE(waitUntil([&] { return unchanged.isNull(); }, 2000));
        CHECK(f.ctx.undoStack()->count() == 1);
    }
}

TEST_CASE("Units are added and removed on the place page, and undo restores them", "[ui][places]")
{
    UiRecordFixture f;
    const QString id = f.addPlace(QStringLiteral("Harbour Prison"));
    PlacePage page(f.ctx, id);
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* tabs = childNamed<QTabWidget>(&page, "placeTabs");
    QTableWidget* units = page.unitsTable();
    tabs->setCurrentIndex(tabs->indexOf(units->parentWidget()));
    auto* remove = childNamed<QPushButton>(&page, "removeUnitButton");
    CHECK(!remove->isEnabled()); // nothing selected

    click(childNamed<QAbstractButton>(&page, "addUnitButton"));
    QPointer<UnitDialog> dialog = openedDialog<UnitDialog>(&page);
    QPushButton* ok = okButton(dialog, "unitOkButton");
    CHECK(!ok->isEnabled());
    CHECK(childNamed<QLabel>(dialog, "unitHintLabel")->text() ==
          QStringLiteral("Enter the unit's name."));
    typeInto(childNamed<QLineEdit>(dialog, "unitNameEdit"), "Segregation Unit");
    typeInto(childNamed<QLineEdit>(dialog, "unitKindEdit"), "segregation");
    typeInto(childNamed<QLineEdit>(dialog, "unitCapacityEdit"), "24");
    REQUIRE(ok->isEnabled());
    click(ok);
    REQUIRE(waitUntil([&] { return dialog.isNull(); }, 2000));

    auto stored = PlaceRepository(f.records()).units(id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    const PlaceUnit unit = stored->first();
    CHECK(unit.name == QStringLiteral("Segregation Unit"));
    CHECK(unit.kind == QStringLiteral("segregation"));
    CHECK(unit.capacity == std::optional<qint64>(24));
    REQUIRE(units->rowCount() == 1);
    CHECK(units->item(0, 0)->text() == QStringLiteral("Segregation Unit"));

    units->selectRow(0);
    CHECK(page.selectedUnitId() == unit.id);
    REQUIRE(remove->isEnabled());
    click(remove);
    CHECK(PlaceRepository(f.records()).units(id)->isEmpty());
    CHECK(units->rowCount() == 0);
    CHECK(!remove->isEnabled());
    REQUIRE(f.ctx.undoStack()->count() == 2);

    f.ctx.undoStack()->undo(); // the removal
    auto restored = PlaceRepository(f.records()).units(id);
    REQUIRE(restored->size() == 1);
    CHECK(restored->first().id == unit.id);
    CHECK(restored->first().capacity == std::optional<qint64>(24));
    CHECK(units->rowCount() == 1);

    f.ctx.undoStack()->undo(); // the addition
    CHECK(PlaceRepository(f.records()).units(id)->isEmpty());
    f.ctx.undoStack()->redo();
    REQUIRE(PlaceRepository(f.records()).units(id)->size() == 1);
    CHECK(PlaceRepository(f.records()).units(id)->first().id == unit.id);
}

TEST_CASE("The place and unit forms are fully labelled and mirror right to left",
          "[ui][places][a11y]")
{
    UiRecordFixture f;
    const QString id = f.addPlace(QStringLiteral("Harbour Prison"), "prison", 300, 412);
    const Place place = *PlaceRepository(f.records()).get(id);

    PlaceEditorDialog created(f.ctx);
    PlaceEditorDialog edited(f.ctx, place);
    UnitDialog unit(f.ctx, place);
    for (const QDialog* dialog : std::initializer_list<const QDialog*>{&created, &edited, &unit}) {
        INFO(dialog->objectName().toStdString());
        CHECK(unnamedControls(dialog) == QStringList());
        CHECK(fieldsWithoutMnemonic(dialog) == QStringList());
        CHECK(clashingMnemonics(dialog) == QStringList());
    }

    PlacesPage places(f.ctx);
    PlacePage page(f.ctx, id);
    CHECK(unnamedControls(&places) == QStringList());
    for (const char* name : {"editPlaceButton", "addUnitButton", "removeUnitButton"})
        CHECK(!childNamed<QAbstractButton>(&page, name)->accessibleName().isEmpty());

    // Right to left: each label sits to the right of its field.
    created.setLayoutDirection(Qt::RightToLeft);
    created.show();
    REQUIRE(QTest::qWaitForWindowExposed(&created));
    auto* name = childNamed<QLineEdit>(&created, "placeNameEdit");
    const auto labels = created.findChildren<QLabel*>();
    const auto label = std::find_if(labels.begin(), labels.end(),
                                    [name](const QLabel* l) { return l->buddy() == name; });
    REQUIRE(label != labels.end());
    CHECK((*label)->geometry().left() >= name->geometry().right());
}
