#include "ui/recommendations/TrackerFilterBar.h"

#include "core/model/Vocabulary.h"
#include "core/model/VocabularyLabels.h"
#include "ui/nav/AccessibleParts.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace vigil {

TrackerFilterBar::TrackerFilterBar(QWidget* parent)
    : QWidget(parent), m_status(combo("statusFilter", tr("Filter by status"))),
      m_authority(combo("authorityFilter", tr("Filter by supervising authority"))),
      m_theme(combo("themeFilter", tr("Filter by theme"))),
      m_placeType(combo("placeTypeFilter", tr("Filter by place type"))),
      m_from(combo("fromYearFilter", tr("From the year"))),
      m_to(combo("toYearFilter", tr("To the year")))
{
    m_status->addItem(tr("Any status"), QString());
    for (const char* code : vocab::kRecommendationStatuses) {
        const QString status = QString::fromLatin1(code);
        m_status->addItem(VocabularyLabels::recommendationStatus(status), status);
    }
    m_status->setToolTip(tr("Drafts are listed only when chosen here"));
    m_theme->addItem(tr("Any theme"), QString());
    for (const char* code : vocab::kFindingCategories) {
        const QString theme = QString::fromLatin1(code);
        m_theme->addItem(VocabularyLabels::findingCategory(theme), theme);
    }
    m_placeType->addItem(tr("Any type of place"), QString());
    for (const char* code : vocab::kPlaceTypes) {
        const QString type = QString::fromLatin1(code);
        m_placeType->addItem(VocabularyLabels::placeType(type), type);
    }
    // Authorities are written out in full on places; the closed box need not show all of it.
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_authority->setMinimumContentsLength(22);
    setAuthorities({});
    setYears(0, 0);

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label(tr("&Status:"), m_status), 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(label(tr("&Authority:"), m_authority), 0, 2);
    grid->addWidget(m_authority, 0, 3);
    grid->addWidget(label(tr("T&heme:"), m_theme), 0, 4);
    grid->addWidget(m_theme, 0, 5);
    grid->addWidget(label(tr("Place &type:"), m_placeType), 1, 0);
    grid->addWidget(m_placeType, 1, 1);
    grid->addWidget(label(tr("Visits &from:"), m_from), 1, 2);
    grid->addWidget(m_from, 1, 3);
    grid->addWidget(label(tr("t&o:"), m_to), 1, 4);
    grid->addWidget(m_to, 1, 5);
    grid->setColumnStretch(6, 1);
}

QComboBox* TrackerFilterBar::combo(const char* name, const QString& accessibleName)
{
    auto* box = new QComboBox(this);
    box->setObjectName(QLatin1StringView(name));
    box->setAccessibleName(accessibleName);
    box->view()->setAccessibleName(accessibleName); // the list it opens
    AccessibleParts::nameScrollBars(box->view());
    connect(box, &QComboBox::currentIndexChanged, this, &TrackerFilterBar::changed);
    return box;
}

void TrackerFilterBar::refill(QComboBox* box, const QString& anyLabel,
                              const QList<QVariant>& values, const QStringList& labels)
{
    // Keep the choice across a refill, without announcing a change that is none.
    const QVariant chosen = box->currentData();
    const QSignalBlocker quiet(box);
    box->clear();
    box->addItem(anyLabel, QVariant());
    for (qsizetype i = 0; i < values.size(); ++i)
        box->addItem(labels.at(i), values.at(i));
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

void TrackerFilterBar::setAuthorities(const QStringList& authorities)
{
    QList<QVariant> values;
    for (const QString& a : authorities)
        values << a;
    refill(m_authority, tr("Any authority"), values, authorities);
}

void TrackerFilterBar::setYears(int first, int last)
{
    QList<QVariant> values;
    QStringList labels;
    for (int year = last; first > 0 && year >= first; --year) { // the latest first
        values << year;
        labels << QString::number(year);
    }
    refill(m_from, tr("Any year"), values, labels);
    refill(m_to, tr("Any year"), values, labels);
}

report::TrackerFilter TrackerFilterBar::filter() const
{
    report::TrackerFilter f;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        f.statuses = {status};
    f.authority = m_authority->currentData().toString();
    if (const QString theme = m_theme->currentData().toString(); !theme.isEmpty())
        f.categories = {theme};
    if (const QString type = m_placeType->currentData().toString(); !type.isEmpty())
        f.placeTypes = {type};
    f.fromYear = m_from->currentData().toInt();
    f.toYear = m_to->currentData().toInt();
    return f;
}

} // namespace vigil
