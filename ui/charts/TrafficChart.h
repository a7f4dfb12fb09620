#pragma once

#include "storage/TrafficSeries.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

namespace pd::ui {

// Upload and download stacked per hour or day, in the palette's light or dark theme, with the
// exact bytes of a bar on hover and export as PNG.
class TrafficChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrafficChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSeries(const QList<storage::TrafficSeries::Bucket>& buckets);
    QList<storage::TrafficSeries::Bucket> buckets() const { return m_buckets; }
    // The text shown for a hovered bar, as tests and people see it.
    QString barText(int index) const;
    bool exportPng(const QString& path) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QChart* m_chart;
    QChartView* m_view;
    QList<storage::TrafficSeries::Bucket> m_buckets;
};

} // namespace pd::ui
