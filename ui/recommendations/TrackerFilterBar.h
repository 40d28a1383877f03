#pragma once

#include "core/report/TrackerFilter.h"

#include <QWidget>

class QComboBox;

namespace vigil {

// The tracker's filters (DOMAIN.md §6): current status, the place's
// supervising authority, theme (finding category), place type and a range
// of visit years. Every choice starts at "any"; the words of the text
// filter come from the table's own filter line.
class TrackerFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TrackerFilterBar(QWidget* parent = nullptr);

    // The filter as chosen (text, sort and paging left as they are).
    report::TrackerFilter filter() const;
    // The authorities named on places, and the years with visits, to choose from.
    void setAuthorities(const QStringList& authorities);
    void setYears(int first, int last);

    QComboBox* status() const { return m_status; }
    QComboBox* authority() const { return m_authority; }
    QComboBox* theme() const { return m_theme; }
    QComboBox* placeType() const { return m_placeType; }
    QComboBox* fromYear() const { return m_from; }
    QComboBox* toYear() const { return m_to; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* combo(const char* name, const QString& accessibleName);
    static void refill(QComboBox* box, const QString& anyLabel, const QList<QVariant>& values,
                       const QStringList& labels);

    QComboBox* m_status;
    QComboBox* m_authority;
    QComboBox* m_theme;
    QComboBox* m_placeType;
    QComboBox* m_from;
    QComboBox* m_to;
};

} // namespace vigil
