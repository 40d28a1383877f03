#include "ui/nav/SyncInboxPage.h"

#include "ui/nav/PageHeading.h"

#include <QVBoxLayout>

namespace vigil {

SyncInboxPage::SyncInboxPage(QWidget* parent) : QWidget(parent)
{
    auto* note = new QLabel(tr("Records received from other devices will appear here once "
                               "synchronisation arrives with the sync feature."),
                            this);
    note->setObjectName(QStringLiteral("syncInboxNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Sync inbox"), this));
    layout->addWidget(note);
    layout->addStretch();
}

} // namespace vigil
