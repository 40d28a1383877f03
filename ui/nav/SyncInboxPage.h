#pragma once

#include <QWidget>

namespace vigil {

// The navigator's sync inbox: announced here, filled by the sync feature
// (bundles received from other devices, DESIGN.md §6).
class SyncInboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncInboxPage(QWidget* parent = nullptr);
};

} // namespace vigil
