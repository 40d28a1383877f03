#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace vigil {

// Frames one opened record (a place, a visit) in the workspace: a Back
// button (also Alt+Left) to the page it was opened from, and its title.
class DetailFrame : public QWidget
{
    Q_OBJECT
public:
    DetailFrame(QWidget* content, const QString& title, QWidget* parent = nullptr);

    QWidget* content() const { return m_content; }
    void setTitle(const QString& title);
    QString title() const;

Q_SIGNALS:
    void backRequested();

private:
    QWidget* m_content;
    QLabel* m_title = nullptr;
    QToolButton* m_back = nullptr;
};

} // namespace vigil
