#pragma once

#include <QString>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace vigil {

class UiContext;

// The top of the visit workspace: where and what the visit is, its current
// state, and one button per state the lifecycle allows next.
class VisitHeader : public QWidget
{
    Q_OBJECT
public:
    VisitHeader(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void reload();

private:
    void rebuildButtons(const QString& state);
    void moveTo(const QString& fromState, const QString& toState);
    // A step without an inverse: asks first, and for a cancellation asks why.
    bool confirmFinal(const QString& fromState, const QString& toState, QString* note);

    UiContext& m_ctx;
    QString m_visitId;
    QLabel* m_place;
    QLabel* m_type;
    QLabel* m_dates;
    QLabel* m_unannounced;
    QLabel* m_state;
    QHBoxLayout* m_buttons;
};

} // namespace vigil
