#pragma once

#include "domain/Clock.h"
#include "storage/DbWorker.h"
#include "storage/RefundRecord.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <functional>

class QNetworkAccessManager;

namespace pd::payments {

class GatewaySettings;

// Moves approved refunds through their gateway and settles the open ones (submitted,
// processing, unknown), following domain.md's state machine:
// - a refund is locked (session advisory lock) for as long as one PanelDesk works on it, so two
//   instances never send it at the same time;
// - `submitted` is committed before the request leaves; the key was fixed at approval and is
//   reused for every retry and query;
// - an answer that is not verified and definite makes the refund `unknown`, never `failed`;
// - a gateway that is not configured sends nothing: the refund keeps its state and the reason.
class RefundService : public QObject
{
    Q_OBJECT
public:
    using DbJob = storage::DbWorker::Job;
    using DbDone = storage::DbWorker::Done;
    // Runs database work for the service: on a DbWorker in the GUI, in place in the CLI. Every
    // job of one service must run on the same connection (the refund locks are per session).
    using DbRunner = std::function<void(QObject* context, DbJob job, DbDone done)>;
    static DbRunner workerRunner(storage::DbWorker* worker);
    // Runs each job at once on `connectionName`'s connection (this thread) and answers on the
    // next turn of the event loop.
    static DbRunner directRunner(const QString& connectionName);

    struct Result
    {
        QString refundId;
        QString state;        // the refund's state afterwards (empty when unknown)
        QString message;      // a sentence for people: what happened, what to do
        bool skipped = false; // another PanelDesk works on it, or nothing was due
        bool error = false;   // the database refused or could not be reached
    };

    RefundService(DbRunner db, GatewaySettings* settings, QNetworkAccessManager* network,
                  const domain::Clock& clock = domain::Clock::system(), QObject* parent = nullptr);
    // Drops the answers of requests still in flight (their refunds are settled later by the
    // reconciler, with the same keys).
    ~RefundService() override;

    // Sends an approved refund, or settles an open one with the gateway.
    void process(const QString& refundId, std::function<void(const Result&)> done);
    // Every open refund that is due (every open one when `all`), one after another.
    void reconcile(bool all, std::function<void(const QList<Result>&)> done);
    bool isBusy() const { return !m_inFlight.isEmpty() || m_reconciling; }

Q_SIGNALS:
    void refundUpdated(const QString& refundId, const QString& state, const QString& message);
    void progress(int done, int total);

private:
    struct Work;
    void finish(const std::shared_ptr<Work>& work, const Result& result);
    void send(const std::shared_ptr<Work>& work);
    void record(const std::shared_ptr<Work>& work, const QString& outcome, const QString& refundId,
                const QString& code, const QString& message);
    void reconcileNext(const std::shared_ptr<QStringList>& ids,
                       const std::shared_ptr<QList<Result>>& results, int total,
                       std::function<void(const QList<Result>&)> done);

    DbRunner m_db;
    GatewaySettings* m_settings;
    QNetworkAccessManager* m_network;
    const domain::Clock& m_clock;
    QHash<QString, std::shared_ptr<Work>> m_inFlight;
    bool m_reconciling = false;
};

} // namespace pd::payments
