#include "ui/traffic/UserTrafficPanel.h"

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"
#include "ui/charts/TrafficChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pd::ui {

namespace {
constexpr int Days = 30;
} // namespace

UserTrafficPanel::UserTrafficPanel(storage::DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_summary(new QLabel(this)),
      m_today(new TrafficChart(this)), m_perNode(new QChart),
      m_perNodeView(new QChartView(m_perNode, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_today->setTitle(tr("Traffic in the last 24 hours"));
    layout->addWidget(m_today);
    m_perNode->setTitle(tr("Traffic per node per day, last %n day(s)", nullptr, Days));
    m_perNode->legend()->setAlignment(Qt::AlignBottom);
    if (palette().color(QPalette::Window).lightness() < 128)
        m_perNode->setTheme(QChart::ChartThemeDark);
    m_perNodeView->setRenderHint(QPainter::Antialiasing);
    m_perNodeView->setMinimumHeight(220);
    layout->addWidget(m_perNodeView);
    clear();
}

void UserTrafficPanel::clear()
{
    ++m_generation;
    m_userId.clear();
    m_summary->setText(tr("Select a user to see their traffic."));
    m_days.clear();
    m_today->setSeries({});
    m_perNode->removeAllSeries();
}

QString UserTrafficPanel::summaryText() const
{
    return m_summary->text();
}

void UserTrafficPanel::show(const storage::UserDetail& detail)
{
    const auto& u = detail.user;
    const QLocale locale;
    const qint64 used = u.uploadBytes + u.downloadBytes;
    const QString trafficLeft =
        u.transferEnable <= 0
            ? tr("no traffic allowance")
            : tr("%1 of %2 left")
                  .arg(domain::bytes::format(qMax<qint64>(0, u.transferEnable - used)),
                       domain::bytes::format(u.transferEnable));
    QString plan = tr("No active plan");
    QString quota;
    if (!detail.subscription.isEmpty()) {
        const QJsonObject& s = detail.subscription;
        const QString end = s.value(QStringLiteral("current_period_end")).toString();
        plan = tr("%1, until %2")
                   .arg(s.value(QStringLiteral("plan_name")).toString(),
                        end.isEmpty()
                            ? tr("forever")
                            : locale.toString(QDateTime::fromString(end, Qt::ISODate).toLocalTime(),
                                              QLocale::ShortFormat));
        const QJsonValue limit = s.value(QStringLiteral("quota_limit"));
        const qint64 quotaUsed = s.value(QStringLiteral("quota_used")).toVariant().toLongLong();
        quota = limit.isNull() ? tr("unlimited processings")
                               : tr("%1 of %2 processings left")
                                     .arg(locale.toString(qMax<qint64>(
                                              0, limit.toVariant().toLongLong() - quotaUsed)),
                                          locale.toString(limit.toVariant().toLongLong()));
    }
    m_summary->setText(tr("As the user sees it: %1. Quota: %2. Traffic: %3.")
                           .arg(plan, quota.isEmpty() ? tr("none") : quota, trafficLeft));

    const QString id = u.id.toString(QUuid::WithoutBraces);
    if (id == m_userId)
        return;
    m_userId = id;
    const int generation = ++m_generation;
    m_worker->runReadOnly(
        this,
        [id](QSqlDatabase& db) {
            return QVariant::fromValue(QVariantList{
                QVariant::fromValue(storage::TrafficSeries::forUser(db, id, 24)),
                QVariant::fromValue(storage::TrafficSeries::userPerNodeDaily(db, id, Days))});
        },
        [this, generation](const storage::JobResult& r) {
            if (generation != m_generation || !r.ok())
                return;
            const QVariantList v = r.value.toList();
            m_today->setSeries(v.value(0).value<QList<storage::TrafficSeries::Bucket>>());
            m_days = v.value(1).value<QList<storage::TrafficSeries::NodeDay>>();
            showPerNode();
            Q_EMIT chartsLoaded();
        });
}

void UserTrafficPanel::showPerNode()
{
    m_perNode->removeAllSeries();
    for (QAbstractAxis* axis : m_perNode->axes())
        m_perNode->removeAxis(axis);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QStringList categories;
    for (int i = Days - 1; i >= 0; --i)
        categories << today.addDays(-i).toString(QStringLiteral("MM-dd"));
    QMap<QString, QList<qreal>> perNode; // node → GiB per day
    for (const auto& d : std::as_const(m_days)) {
        auto& values = perNode[d.node];
        if (values.isEmpty())
            values = QList<qreal>(Days, 0.0);
        const qint64 index = Days - 1 - d.day.daysTo(today);
        if (index >= 0 && index < Days)
            values[index] += double(d.bytes) / double(domain::bytes::GiB);
    }
    auto* series = new QStackedBarSeries;
    for (auto it = perNode.cbegin(); it != perNode.cend(); ++it) {
        auto* set = new QBarSet(it.key());
        set->append(it.value());
        series->append(set);
    }
    m_perNode->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-60);
    m_perNode->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setTitleText(QStringLiteral("GiB"));
    y->setMin(0);
    m_perNode->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace pd::ui
