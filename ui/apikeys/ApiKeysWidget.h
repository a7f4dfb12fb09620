#pragma once

#include "storage/ApiKeyStore.h"
#include "storage/DbWorker.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace pd::ui {

// A user's API keys by prefix, with last use and expiry. Administrators create a key (its full
// text is shown once, with a copy button, and never again) and revoke one at once.
class ApiKeysWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ApiKeysWidget(storage::DbWorker* worker, QWidget* parent = nullptr);

    void setUser(const QUuid& userId, bool canEdit);
    void clear();
    QTreeWidget* view() const { return m_view; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* revokeButton() const { return m_revoke; }
    const QList<storage::ApiKeyRecord>& keys() const { return m_keys; }

public Q_SLOTS:
    void reload();
    void createKey(); // asks for a name and an expiry
    void createKeyNamed(const QString& name, const QDateTime& expiresAt);
    void revokeSelected();

Q_SIGNALS:
    void keysChanged();
    // The full key of a key just made: shown once by the dialog this opens.
    void keyCreated(const QString& fullKey);

private:
    void updateButtons();

    storage::DbWorker* m_worker;
    QUuid m_userId;
    bool m_canEdit = false;
    qint64 m_generation = 0;
    QList<storage::ApiKeyRecord> m_keys;
    QTreeWidget* m_view;
    QPushButton* m_create;
    QPushButton* m_revoke;
};

} // namespace pd::ui
