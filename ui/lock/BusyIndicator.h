#pragma once

#include <QWidget>

namespace vigil {

// An indeterminate progress bar with a line of text, shown while work runs
// off the UI thread.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(const QString& text, QWidget* parent = nullptr);
};

} // namespace vigil
