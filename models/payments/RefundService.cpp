#include "payments/RefundService.h"

#include "payments/GatewayClient.h"
#include "payments/GatewaySettings.h"
#include "storage/RefundRepository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace pd::payments {

using storage::JobResult;
using storage::RefundRecord;
using storage::RefundRepository;

struct RefundService::Work
{
    QString refundId;
    RefundRecord before; // as found when locked
    RefundRecord current;
    GatewayConfig config;
    std::shared_ptr<GatewayClient> client;
    std::function<void(const Result&)> done;
};

RefundService::DbRunner RefundService::workerRunner(storage::DbWorker* worker)
{
    QPointer<storage::DbWorker> guard(worker);
    return [guard](QObject* context, DbJob job, DbDone done) {
        if (!guard) {
            JobResult r;
            r.error = QCoreApplication::translate("pd::payments::RefundService",
                                                  "The session has ended.");
            done(r);
            return;
        }
        guard->run(context, std::move(job), std::move(done));
    };
}

RefundService::DbRunner RefundService::directRunner(const QString& connectionName)
{
    return [connectionName](QObject* context, DbJob job, DbDone done) {
        JobResult r;
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        try {
            r.value = job(db);
        } catch (const storage::JobError& e) {
            r.error = e.message;
            r.sqlError = e.sqlError;
        }
        QTimer::singleShot(0, context, [r, done] { done(r); });
    };
}

