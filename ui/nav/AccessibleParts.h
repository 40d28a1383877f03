#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QLineEdit>
#include <QScrollBar>

namespace vigil {

// Names for the parts Qt adds to a control (a scroll area's bars, a line
// edit's clear button), so a screen reader announces them as well as the
// controls themselves (DESIGN.md §8).
class AccessibleParts
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AccessibleParts)
public:
    // The area's own bars and those of its parts (an item view's headers).
    static void nameScrollBars(QAbstractScrollArea* area)
    {
        for (QScrollBar* bar : area->findChildren<QScrollBar*>()) {
            if (bar->accessibleName().isEmpty())
                bar->setAccessibleName(
                    bar->orientation() == Qt::Horizontal
                        ? tr("Scroll %1 sideways").arg(area->accessibleName())
                        : tr("Scroll %1 up and down").arg(area->accessibleName()));
        }
    }

    // Turns the clear button on and names it after the field.
    static void enableClearButton(QLineEdit* edit)
    {
        edit->setClearButtonEnabled(true);
        for (QAbstractButton* button : edit->findChildren<QAbstractButton*>())
            button->setAccessibleName(tr("Clear %1").arg(edit->accessibleName()));
    }
};

} // namespace vigil
