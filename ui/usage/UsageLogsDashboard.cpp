#include "ui/usage/UsageLogsDashboard.h"

#include "item/LazyTableModel.h"
#include "storage/CsvExport.h"
#include "storage/DbWorker.h"
#include "ui/MessageBox.h"
#include "ui/tables/TableCatalog.h"
#include "ui/tables/TableDashboard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace pd::ui {

UsageLogsDashboard::UsageLogsDashboard(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                                       QWidget* parent)
    : QWidget(parent), m_worker(worker),
      m_table(new TableDashboard(worker, TableCatalog::usageLogs(role), this)),
      m_type(new QComboBox(this)), m_period(new QComboBox(this)), m_minCost(new QSpinBox(this)),
      m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(QStringLiteral("usage_logs_page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_type->addItem(tr("Any resource type"), QString());
    bar->addWidget(m_type);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    bar->addWidget(m_period);
    auto* costLabel = new QLabel(tr("Cost at least:"), this);
    costLabel->setBuddy(m_minCost);
    m_minCost->setRange(0, 1000000);
    m_minCost->setSpecialValueText(tr("any"));
    bar->addWidget(costLabel);
    bar->addWidget(m_minCost);
    bar->addStretch(1);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &UsageLogsDashboard::applyFilters);
    connect(m_period, &QComboBox::currentIndexChanged, this, &UsageLogsDashboard::applyFilters);
    connect(m_minCost, &QSpinBox::valueChanged, this, &UsageLogsDashboard::applyFilters);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    loadTypes();
}

UsageLogsDashboard::~UsageLogsDashboard()
{
    if (m_cancel)
        m_cancel->store(true);
}

void UsageLogsDashboard::loadTypes()
{
    m_worker->runReadOnly(
        this,
        [](QSqlDatabase& db) {
            // A skip scan over usage_logs_type: one index probe per type, not a pass over
            // millions of rows.
            QSqlQuery q(db);
            QStringList types;
            if (q.exec(QStringLiteral(
                    "WITH RECURSIVE t(type) AS ((SELECT resource_type FROM usage_logs ORDER BY 1 "
                    "LIMIT 1) UNION ALL SELECT (SELECT resource_type FROM usage_logs WHERE "
                    "resource_type > t.type ORDER BY 1 LIMIT 1) FROM t WHERE t.type IS NOT NULL) "
                    "SELECT type FROM t WHERE type IS NOT NULL LIMIT 200"))) {
                while (q.next())
                    types << q.value(0).toString();
            }
            return QVariant(types);
        },
        [this](const storage::JobResult& r) {
            for (const QString& type : r.value.toStringList())
                m_type->addItem(type, type);
        });
}

void UsageLogsDashboard::applyFilters()
{
    QStringList where;
    QVariantList params;
    if (const QString type = m_type->currentData().toString(); !type.isEmpty()) {
        where << QStringLiteral("l.resource_type = ?::text");
        params << type;
    }
    if (const int hours = m_period->currentData().toInt(); hours > 0) {
        where << QStringLiteral("l.created_at >= now() - make_interval(hours => ?::int)");
        params << hours;
    }
    if (m_minCost->value() > 0) {
        where << QStringLiteral("l.quota_cost >= ?::int");
        params << m_minCost->value();
    }
    m_table->setFilter(where.join(QLatin1String(" AND ")), params);
}

void UsageLogsDashboard::exportCsv(const QString& chosenPath)
{
    if (m_cancel)
        return; // one export at a time
    const QString path =
        chosenPath.isEmpty()
            ? QFileDialog::getSaveFileName(this, tr("Export usage logs"),
                                           QDir::home().filePath(tr("usage-logs.csv")),
                                           tr("CSV files (*.csv)"))
            : chosenPath;
    if (path.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(tr("Exporting usage logs…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &UsageLogsDashboard::cancelExport);

    const storage::TableQuery query = m_table->model()->query();
    const auto cancel = m_cancel;
    QPointer<QProgressDialog> progress = m_progress;
    m_worker->run(
        this,
        [query, path, cancel, progress](QSqlDatabase& db) {
            const auto report = [progress](qint64 rows, qint64 expected) {
                QMetaObject::invokeMethod(
                    progress,
                    [progress, rows, expected] {
                        if (!progress)
                            return;
                        progress->setValue(
                            expected > 0 ? int(qMin<qint64>(100, rows * 100 / expected)) : 0);
                        progress->setLabelText(
                            QCoreApplication::translate("pd::ui::UsageLogsDashboard",
                                                        "Exporting usage logs: %1 of %2 rows…")
                                .arg(QLocale().toString(rows), QLocale().toString(expected)));
                    },
                    Qt::QueuedConnection);
            };
            const auto result = storage::CsvExport::run(db, query, path, report, cancel.get());
            return QVariant::fromValue(QVariantList{result.rows, result.cancelled});
        },
        [this](const storage::JobResult& r) {
            m_cancel.reset();
            if (m_progress) {
                m_progress->deleteLater();
                m_progress = nullptr;
            }
            const QVariantList v = r.value.toList();
            const qint64 rows = v.value(0).toLongLong();
            const bool cancelled = v.value(1).toBool();
            if (!r.ok())
                MessageBox::warning(this, tr("Export usage logs"), r.error);
            Q_EMIT exportFinished(rows, cancelled, r.error);
        });
}

void UsageLogsDashboard::cancelExport()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace pd::ui