RefundService::RefundService(DbRunner db, GatewaySettings* settings, QNetworkAccessManager* network,
                             const domain::Clock& clock, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_settings(settings), m_network(network), m_clock(clock)
{}

RefundService::~RefundService()
{
    // A client deleted disconnects its replies, so no answer reaches this deleted service.
    for (const std::shared_ptr<Work>& work : std::as_const(m_inFlight))
        work->client.reset();
}

void RefundService::process(const QString& refundId, std::function<void(const Result&)> done)
{
    // Advisory locks are re-entrant within a session: keep this instance from working on one
    // refund twice at once.
    if (m_inFlight.contains(refundId)) {
        done({refundId, {}, tr("This refund is being sent or settled already."), true, false});
        return;
    }
    auto work = std::make_shared<Work>();
    work->refundId = refundId;
    work->done = std::move(done);
    m_inFlight.insert(refundId, work);
    m_db(
        this,
        [refundId](QSqlDatabase& db) -> QVariant {
            if (!RefundRepository::tryLock(db, refundId))
                return QVariant();
            const RefundRecord r = RefundRepository::get(db, refundId);
            if (!r.isOpen())
                RefundRepository::unlock(db, refundId);
            return QVariant::fromValue(r);
        },
        [this, work](const JobResult& r) {
            if (!r.ok())
                return finish(work, {work->refundId, {}, r.error, false, true});
            if (r.value.isNull())
                return finish(work, {work->refundId,
                                     {},
                                     tr("Another PanelDesk is sending or settling this refund "
                                        "right now; it was left to it."),
                                     true,
                                     false});
            work->before = r.value.value<RefundRecord>();
            if (!work->before.isValid())
                return finish(work,
                              {work->refundId, {}, tr("The refund does not exist."), false, true});
            if (!work->before.isOpen())
                return finish(work, {work->refundId, work->before.state,
                                     tr("There is nothing to send or settle for this refund "
                                        "(state: %1).")
                                         .arg(RefundRecord::stateLabel(work->before.state)),
                                     true, false});
            m_settings->load(
                work->before.gateway, this,
                [this, work](const GatewayConfig& config, const QString& error) {
                    QString problem = error;
                    if (problem.isEmpty() && !config.problems().isEmpty())
                        problem = tr("The %1 settings are incomplete, so nothing was sent: %2")
                                      .arg(GatewayConfig::displayName(config.gateway),
                                           config.problems().join(QLatin1Char(' ')));
                    if (!problem.isEmpty()) {
                        // Said already: do not write (and audit) the same reason every run.
                        if (work->before.lastErrorCode == QLatin1String("NOT_CONFIGURED") &&
                            work->before.lastError == problem) {
                            const QString id = work->refundId;
                            m_db(
                                this,
                                [id](QSqlDatabase& db) {
                                    RefundRepository::unlock(db, id);
                                    return QVariant();
                                },
                                [this, work, problem](const JobResult&) {
                                    finish(work, {work->refundId, work->before.state, problem, true,
                                                  false});
                                });
                            return;
                        }
                        record(work, QStringLiteral("not_sent"), {},
                               QStringLiteral("NOT_CONFIGURED"), problem);
                        return;
                    }
                    work->config = config;
                    send(work);
                });
        });
}

void RefundService::send(const std::shared_ptr<Work>& work)
{
    const QString id = work->refundId;
    // `submitted` (and the attempt) is committed before anything leaves this machine.
    m_db(
        this,
        [id](QSqlDatabase& db) {
            return QVariant::fromValue(RefundRepository::beginAttempt(db, id));
        },
        [this, work](const JobResult& r) {
            if (!r.ok()) {
                // Nothing was sent; the lock goes with a last job.
                const QString id = work->refundId;
                m_db(
                    this,
                    [id](QSqlDatabase& db) {
                        RefundRepository::unlock(db, id);
                        return QVariant();
                    },
                    [this, work, r](const JobResult&) {
                        finish(work, {work->refundId, work->before.state, r.error, false, true});
                    });
                return;
            }
            work->current = r.value.value<RefundRecord>();
            const RefundRecord& rec = work->current;
            RefundOrder order;
            order.refundId = rec.id;
            order.key = rec.idempotencyKey;
            order.amount = domain::Money::fromDecimalString(rec.amount, rec.currency)
                               .value_or(domain::Money());
            order.total = domain::Money::fromDecimalString(rec.transactionAmount, rec.currency)
                              .value_or(domain::Money());
            order.outTradeNo = rec.outTradeNo;
            order.gatewayTradeNo = rec.gatewayTradeNo;
            order.gatewayRefundId = rec.gatewayRefundId;
            order.reason = rec.reason;
            order.createdAt = rec.createdAt;
            if (!order.amount.isValid() || !order.total.isValid() || order.key.isEmpty()) {
                record(work, QStringLiteral("unknown"), {}, QStringLiteral("INTERNAL"),
                       tr("The refund's amount or key cannot be read, so nothing was sent."));
                return;
            }
            work->client = GatewayClient::create(work->config, m_network, m_clock);
            GatewayClient* client = work->client.get();
            auto answered = [this, work](const GatewayAnswer& a) {
                if (a.outcome == GatewayAnswer::Outcome::NotFound) {
                    record(work, QStringLiteral("unknown"), {}, QStringLiteral("NOT_FOUND"),
                           tr("The gateway has no refund under this key after a resend."));
                    return;
                }
                record(work, GatewayAnswer::outcomeName(a.outcome), a.gatewayRefundId, a.code,
                       a.message);
            };
            if (work->before.state == QLatin1String("approved")) {
                client->createRefund(order, answered);
                return;
            }
            // Ask first; only a verified "no such refund" leads to a resend, with the same key.
            // (Where the gateway documents a same-key resend as the query, PayPal, its client's
            // query is that resend, within the time the gateway remembers the key.)
            client->queryRefund(order, [client, order, answered](const GatewayAnswer& a) {
                if (a.outcome == GatewayAnswer::Outcome::NotFound)
                    client->createRefund(order, answered);
                else
                    answered(a);
            });
        });
}

void RefundService::record(const std::shared_ptr<Work>& work, const QString& outcome,
                           const QString& gatewayRefundId, const QString& code,
                           const QString& message)
{
    const QString id = work->refundId;
    m_db(
        this,
        [id, outcome, gatewayRefundId, code, message](QSqlDatabase& db) {
            QVariant value;
            try {
                value = QVariant::fromValue(RefundRepository::recordOutcome(
                    db, id, outcome, gatewayRefundId, code, message));
            } catch (...) {
                RefundRepository::unlock(db, id);
                throw;
            }
            RefundRepository::unlock(db, id);
            return value;
        },
        [this, work, outcome, message](const JobResult& r) {
            if (!r.ok()) {
                // The answer is not recorded: the refund stays submitted/unknown and is settled
                // again with the same key.
                finish(work, {work->refundId, work->before.state,
                              tr("The gateway's answer could not be saved (%1). The refund will "
                                 "be settled again with the same key.")
                                  .arg(r.error),
                              false, true});
                return;
            }
            const RefundRecord after = r.value.value<RefundRecord>();
            QString text = message;
            if (after.state == QLatin1String("succeeded"))
                text = tr("The refund succeeded.");
            else if (text.isEmpty())
                text =
                    tr("The refund's state is now: %1.").arg(RefundRecord::stateLabel(after.state));
            finish(work, {work->refundId, after.state, text, outcome == QLatin1String("not_sent"),
                          false});
        });
}

void RefundService::finish(const std::shared_ptr<Work>& work, const Result& result)
{
    m_inFlight.remove(work->refundId);
    if (work->client) {
        // Replies still queued may refer to it; delete it on a later turn.
        std::shared_ptr<GatewayClient> client = work->client;
        QTimer::singleShot(0, this, [client] {});
        work->client.reset();
    }
    if (!result.state.isEmpty())
        Q_EMIT refundUpdated(result.refundId, result.state, result.message);
    if (work->done)
        work->done(result);
}

void RefundService::reconcile(bool all, std::function<void(const QList<Result>&)> done)
{
    if (m_reconciling) {
        done({});
        return;
    }
    m_reconciling = true;
    m_db(
        this, [all](QSqlDatabase& db) { return QVariant(RefundRepository::due(db, all)); },
        [this, done](const JobResult& r) {
            if (!r.ok()) {
                m_reconciling = false;
                done({Result{{}, {}, r.error, false, true}});
                return;
            }
            auto ids = std::make_shared<QStringList>(r.value.toStringList());
            auto results = std::make_shared<QList<Result>>();
            Q_EMIT progress(0, int(ids->size()));
            reconcileNext(ids, results, int(ids->size()), done);
        });
}

void RefundService::reconcileNext(const std::shared_ptr<QStringList>& ids,
                                  const std::shared_ptr<QList<Result>>& results, int total,
                                  std::function<void(const QList<Result>&)> done)
{
    if (ids->isEmpty()) {
        m_reconciling = false;
        done(*results);
        return;
    }
    const QString id = ids->takeFirst();
    process(id, [this, ids, results, total, done](const Result& r) {
        results->append(r);
        Q_EMIT progress(int(results->size()), total);
        reconcileNext(ids, results, total, done);
    });
}

} // namespace pd::payments
