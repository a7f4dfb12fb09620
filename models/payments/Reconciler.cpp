#include "payments/Reconciler.h"

#include "payments/RefundService.h"

#include <QTimer>

namespace pd::payments {

Reconciler::Reconciler(RefundService* service, QObject* parent)
    : QObject(parent), m_service(service), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { run(false); });
    connect(m_service, &RefundService::progress, this, &Reconciler::progress);
}

void Reconciler::start(int intervalMs)
{
    m_baseInterval = m_interval = qMax(1000, intervalMs);
    run(false);
}

void Reconciler::stop()
{
    m_timer->stop();
}

void Reconciler::runNow()
{
    run(true);
}

void Reconciler::run(bool all)
{
    if (m_running)
        return;
    m_running = true;
    m_timer->stop();
    Q_EMIT started();
    m_service->reconcile(all, [this](const QList<RefundService::Result>& results) {
        m_running = false;
        int settled = 0, open = 0, errors = 0, skipped = 0;
        for (const RefundService::Result& r : results) {
            if (r.error)
                ++errors;
            else if (r.skipped)
                ++skipped;
            else if (r.state == QLatin1String("succeeded") || r.state == QLatin1String("failed"))
                ++settled;
            else
                ++open;
        }
        const int unsettled = open + errors + skipped;
        // Keep asking while things stay open, but less and less often.
        m_interval = unsettled > 0 ? qMin(m_interval * 2, 30 * 60 * 1000) : m_baseInterval;
        m_lastSummary = results.isEmpty()
                            ? tr("No refund needed settling.")
                            : tr("%1 settled, %2 still open, %3 not sent, %4 could not be saved.")
                                  .arg(settled)
                                  .arg(open)
                                  .arg(skipped)
                                  .arg(errors);
        m_timer->start(m_interval);
        Q_EMIT finished(m_lastSummary, unsettled);
    });
}

} // namespace pd::payments
