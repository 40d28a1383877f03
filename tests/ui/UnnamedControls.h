#pragma once

// The accessible-name walk (DESIGN.md §8): every interactive control under
// a widget, as a screen reader would meet it, that has no accessible name.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>

namespace vigil::test {

inline bool isQtInternal(const QWidget* w)
{
    // Qt's own parts of a control (a scroll area's bars, a spin box's line
    // edit) are announced through the control that owns them.
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (p->objectName().startsWith(QLatin1String("qt_")))
            return true;
    }
    return qobject_cast<const QHeaderView*>(w) != nullptr;
}

inline bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QTabBar*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QMenuBar*>(w);
}

// "parentName > Class/objectName" for each control without a name.
inline QStringList unnamedControls(const QWidget* root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (isInteractive(w) && !isQtInternal(w) && w->accessibleName().trimmed().isEmpty()) {
            QString path = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                           w->objectName();
            for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
                if (!p->objectName().isEmpty()) {
                    path = p->objectName() + QLatin1String(" > ") + path;
                    break;
                }
            }
            missing << path;
        }
    }
    return missing;
}

} // namespace vigil::test
