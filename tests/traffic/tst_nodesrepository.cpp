// Nodes as the repository reads and edits them: the online rule at its exact boundary with a
// settable clock, edits checked against row_version (that heartbeats do not move), bad values
// refused with nothing written, and the database refusing support.

#include "storage/DbWorker.h"
#include "storage/NodesRepository.h"
#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using pd::domain::FixedClock;
using pd::storage::JobError;
using pd::storage::NodeEdit;
using pd::storage::NodesRepository;
using Outcome = pd::storage::NodesRepository::Outcome;

class tst_NodesRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestDatabase> m_tdb;
    QSqlDatabase m_db;
    const QDateTime m_beat = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void initTestCase()
    {
        m_tdb = std::make_unique<pd::test::TestDatabase>(QStringLiteral("nodesrepo"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        QCOMPARE(m_tdb->exec(QStringLiteral("INSERT INTO nodes (id, name, address, "
                                            "last_heartbeat_at) VALUES (1, 'hk', "
                                            "'hk.example.com', '2026-03-01 12:00:00+00')")),
                 QString());
        m_db = m_tdb->open(QStringLiteral("nodesrepo"));
        QVERIFY(m_db.isOpen());
    }

    void onlineUntilTheThresholdExactly()
    {
        FixedClock clock(m_beat.addMSecs(299999));
        QVERIFY(NodesRepository::get(m_db, 1, clock).online);
        clock.set(m_beat.addSecs(300));
        QVERIFY(!NodesRepository::get(m_db, 1, clock).online);
        // The threshold is the site's setting.
        QCOMPARE(m_tdb->exec(QStringLiteral("UPDATE app_settings SET value = '60' WHERE key = "
                                            "'node_online_threshold_seconds'")),
                 QString());
        clock.set(m_beat.addSecs(59));
        QVERIFY(NodesRepository::get(m_db, 1, clock).online);
        clock.set(m_beat.addSecs(60));
        QVERIFY(!NodesRepository::get(m_db, 1, clock).online);
        QCOMPARE(m_tdb->exec(QStringLiteral("UPDATE app_settings SET value = '300' WHERE key = "
                                            "'node_online_threshold_seconds'")),
                 QString());
    }

    void heartbeatsDoNotMakeEditsConflict()
    {
        const auto node = NodesRepository::get(m_db, 1);
        QCOMPARE(m_tdb->exec(QStringLiteral("SELECT node_heartbeat(1, 3, '0.1')")), QString());
        NodeEdit edit;
        edit.trafficRate = QStringLiteral("2.5");
        const auto saved = NodesRepository::update(m_db, 1, node.rowVersion, edit);
        QCOMPARE(saved.outcome, Outcome::Saved);
        QCOMPARE(saved.current.trafficRate, QStringLiteral("2.50"));

        // A person's change meanwhile does make the next edit conflict, and nothing is written.
        QCOMPARE(m_tdb->exec(QStringLiteral("UPDATE nodes SET node_group = 4 WHERE id = 1")),
                 QString());
        NodeEdit stale;
        stale.enabled = false;
        const auto conflict = NodesRepository::update(m_db, 1, saved.current.rowVersion, stale);
        QCOMPARE(conflict.outcome, Outcome::Conflict);
        QCOMPARE(conflict.current.nodeGroup, 4);
        QVERIFY(NodesRepository::get(m_db, 1).enabled);
    }

    void badValuesAreRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("zero rate") << QStringLiteral("0") << qint64(0);
        QTest::newRow("rate over 100") << QStringLiteral("100.01") << qint64(0);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("1e1") << qint64(0);
        QTest::newRow("negative limit") << QStringLiteral("1") << qint64(-1);
    }

    void badValuesAreRefusedWithNothingWritten()
    {
        QFETCH(QString, rate);
        QFETCH(qint64, limit);
        const auto before = NodesRepository::get(m_db, 1);
        NodeEdit edit;
        edit.trafficRate = rate;
        edit.bandwidthLimit = limit;
        const auto result = NodesRepository::update(m_db, 1, before.rowVersion, edit);
        QCOMPARE(result.outcome, Outcome::Invalid);
        QVERIFY(!result.message.isEmpty());
        const auto after = NodesRepository::get(m_db, 1);
        QCOMPARE(after.trafficRate, before.trafficRate);
        QCOMPARE(after.rowVersion, before.rowVersion);
    }

    void supportIsRefusedByTheDatabase()
    {
        const QString login = m_tdb->createLogin(QStringLiteral("noderepo_support"),
                                                 QStringLiteral("paneldesk_support"));
        QVERIFY(!login.isEmpty());
        {
            QSqlDatabase support = m_tdb->open(QStringLiteral("support"), login);
            const auto node = NodesRepository::get(support, 1);
            NodeEdit edit;
            edit.resetBandwidth = true;
            bool refused = false;
            try {
                NodesRepository::update(support, 1, node.rowVersion, edit);
            } catch (const JobError&) {
                refused = true;
            }
            QVERIFY(refused);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("support"));
    }
};

QTEST_GUILESS_MAIN(tst_NodesRepository)

#include "tst_nodesrepository.moc"
