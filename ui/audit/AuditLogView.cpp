#include "ui/audit/AuditLogView.h"

#include "item/LazyTableModel.h"
#include "ui/tables/TableCatalog.h"
#include "ui/tables/ValueLabelDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Users")},
        {QStringLiteral("api_keys"), QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "API keys")},
        {QStringLiteral("subscription_plans"), QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Plans")},
        {QStringLiteral("user_subscriptions"),
         QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Subscriptions")},
        {QStringLiteral("payment_transactions"),
         QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Transactions")},
        {QStringLiteral("refunds"), QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Refunds")},
        {QStringLiteral("nodes"), QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Nodes")},
        {QStringLiteral("app_settings"), QT_TRANSLATE_NOOP("pd::ui::AuditLogView", "Settings")},
    };
    const auto it = labels.constFind(table);
    return it == labels.constEnd() ? table
                                   : QCoreApplication::translate("pd::ui::AuditLogView", *it);
}

const QStringList& auditedTables()
{
    static const QStringList tables{QStringLiteral("users"),
                                    QStringLiteral("api_keys"),
                                    QStringLiteral("subscription_plans"),
                                    QStringLiteral("user_subscriptions"),
                                    QStringLiteral("payment_transactions"),
                                    QStringLiteral("refunds"),
                                    QStringLiteral("nodes"),
                                    QStringLiteral("app_settings")};
    return tables;
}

storage::Column column(const char* key, const char* expr, const QString& header,
                       storage::ColumnKind kind, const char* sortExpr = "")
{
    storage::Column c;
    c.key = QLatin1String(key);
    c.sqlExpr = QLatin1String(expr);
    c.header = header;
    c.kind = kind;
    c.sortExpr = QLatin1String(sortExpr);
    return c;
}

} // namespace

storage::TableQuery AuditLogView::query(const QString& table, const QString& typed)
{
    storage::TableQuery q;
    q.from = QStringLiteral("audit_log a");
    q.idExpr = QStringLiteral("a.id");
    q.columns = {
        column("occurred_at", "a.occurred_at", tr("Time"), storage::ColumnKind::DateTime,
               "a.occurred_at"),
        column("db_role", "a.db_role", tr("Role"), storage::ColumnKind::Text),
        column("table_name", "a.table_name", tr("Table"), storage::ColumnKind::Text),
        column("action", "a.action", tr("Action"), storage::ColumnKind::Text),
        column("row_id", "a.row_id", tr("Row"), storage::ColumnKind::Text),
    };
    q.sortColumn = 0;
    q.descending = true; // newest first
    QStringList conditions;
    if (!table.isEmpty()) {
        conditions << QStringLiteral("a.table_name = ?");
        q.params << table;
    }
    const QString text = typed.trimmed();
    if (!text.isEmpty()) {
        // Row ids are uuids or numbers (lower case); roles are login names.
        conditions << QStringLiteral("(a.row_id LIKE ? OR a.db_role LIKE ?)");
        const QString pattern = TableCatalog::likePrefix(text.toLower());
        q.params << pattern << pattern;
    }
    q.where = conditions.join(QLatin1String(" AND "));
    return q;
}

AuditLogView::AuditLogView(storage::DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_model(new item::LazyTableModel(worker, this)),
      m_table(new QComboBox(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_error(new QLabel(this)), m_view(new QTableView(this)), m_detailTitle(new QLabel(this)),
      m_onlyChanged(new QCheckBox(tr("Only changed fields"), this)),
      m_detail(new QTableWidget(this)), m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("audit"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_table->addItem(tr("All tables"), QString());
    for (const QString& t : auditedTables())
        m_table->addItem(tableLabel(t), t);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Row id or role…"));
    bar->addWidget(m_table);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    QHash<QString, QString> tableLabels;
    for (const QString& t : auditedTables())
        tableLabels.insert(t, tableLabel(t));
    m_view->setItemDelegateForColumn(2, new ValueLabelDelegate(tableLabels, m_view));
    m_view->setItemDelegateForColumn(
        3, new ValueLabelDelegate({{QStringLiteral("INSERT"), tr("Created")},
                                   {QStringLiteral("UPDATE"), tr("Changed")},
                                   {QStringLiteral("DELETE"), tr("Deleted")}},
                                  m_view));
    splitter->addWidget(m_view);

    auto* detailBox = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailBar = new QHBoxLayout;
    m_detailTitle->setText(tr("Select an entry to see what it changed."));
    detailBar->addWidget(m_detailTitle, 1);
    detailBar->addWidget(m_onlyChanged);
    detailLayout->addLayout(detailBar);
    m_detail->setColumnCount(3);
    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->verticalHeader()->hide();
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_detail->setWordWrap(true);
    detailLayout->addWidget(m_detail, 1);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditLogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_table, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_onlyChanged, &QCheckBox::toggled, this, &AuditLogView::fillDetail);
    connect(m_model, &item::LazyTableModel::errorOccurred, this, &AuditLogView::showError);
    connect(m_model, &item::LazyTableModel::countChanged, this, [this](qint64 count, bool exact) {
        const QString number = QLocale().toString(count);
        if (count == 1)
            m_count->setText(exact ? tr("1 entry") : tr("about 1 entry"));
        else
            m_count->setText(exact ? tr("%1 entries").arg(number)
                                   : tr("about %1 entries").arg(number));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogView::selectionChanged);
    // A row selected while its block was still loading gets its detail once the block is in.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_selectedId.isNull() && m_view->currentIndex().isValid())
            selectionChanged();
    });

    m_model->setQuery(query({}, {}));
}

QString AuditLogView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AuditLogView::refresh()
{
    m_error->hide();
    m_model->refresh();
    if (!m_selectedId.isNull()) {
        // The selected entry cannot change (the log is append-only) but may have scrolled.
        m_selectedId = QVariant();
        selectionChanged();
    }
}

void AuditLogView::applyFilter()
{
    m_error->hide();
    m_model->setQuery(query(m_table->currentData().toString(), m_search->text()));
    m_selectedId = QVariant();
    m_diff = {};
    m_detailTitle->setText(tr("Select an entry to see what it changed."));
    fillDetail();
}

void AuditLogView::selectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QVariant id = current.isValid() ? m_model->rowId(current.row()) : QVariant();
    if (id.isNull() || id == m_selectedId)
        return;
    m_selectedId = id;
    const quint64 generation = ++m_detailGeneration;
    const qint64 auditId = id.toLongLong();
    m_worker->run(
        this,
        [auditId](QSqlDatabase& db) { return QVariant::fromValue(AuditDiff::load(db, auditId)); },
        [this, generation](const storage::JobResult& result) {
            if (generation != m_detailGeneration)
                return; // the person has moved on to another entry
            if (!result.ok()) {
                showError(result.error);
                return;
            }
            showDetail(result.value.value<AuditDiff::Result>());
        });
}

void AuditLogView::showDetail(const AuditDiff::Result& diff)
{
    m_diff = diff;
    const QString action = diff.action == QLatin1String("INSERT")   ? tr("Created")
                           : diff.action == QLatin1String("DELETE") ? tr("Deleted")
                                                                    : tr("Changed");
    m_detailTitle->setText(
        tr("%1 in %2, row %3").arg(action, tableLabel(diff.tableName), diff.rowId));
    fillDetail();
    Q_EMIT detailShown();
}

void AuditLogView::fillDetail()
{
    m_detail->setRowCount(0);
    const bool onlyChanged = m_onlyChanged->isChecked();
    const QColor changedBackground(255, 236, 179);
    for (const AuditDiff::Field& f : std::as_const(m_diff.fields)) {
        if (onlyChanged && !f.changed)
            continue;
        const int row = m_detail->rowCount();
        m_detail->insertRow(row);
        auto text = [](bool present, bool isNull, const QString& value) {
            if (!present)
                return QString();
            return isNull ? tr("(empty)") : value;
        };
        auto* name = new QTableWidgetItem(f.name);
        auto* before = new QTableWidgetItem(text(f.inBefore, f.beforeNull, f.before));
        auto* after = new QTableWidgetItem(text(f.inAfter, f.afterNull, f.after));
        if (f.changed) {
            QFont bold = name->font();
            bold.setBold(true);
            for (auto* item : {name, before, after}) {
                item->setBackground(changedBackground);
                item->setForeground(QColor(Qt::black));
                item->setFont(bold);
            }
            name->setToolTip(tr("Changed"));
        }
        m_detail->setItem(row, 0, name);
        m_detail->setItem(row, 1, before);
        m_detail->setItem(row, 2, after);
    }
    m_detail->resizeRowsToContents();
}

void AuditLogView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace pd::ui
