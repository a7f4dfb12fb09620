#pragma once

#include "storage/ConnectionProfile.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>

class QTimer;

namespace pd::storage {

// NotificationListener's half on the listening thread: opens the connection, subscribes,
// checks every second that the server is still there and reconnects when it is not.
class NotificationListenerWorker : public QObject
{
    Q_OBJECT
public:
    NotificationListenerWorker(ConnectionProfile profile, QString password, QString channel);
    ~NotificationListenerWorker() override;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void notified(const QString& payload);
    void listeningChanged(bool listening);
    void resynced();

private:
    void connectNow();
    void check();
    void lost();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);

    ConnectionProfile m_profile;
    QString m_password;
    QString m_channel;
    QString m_connectionName;
    QTimer* m_timer = nullptr;
    int m_backoffMs = 500;
    bool m_listening = false;
    bool m_everListened = false;
};

} // namespace pd::storage
