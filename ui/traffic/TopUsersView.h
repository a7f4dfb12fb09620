#pragma once

#include "storage/TrafficSeries.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace pd::storage {
class DbWorker;
}

namespace pd::ui {

// The users who moved the most traffic in the last 24 h, 72 h or 7 days, to spot abuse.
// Activating a row (double-click or Enter) asks to open that user.
class TopUsersView : public QWidget
{
    Q_OBJECT
public:
    explicit TopUsersView(storage::DbWorker* worker, QWidget* parent = nullptr);

    QComboBox* rangeBox() const { return m_range; }
    QTableWidget* table() const { return m_table; }
    QList<storage::TrafficSeries::UserTotal> users() const { return m_users; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void userRequested(const QString& userId);

private:
    storage::DbWorker* m_worker;
    QComboBox* m_range;
    QTableWidget* m_table;
    QList<storage::TrafficSeries::UserTotal> m_users;
};

} // namespace pd::ui
