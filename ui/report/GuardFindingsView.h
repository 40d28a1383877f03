#pragma once

#include "core/report/GuardFinding.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace vigil {

// What the publication guard found in a report about to be exported, in
// plain words: the items it takes out (nothing to decide) and the warnings,
// each with its section and the sentence that causes it, a tick "I accept
// this" and a way to the item to fix it instead.
class GuardFindingsView : public QWidget
{
    Q_OBJECT
public:
    explicit GuardFindingsView(QWidget* parent = nullptr);

    void setReport(const report::GuardReport& report);
    bool allAccepted() const;
    QList<QCheckBox*> acceptBoxes() const { return m_accept; }
    QLabel* summary() const { return m_summary; }

    // The key of the report item a finding is about (for the builder's outline).
    static QString itemKey(const report::GuardFinding& finding);

Q_SIGNALS:
    void acceptanceChanged();
    // The user wants to fix the item rather than accept the warning.
    void showRequested(const QString& itemKey);

private:
    QWidget* findingBox(const report::GuardFinding& finding, bool warning);
    void clear();

    QLabel* m_summary;
    QVBoxLayout* m_list;
    QList<QCheckBox*> m_accept;
};

} // namespace vigil
