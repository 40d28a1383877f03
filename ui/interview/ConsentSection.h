#pragma once

#include "core/model/Consent.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace vigil {

class UiContext;

// The consent an interviewee gave, recorded before anything else (DOMAIN.md
// §4.1): the five scopes, each explained in one line (aggregate use only is
// the minimum and always given), how consent was adapted, and withdrawal,
// confirmed in a dialog because it is final. Once recorded it folds into a
// one-line summary (to leave room for the notes) with "Change" and
// "Withdraw". Consent is not an undoable step: the record can be replaced
// or withdrawn, never erased.
class ConsentSection : public QGroupBox
{
    Q_OBJECT
public:
    ConsentSection(UiContext& ctx, QWidget* parent = nullptr);

    // Shows the consent of `interviewId` (a group interview offers only the
    // scopes a group allows).
    void load(const QString& interviewId, const QString& kind, const Consent& consent);
    Consent::State state() const { return m_state; }

Q_SIGNALS:
    // Consent was recorded or withdrawn; the editor reloads.
    void changed();

private:
    void showState();
    void startChange();
    void cancelChange();
    void record();
    void askWithdraw();
    void withdraw();
    QStringList chosenScopes() const;

    UiContext& m_ctx;
    QString m_interviewId;
    Consent::State m_state = Consent::State::None;
    Consent m_consent;
    bool m_group = false;
    bool m_changing = false;
    QLabel* m_status = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_form = nullptr;
    QWidget* m_summaryButtons = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_cancel = nullptr;
    QHash<QString, QCheckBox*> m_scopes;
    QLabel* m_groupNote = nullptr;
    QComboBox* m_adapted = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace vigil
