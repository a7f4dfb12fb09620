#include "ui/traffic/TopUsersView.h"

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int TopCount = 50;
} // namespace

TopUsersView::TopUsersView(storage::DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_range(new QComboBox(this)),
      m_table(new QTableWidget(0, 4, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Top users by &traffic:"), this);
    label->setBuddy(m_range);
    bar->addWidget(label);
    m_range->addItem(tr("Last 24 hours"), 24);
    m_range->addItem(tr("Last 72 hours"), 72);
    m_range->addItem(tr("Last 7 days"), 24 * 7);
    bar->addWidget(m_range);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_table->setHorizontalHeaderLabels({tr("User"), tr("Total"), tr("Upload"), tr("Download")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click or press Enter to open the user."));
    layout->addWidget(m_table, 1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &TopUsersView::reload);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const int row = item->row();
        if (row >= 0 && row < m_users.size())
            Q_EMIT userRequested(m_users.at(row).userId);
    });
    reload();
}

void TopUsersView::reload()
{
    const int hours = m_range->currentData().toInt();
    m_worker->runReadOnly(
        this,
        [hours](QSqlDatabase& db) {
            return QVariant::fromValue(storage::TrafficSeries::topUsers(db, hours, TopCount));
        },
        [this, hours](const storage::JobResult& r) {
            if (hours != m_range->currentData().toInt() || !r.ok())
                return;
            m_users = r.value.value<QList<storage::TrafficSeries::UserTotal>>();
            m_table->setRowCount(int(m_users.size()));
            for (int i = 0; i < m_users.size(); ++i) {
                const auto& u = m_users.at(i);
                const QStringList cells{u.email, domain::bytes::format(u.upload + u.download),
                                        domain::bytes::format(u.upload),
                                        domain::bytes::format(u.download)};
                for (int c = 0; c < cells.size(); ++c) {
                    auto* item = new QTableWidgetItem(cells.at(c));
                    if (c > 0)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_table->setItem(i, c, item);
                }
            }
            Q_EMIT loaded();
        });
}

} // namespace pd::ui
