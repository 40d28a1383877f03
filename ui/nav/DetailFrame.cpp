#include "ui/nav/DetailFrame.h"

#include "ui/nav/PageHeading.h"

#include <QAction>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigil {

DetailFrame::DetailFrame(QWidget* content, const QString& title, QWidget* parent)
    : QWidget(parent), m_content(content)
{
    auto* back = new QAction(tr("Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back to the previous page (%1)")
                         .arg(back->shortcut().toString(QKeySequence::NativeText)));
    back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack)); // mirrors in RTL
    connect(back, &QAction::triggered, this, &DetailFrame::backRequested);

    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setDefaultAction(back);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAccessibleName(tr("Back"));
    m_back->setAutoRaise(true);

    m_title = pageHeading(title, this);
    m_title->setObjectName(QStringLiteral("detailTitle"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_title, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    content->setParent(this);
    layout->addWidget(content, 1);
    setFocusProxy(content);
}

void DetailFrame::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString DetailFrame::title() const
{
    return m_title->text();
}

} // namespace vigil
