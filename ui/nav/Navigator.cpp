#include "ui/nav/Navigator.h"

#include "ui/nav/AccessibleParts.h"

#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace vigil {

namespace {

QStyle::StandardPixmap sectionIcon(Navigator::Section section)
{
    switch (section) {
    case Navigator::Places:
        return QStyle::SP_DirHomeIcon;
    case Navigator::Visits:
        return QStyle::SP_FileDialogDetailedView;
    case Navigator::Recommendations:
        return QStyle::SP_FileDialogContentsView;
    case Navigator::Statistics:
        return QStyle::SP_FileDialogInfoView;
    case Navigator::Search:
        return QStyle::SP_FileDialogStart;
    default:
        return QStyle::SP_DriveNetIcon;
    }
}

} // namespace

Navigator::Navigator(const QString& vaultName, QWidget* parent) : QWidget(parent)
{
    m_vaultName = new QLabel(vaultName.isEmpty() ? tr("Open vault") : vaultName, this);
    m_vaultName->setObjectName(QStringLiteral("openVaultLabel"));
    m_vaultName->setTextFormat(Qt::PlainText);
    m_vaultName->setWordWrap(true);
    m_vaultName->setContentsMargins(8, 8, 8, 8);
    QFont font = m_vaultName->font();
    font.setBold(true);
    m_vaultName->setFont(font);

    m_model = new QStandardItemModel(this);
    for (int s = 0; s < SectionCount; ++s) {
        auto* item = new QStandardItem(style()->standardIcon(sectionIcon(Section(s))),
                                       sectionName(Section(s)));
        item->setEditable(false);
        const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + s));
        item->setToolTip(
            tr("%1 (%2)").arg(sectionName(Section(s)), keys.toString(QKeySequence::NativeText)));
        m_model->appendRow(item);
    }

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("navigatorList"));
    m_list->setAccessibleName(tr("Sections"));
    AccessibleParts::nameScrollBars(m_list);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    // The style's icons come in several sizes; without a fixed size the
    // larger ones spill over their labels.
    const int icon = style()->pixelMetric(QStyle::PM_ListViewIconSize, nullptr, m_list);
    m_list->setIconSize(QSize(icon, icon));
    m_list->setSpacing(2);
    m_list->setCurrentIndex(m_model->index(Places, 0));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT sectionChosen(Section(current.row()));
            });
    // Clicking or pressing Enter on the current section returns to its page.
    connect(m_list, &QAbstractItemView::clicked, this,
            [this](const QModelIndex& index) { Q_EMIT sectionChosen(Section(index.row())); });
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT sectionChosen(Section(index.row())); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vaultName);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);
}

Navigator::Section Navigator::currentSection() const
{
    const int row = m_list->currentIndex().row();
    return row < 0 ? Places : Section(row);
}

void Navigator::setCurrentSection(Section section)
{
    const QModelIndex index = m_model->index(section, 0);
    if (m_list->currentIndex() == index)
        Q_EMIT sectionChosen(section); // no change to signal, but the page is wanted
    else
        m_list->setCurrentIndex(index);
}

QString Navigator::sectionName(Section section)
{
    switch (section) {
    case Places:
        return tr("Places");
    case Visits:
        return tr("Visits");
    case Recommendations:
        return tr("Recommendations");
    case Statistics:
        return tr("Statistics");
    case Search:
        return tr("Search");
    case SyncInbox:
        return tr("Sync inbox");
    default:
        return {};
    }
}

} // namespace vigil
