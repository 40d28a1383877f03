#include "ui/nav/OptionalNumberEdit.h"

#include <QIntValidator>
#include <QLocale>
#include <climits>

namespace vigil {

OptionalNumberEdit::OptionalNumberEdit(QWidget* parent) : QLineEdit(parent)
{
    // The upper bound is the vault's rule, which explains itself when broken.
    setValidator(new QIntValidator(0, INT_MAX, this));
}

std::optional<qint64> OptionalNumberEdit::value() const
{
    return read().value;
}

bool OptionalNumberEdit::isValid() const
{
    return read().valid;
}

void OptionalNumberEdit::setValue(const std::optional<qint64>& value)
{
    QLocale numbers = locale();
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    setText(value ? numbers.toString(*value) : QString());
}

OptionalNumberEdit::Input OptionalNumberEdit::read() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return {};
    bool ok = false;
    const qint64 n = locale().toLongLong(typed, &ok);
    if (!ok || n < 0)
        return {false, {}};
    return {true, n};
}

} // namespace vigil
