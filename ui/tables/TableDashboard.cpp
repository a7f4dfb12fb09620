#include "ui/tables/TableDashboard.h"

#include "item/LazyTableModel.h"
#include "ui/tables/TableCatalog.h"
#include "ui/tables/ValueLabelDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

TableDashboard::TableDashboard(storage::DbWorker* worker, TableDefinition definition,
                               QWidget* parent)
    : QWidget(parent), m_definition(std::move(definition)),
      m_model(new item::LazyTableModel(worker, this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_error(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    setObjectName(m_definition.key);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    if (!m_definition.searchCondition.isEmpty()) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("search"));
        m_search->setClearButtonEnabled(true);
        m_search->setPlaceholderText(m_definition.searchPlaceholder);
        bar->addWidget(m_search, 1);
    } else {
        bar->addStretch(1);
    }
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    // Only columns with an index to page by can be sorted; the model ignores the others, so
    // the header shows the indicator only where sorting means something.
    m_view->setSortingEnabled(true);
    const auto& query = m_definition.query;
    m_view->horizontalHeader()->setSortIndicator(
        query.sortColumn, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    for (int i = 0; i < query.columns.size(); ++i) {
        const auto it = m_definition.valueLabels.constFind(query.columns.at(i).key);
        if (it != m_definition.valueLabels.constEnd())
            m_view->setItemDelegateForColumn(i, new ValueLabelDelegate(it.value(), m_view));
    }
    layout->addWidget(m_view, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &TableDashboard::applySearch);
    if (m_search)
        connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_model, &item::LazyTableModel::countChanged, this, &TableDashboard::showCount);
    connect(m_model, &item::LazyTableModel::errorOccurred, this, &TableDashboard::showError);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder) {
                // Keep the indicator on the column the model really sorts by.
                const auto& q = m_model->query();
                if (section >= 0 && section < q.columns.size() &&
                    q.columns.at(section).sortExpr.isEmpty()) {
                    QSignalBlocker block(m_view->horizontalHeader());
                    m_view->horizontalHeader()->setSortIndicator(
                        q.sortColumn, q.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                }
            });

    // Fit the columns to the first rows once; later the person's widths stay.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_columnsFitted || m_model->rowCount() == 0 ||
            !m_model->index(0, 0).data(item::LazyTableModel::LoadedRole).toBool())
            return;
        m_columnsFitted = true;
        m_view->resizeColumnsToContents();
        auto* header = m_view->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            header->resizeSection(c, qBound(60, header->sectionSize(c) + 12, 320));
    });

    m_model->setQuery(query);
    restoreColumns();
}

TableDashboard::~TableDashboard()
{
    // Widths and order as the person left them, for the same columns next time; a table that
    // never showed rows has nothing of theirs to keep, and keeps its fit-on-first-rows.
    if (!m_columnsFitted)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("columns"), columnKeys());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

QString TableDashboard::settingsGroup() const
{
    return QStringLiteral("tables/") + m_definition.key;
}

QStringList TableDashboard::columnKeys() const
{
    QStringList keys;
    for (const auto& column : m_definition.query.columns)
        keys << column.key;
    return keys;
}

void TableDashboard::restoreColumns()
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    // Another role sees other columns (support has no gateway ids): a saved layout is only
    // for the columns it was made with.
    if (settings.value(QStringLiteral("columns")).toStringList() != columnKeys())
        return;
    auto* header = m_view->horizontalHeader();
    // The saved layout brings its sort indicator too, which must not re-sort the model: the
    // page opens in its own order, and the indicator shows that order.
    QSignalBlocker block(header);
    if (!header->restoreState(settings.value(QStringLiteral("header")).toByteArray()))
        return;
    m_columnsFitted = true;
    const auto& query = m_model->query();
    header->setSortIndicator(query.sortColumn,
                             query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QString TableDashboard::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TableDashboard::refresh()
{
    m_error->hide();
    m_error->clear();
    m_model->refresh();
}

void TableDashboard::setFilter(const QString& where, const QVariantList& params)
{
    m_filterWhere = where;
    m_filterParams = params;
    applySearch();
}

void TableDashboard::applySearch()
{
    // The sort the person chose stays; only the filter changes.
    storage::TableQuery query = m_model->query();
    QStringList conditions;
    query.params = m_filterParams;
    if (!m_filterWhere.isEmpty())
        conditions << QLatin1Char('(') + m_filterWhere + QLatin1Char(')');
    QString typed = m_search ? m_search->text().trimmed() : QString();
    if (!typed.isEmpty()) {
        if (m_definition.searchLowercase)
            typed = typed.toLower();
        const QString pattern = TableCatalog::likePrefix(typed);
        conditions << QLatin1Char('(') + m_definition.searchCondition + QLatin1Char(')');
        for (int i = 0; i < m_definition.searchCondition.count(QLatin1Char('?')); ++i)
            query.params.append(pattern);
    }
    query.where = conditions.join(QLatin1String(" AND "));
    m_error->hide();
    m_error->clear();
    m_model->setQuery(query);
}

void TableDashboard::showCount(qint64 count, bool exact)
{
    const QString number = QLocale().toString(count);
    if (count == 1)
        m_count->setText(exact ? tr("1 row") : tr("about 1 row"));
    else
        m_count->setText(exact ? tr("%1 rows").arg(number) : tr("about %1 rows").arg(number));
}

void TableDashboard::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace pd::ui
