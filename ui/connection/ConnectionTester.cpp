#include "ui/connection/ConnectionTester.h"

#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "storage/Migrator.h"

#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <memory>

namespace pd::ui {

ConnectionTester::ConnectionTester(QObject* parent) : QObject(parent) {}

void ConnectionTester::test(const storage::ConnectionProfile& profile, const QString& password)
{
    const quint64 generation = ++m_generation;
    ++m_running;
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create(
        [profile, password, outcome]() { *outcome = ConnectionTester::run(profile, password); });
    // finished is emitted on the test thread and queued to this object's thread; if this object
    // is gone by then, Qt drops the connection and the answer with it.
    connect(thread, &QThread::finished, this, [this, outcome, generation]() {
        --m_running;
        if (generation == m_generation)
            Q_EMIT finished(*outcome);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

ConnectionTester::Outcome ConnectionTester::run(const storage::ConnectionProfile& profile,
                                                const QString& password)
{
    Outcome outcome;
    outcome.user = profile.user;
    outcome.schemaLatest = storage::Migrator::latestVersion();
    const QString connectionName =
        QStringLiteral("paneldesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        storage::Database::Result opened =
            storage::Database::open(profile, password, connectionName);
        if (!opened.ok()) {
            outcome.error = opened.error;
        } else {
            outcome.ok = true;
            {
                QSqlQuery query(opened.db);
                if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
                    outcome.serverVersion = query.value(0).toString();
            }
            try {
                outcome.role = storage::StaffAdmin::currentRole(opened.db);
            } catch (const storage::JobError&) {
                outcome.role = storage::StaffAdmin::Role::None;
            }
            try {
                const storage::Migrator::Status status = storage::Migrator::status(opened.db);
                outcome.schemaCurrent = status.current;
                outcome.schemaLatest = status.latest;
            } catch (const storage::JobError& error) {
                outcome.schemaError = error.message;
            }
        }
    }
    storage::Database::close(connectionName);
    return outcome;
}

QString ConnectionTester::describe(const Outcome& outcome)
{
    if (!outcome.ok)
        return outcome.error;
    QStringList sentences;
    sentences << tr("Connected to PostgreSQL %1 as %2.").arg(outcome.serverVersion, outcome.user);
    if (outcome.role == storage::StaffAdmin::Role::None)
        sentences << tr("This user has no PanelDesk staff role (admin, finance or support), so "
                        "the database will refuse most work.");
    else
        sentences << tr("Staff role: %1.").arg(storage::StaffAdmin::displayName(outcome.role));
    if (!outcome.schemaError.isEmpty())
        sentences << tr("The schema version could not be read: %1").arg(outcome.schemaError);
    else if (outcome.schemaCurrent == 0)
        sentences << tr("The database has no PanelDesk schema yet; it can be set up after "
                        "connecting by someone allowed to migrate it.");
    else if (outcome.schemaCurrent < outcome.schemaLatest)
        sentences << tr("The schema is at version %1 and needs an update to version %2.")
                         .arg(outcome.schemaCurrent)
                         .arg(outcome.schemaLatest);
    else if (outcome.schemaCurrent > outcome.schemaLatest)
        sentences << tr("The schema (version %1) is newer than this PanelDesk understands "
                        "(version %2); install a newer PanelDesk.")
                         .arg(outcome.schemaCurrent)
                         .arg(outcome.schemaLatest);
    else
        sentences << tr("The schema is up to date (version %1).").arg(outcome.schemaCurrent);
    return sentences.join(QLatin1Char(' '));
}

} // namespace pd::ui
