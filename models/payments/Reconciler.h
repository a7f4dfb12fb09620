#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace pd::payments {

class RefundService;

// Settles open refunds by itself: once at start, then every few minutes, waiting longer (up
// to half an hour) while runs keep leaving refunds unsettled or the database unreachable, and
// at once on demand. Each refund also has its own backoff in the database (next_attempt_at).
class Reconciler : public QObject
{
    Q_OBJECT
public:
    explicit Reconciler(RefundService* service, QObject* parent = nullptr);

    void start(int intervalMs = 3 * 60 * 1000);
    void stop();
    // Settles every open refund now, due or not.
    void runNow();
    bool isRunning() const { return m_running; }
    int currentIntervalMs() const { return m_interval; }
    QString lastSummary() const { return m_lastSummary; }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void finished(const QString& summary, int unsettled);

private:
    void run(bool all);

    RefundService* m_service;
    QTimer* m_timer;
    int m_baseInterval = 3 * 60 * 1000;
    int m_interval = 3 * 60 * 1000;
    bool m_running = false;
    QString m_lastSummary;
};

} // namespace pd::payments
