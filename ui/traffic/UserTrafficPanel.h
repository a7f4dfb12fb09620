#pragma once

#include "storage/TrafficSeries.h"
#include "storage/UsersRepository.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace pd::storage {
class DbWorker;
}

namespace pd::ui {

class TrafficChart;

// What a support agent needs when a user says "my traffic ran out": the user's own dashboard
// as they see it (plan, expiry, quota left, traffic left, today's traffic by hour) and their
// traffic per node per day over 30 days, from the hourly rollups. Read-only.
class UserTrafficPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserTrafficPanel(storage::DbWorker* worker, QWidget* parent = nullptr);

    // Shows the user's own view from their detail and loads the charts.
    void show(const storage::UserDetail& detail);
    void clear();

    QString summaryText() const;
    TrafficChart* todayChart() const { return m_today; }
    QList<storage::TrafficSeries::NodeDay> perNodeDays() const { return m_days; }

Q_SIGNALS:
    void chartsLoaded();

private:
    void showPerNode();

    storage::DbWorker* m_worker;
    QString m_userId;
    QLabel* m_summary;
    TrafficChart* m_today;
    QChart* m_perNode;
    QChartView* m_perNodeView;
    QList<storage::TrafficSeries::NodeDay> m_days;
    int m_generation = 0;
};

} // namespace pd::ui
