// Every interactive control of the visit workspace, in every tab, has an
// accessible name (DESIGN.md §8), and every tab can be reached by keyboard.

#include "tests/ui/visit/VisitWorkspaceFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTabBar>

using namespace vigil;
using namespace vigil::test;

namespace {

bool insideComboBox(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p))
            return true;
    }
    return false;
}

// The interviews tab is ui/interview's, checked by its own tests.
QStringList unnamedControls(const QWidget* root, const QWidget* skip)
{
    QStringList missing;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (skip && skip->isAncestorOf(w))
            continue;
        const bool interactive =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
            qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QProgressBar*>(w) ||
            qobject_cast<const QPlainTextEdit*>(w) ||
            (qobject_cast<const QAbstractItemView*>(w) && !insideComboBox(w));
        // Qt's own parts of a view: scroll bars and headers.
        const bool qtInternal = w->objectName().startsWith(QLatin1String("qt_")) ||
                                qobject_cast<const QAbstractSlider*>(w) ||
                                qobject_cast<const QHeaderView*>(w);
        if (interactive && !qtInternal && w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                           w->objectName();
    }
    return missing;
}

} // namespace

TEST_CASE("VisitWorkspace controls have accessible names and every tab is reachable",
          "[ui][visit][a11y]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    CHECK(unnamedControls(&w, w.findChild<QWidget*>(QStringLiteral("interviewsPanel"))) ==
          QStringList());
    CHECK(w.tabs()->count() == 9);

    // Ctrl+Tab walks through every tab.
    QTabBar* bar = w.tabs()->tabBar();
    bar->setFocus();
    QStringList seen;
    for (int i = 0; i < w.tabs()->count(); ++i) {
        seen << w.tabs()->tabText(w.tabs()->currentIndex());
        QTest::keyClick(bar, Qt::Key_Tab, Qt::ControlModifier);
    }
    seen.removeDuplicates();
    CHECK(seen.size() == 9);
    CHECK(w.tabs()->currentIndex() == 0);
    CHECK(f.errors.isEmpty());
}
