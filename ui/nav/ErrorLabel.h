#pragma once

#include <QLabel>

namespace vigil {

class UiContext;
struct Error;

// The status bar's account of the last failure reported through
// UiContext::report. Failures the user must act on at once (a full disk,
// read-only storage, a damaged vault) also open a message box.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(UiContext& ctx, QWidget* parent = nullptr);

    // True for the kinds that warrant a message box.
    static bool needsAttention(const Error& error);

private:
    void showError(const Error& error);
};

} // namespace vigil
