#pragma once

#include "core/model/Observation.h"
#include "core/model/Place.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace vigil {

class FieldCommitter;
class UiContext;

// Edits one observation; every field is committed as the user types.
class ObservationEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ObservationEditor(UiContext& ctx, QWidget* parent = nullptr);

    void setUnits(const QList<PlaceUnit>& units);
    // Shows another observation (none when its id is empty).
    void setObservation(Observation observation);
    // The stored observation changed: refreshes fields not being typed in.
    void refresh(Observation observation);
    const QString& observationId() const { return m_current.id; }
    void focusTitle();
    void flush();

private:
    template <typename Apply>
    void bind(FieldCommitter* committer, const char* field, const QString& what, Apply apply);
    void commitCombo(QComboBox* combo, const QString& old, const QString& what,
                     void (*apply)(Observation&, const QVariant&));

    UiContext& m_ctx;
    Observation m_current;
    QComboBox* m_kind;
    QComboBox* m_unit;
    QDateTimeEdit* m_time;
    QLineEdit* m_title;
    QPlainTextEdit* m_notes;
    FieldCommitter* m_timeCommit;
    FieldCommitter* m_titleCommit;
    FieldCommitter* m_notesCommit;
};

} // namespace vigil
