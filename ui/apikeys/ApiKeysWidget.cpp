#include "ui/apikeys/ApiKeysWidget.h"

#include "ui/MessageBox.h"
#include "ui/apikeys/ApiKeyRevealDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString when(const QDateTime& t, const QString& none)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : none;
}

} // namespace

ApiKeysWidget::ApiKeysWidget(storage::DbWorker* worker, QWidget* parent)
    : QWidget(parent), m_worker(worker)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeWidget;
    m_view->setRootIsDecorated(false);
    m_view->setHeaderLabels({tr("Key"), tr("Name"), tr("State"), tr("Last used"), tr("Expires")});
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setMaximumHeight(160);
    layout->addWidget(m_view);
    auto* buttons = new QHBoxLayout;
    m_create = new QPushButton(tr("&New key…"));
    m_revoke = new QPushButton(tr("Re&voke…"));
    buttons->addWidget(m_create);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_create, &QPushButton::clicked, this, &ApiKeysWidget::createKey);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysWidget::revokeSelected);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &ApiKeysWidget::updateButtons);
    connect(this, &ApiKeysWidget::keyCreated, this, [this](const QString& key) {
        auto* dialog = new ApiKeyRevealDialog(key, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    updateButtons();
}

void ApiKeysWidget::setUser(const QUuid& userId, bool canEdit)
{
    m_canEdit = canEdit;
    if (userId != m_userId) {
        m_userId = userId;
        m_keys.clear();
        m_view->clear();
    }
    reload();
}

void ApiKeysWidget::clear()
{
    ++m_generation;
    m_userId = QUuid();
    m_keys.clear();
    m_view->clear();
    updateButtons();
}

void ApiKeysWidget::reload()
{
    if (m_userId.isNull())
        return;
    const QUuid user = m_userId;
    const qint64 generation = ++m_generation;
    m_worker->runReadOnly(
        this,
        [user](QSqlDatabase& db) {
            return QVariant::fromValue(storage::ApiKeyStore::list(db, user));
        },
        [this, generation](const storage::JobResult& result) {
            if (generation != m_generation)
                return;
            m_view->clear();
            if (!result.ok()) {
                m_view->addTopLevelItem(new QTreeWidgetItem(
                    {tr("The keys could not be loaded. %1").arg(result.error)}));
                return;
            }
            m_keys = result.value.value<QList<storage::ApiKeyRecord>>();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const auto& k : std::as_const(m_keys)) {
                const QString state = !k.active ? tr("revoked")
                                      : (k.expiresAt.isValid() && k.expiresAt <= now)
                                          ? tr("expired")
                                          : tr("active");
                auto* item = new QTreeWidgetItem({k.prefix + QStringLiteral("…"), k.name, state,
                                                  when(k.lastUsedAt, tr("never")),
                                                  when(k.expiresAt, tr("never"))});
                item->setData(0, Qt::UserRole, k.id.toString(QUuid::WithoutBraces));
                item->setData(0, Qt::UserRole + 1, k.active);
                m_view->addTopLevelItem(item);
            }
            updateButtons();
        });
}

void ApiKeysWidget::updateButtons()
{
    const QTreeWidgetItem* item = m_view->currentItem();
    m_create->setEnabled(m_canEdit && !m_userId.isNull());
    m_revoke->setEnabled(m_canEdit && item && item->data(0, Qt::UserRole + 1).toBool());
    if (!m_canEdit) {
        m_create->setToolTip(tr("Only administrators can manage API keys."));
        m_revoke->setToolTip(m_create->toolTip());
    }
}

void ApiKeysWidget::createKey()
{
    if (!m_create->isEnabled())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New API key"), tr("What is the key for (its name)?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const int days =
        QInputDialog::getInt(this, tr("New API key"),
                             tr("Valid for how many days (0 = no expiry)?"), 0, 0, 3650, 1, &ok);
    if (!ok)
        return;
    createKeyNamed(name, days > 0 ? QDateTime::currentDateTimeUtc().addDays(days) : QDateTime());
}

void ApiKeysWidget::createKeyNamed(const QString& name, const QDateTime& expiresAt)
{
    if (!m_create->isEnabled())
        return;
    const QUuid user = m_userId;
    m_create->setEnabled(false);
    m_worker->run(
        this,
        [user, name, expiresAt](QSqlDatabase& db) {
            // Only the full text travels back, to be shown once.
            return QVariant(storage::ApiKeyStore::create(db, user, name, expiresAt).fullKey);
        },
        [this](const storage::JobResult& result) {
            updateButtons();
            if (!result.ok()) {
                MessageBox::warning(this, tr("New API key"),
                                    tr("No key was created. %1").arg(result.error));
                return;
            }
            reload();
            Q_EMIT keysChanged();
            Q_EMIT keyCreated(result.value.toString());
        });
}

void ApiKeysWidget::revokeSelected()
{
    if (!m_revoke->isEnabled())
        return;
    const QTreeWidgetItem* item = m_view->currentItem();
    const QUuid id = QUuid::fromString(item->data(0, Qt::UserRole).toString());
    if (MessageBox::question(this, tr("Revoke API key"),
                             tr("Revoke the key %1 (%2)? Whatever uses it stops working at "
                                "once, and it cannot be turned back on.")
                                 .arg(item->text(0), item->text(1))) != QMessageBox::Yes)
        return;
    m_revoke->setEnabled(false);
    m_worker->run(
        this, [id](QSqlDatabase& db) { return QVariant(storage::ApiKeyStore::revoke(db, id)); },
        [this](const storage::JobResult& result) {
            if (!result.ok())
                MessageBox::warning(this, tr("Revoke API key"),
                                    tr("The key was not revoked. %1").arg(result.error));
            reload();
            Q_EMIT keysChanged();
        });
}

} // namespace pd::ui
