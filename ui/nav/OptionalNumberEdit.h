#pragma once

#include <QLineEdit>
#include <optional>

namespace vigil {

// A field for a whole number that may not be known: it accepts only digits,
// and empty is a valid answer ("unknown").
class OptionalNumberEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit OptionalNumberEdit(QWidget* parent = nullptr);

    // The number typed; none when the field is empty or not a whole number.
    std::optional<qint64> value() const;
    // Empty or a whole number, in the field's locale.
    bool isValid() const;
    // Shows `value` (empty for none) without group separators.
    void setValue(const std::optional<qint64>& value);

private:
    struct Input
    {
        bool valid = true;
        std::optional<qint64> value;
    };
    Input read() const;
};

} // namespace vigil
