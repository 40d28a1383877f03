#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;

namespace vigil {

// The left-hand list of the main window's sections. Choosing a section
// (click, arrow keys, Ctrl+1..6 through MainWindow) asks the workspace to
// show it; choosing the current one again returns to its page from an
// opened place or visit.
class Navigator : public QWidget
{
    Q_OBJECT
public:
    enum Section
    {
        Places,
        Visits,
        Recommendations,
        Statistics,
        Search,
        SyncInbox,
        SectionCount
    };

    explicit Navigator(const QString& vaultName, QWidget* parent = nullptr);

    Section currentSection() const;
    void setCurrentSection(Section section);
    static QString sectionName(Section section);
    QListView* list() const { return m_list; }

Q_SIGNALS:
    void sectionChosen(vigil::Navigator::Section section);

private:
    QLabel* m_vaultName = nullptr;
    QListView* m_list = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace vigil
