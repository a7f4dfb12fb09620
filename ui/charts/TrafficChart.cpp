#include "ui/charts/TrafficChart.h"

#include "domain/ByteSize.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pd::ui {

namespace {

// The unit the axis counts in: the largest binary unit the tallest bar reaches.
std::pair<qint64, QString> axisUnit(qint64 max)
{
    using namespace domain::bytes;
    if (max >= TiB)
        return {TiB, QStringLiteral("TiB")};
    if (max >= GiB)
        return {GiB, QStringLiteral("GiB")};
    if (max >= MiB)
        return {MiB, QStringLiteral("MiB")};
    if (max >= KiB)
        return {KiB, QStringLiteral("KiB")};
    return {1, QStringLiteral("B")};
}

} // namespace

TrafficChart::TrafficChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    layout->addWidget(m_view);
    applyTheme();
}

void TrafficChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
}

void TrafficChart::setSeries(const QList<storage::TrafficSeries::Bucket>& buckets)
{
    m_buckets = buckets;
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);

    qint64 max = 0;
    for (const auto& b : buckets)
        max = qMax(max, b.upload + b.download);
    const auto [unit, unitName] = axisUnit(max);
    const bool daily =
        buckets.size() > 1 && buckets.at(0).start.secsTo(buckets.at(1).start) >= 86400;

    auto* upload = new QBarSet(tr("Upload"));
    auto* download = new QBarSet(tr("Download"));
    QStringList categories;
    const QLocale locale;
    for (const auto& b : buckets) {
        // Bars are drawn in the axis unit; the exact bytes are in the hover text.
        upload->append(double(b.upload) / double(unit));
        download->append(double(b.download) / double(unit));
        const QDateTime local = b.start.toLocalTime();
        categories << (daily ? locale.toString(local.date(), QStringLiteral("MM-dd"))
                             : local.toString(QStringLiteral("HH:00")));
    }
    auto* series = new QStackedBarSeries;
    series->append(upload);
    series->append(download);
    m_chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-60);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setTitleText(unitName);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setMin(0);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    const auto hover = [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), barText(index), m_view);
        else
            QToolTip::hideText();
    };
    connect(upload, &QBarSet::hovered, this, hover);
    connect(download, &QBarSet::hovered, this, hover);
}

QString TrafficChart::barText(int index) const
{
    if (index < 0 || index >= m_buckets.size())
        return {};
    const auto& b = m_buckets.at(index);
    return tr("%1\nUpload %2, download %3, total %4")
        .arg(QLocale().toString(b.start.toLocalTime(), QLocale::ShortFormat),
             domain::bytes::format(b.upload), domain::bytes::format(b.download),
             domain::bytes::format(b.upload + b.download));
}

bool TrafficChart::exportPng(const QString& path) const
{
    return m_view->grab().save(path, "PNG");
}

void TrafficChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void TrafficChart::applyTheme()
{
    // Follow the desktop: a dark window gets the dark chart theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
}

} // namespace pd::ui
