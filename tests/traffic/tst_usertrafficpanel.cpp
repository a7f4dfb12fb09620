// "My traffic ran out": the user's detail shows what the user sees on their own dashboard and
// their traffic per node per day, from the rollups, offscreen against a real database.

#include "domain/ByteSize.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/charts/TrafficChart.h"
#include "ui/traffic/UserTrafficPanel.h"
#include "ui/users/UserDetailPanel.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using pd::storage::DbWorker;
using pd::ui::UserDetailPanel;
using pd::ui::UserTrafficPanel;

class tst_UserTrafficPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestDatabase> m_db;
    std::unique_ptr<DbWorker> m_worker;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<pd::test::TestDatabase>(QStringLiteral("usertraffic"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        // 10 GiB allowed; node 2 charges double.
        QCOMPARE(m_db->exec(QStringLiteral(
                     "INSERT INTO users (id, email, username, password_hash, transfer_enable) "
                     "VALUES ('00000000-0000-4000-8000-000000000001', 'ann@example.com', 'ann', "
                     "'x', 10737418240); "
                     "INSERT INTO subscription_plans (id, name, price, currency, billing_cycle, "
                     "quota_limit, traffic_bytes) VALUES ('10000000-0000-4000-8000-000000000001', "
                     "'Pro', 99.00, 'CNY', 'monthly', 100, 10737418240); "
                     "INSERT INTO user_subscriptions (user_id, plan_id, status, "
                     "current_period_start, current_period_end, quota_used, quota_limit) VALUES "
                     "('00000000-0000-4000-8000-000000000001', "
                     "'10000000-0000-4000-8000-000000000001', 'active', now() - interval '3 days', "
                     "'2099-01-01 00:00:00+00', 37, 100); "
                     "INSERT INTO nodes (id, name, address, traffic_rate) VALUES "
                     "(1, 'tokyo', 'a', 1), (2, 'paris', 'b', 2); "
                     "SELECT ingest_traffic(1, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000001\", \"u\": 1073741824, \"d\": "
                     "1073741824}]', now() - interval '3 days'); "
                     "SELECT ingest_traffic(2, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000001\", \"u\": 536870912, \"d\": "
                     "536870912}]', now() - interval '1 hour'); "
                     "SELECT ingest_traffic(1, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000001\", \"u\": 1024, \"d\": 0}]')")),
                 QString());
        m_worker = std::make_unique<DbWorker>(m_db->profile(), QString());
    }

    void showsTheUsersOwnViewAndTrafficPerNode()
    {
        UserDetailPanel panel(m_worker.get());
        panel.resize(500, 1400);
        panel.setVisible(true);
        UserTrafficPanel* traffic = panel.trafficPanel();
        QVERIFY(traffic);
        QSignalSpy charts(traffic, &UserTrafficPanel::chartsLoaded);
        panel.load(QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001")));
        QTRY_VERIFY_WITH_TIMEOUT(!charts.isEmpty(), 15000);

        // 2 GiB on tokyo + 1 GiB × 2 on paris + 1 KiB = 4 GiB + 1 KiB used of 10 GiB.
        const QString summary = traffic->summaryText();
        QVERIFY2(summary.contains(QLatin1String("Pro, until")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("63 of 100 processings left")),
                 qPrintable(summary));
        const QString left = pd::domain::bytes::format(10 * pd::domain::bytes::GiB -
                                                       4 * pd::domain::bytes::GiB - 1024);
        QVERIFY2(summary.contains(left + QStringLiteral(" of 10.00 GiB left")),
                 qPrintable(summary));

        // Per node per day: tokyo 3 days ago, paris and tokyo today (charged bytes).
        qint64 tokyo = 0, paris = 0;
        for (const auto& d : traffic->perNodeDays()) {
            if (d.node == QLatin1String("tokyo"))
                tokyo += d.bytes;
            else if (d.node == QLatin1String("paris"))
                paris += d.bytes;
        }
        QCOMPARE(tokyo, qint64(2147483648) + 1024);
        QCOMPARE(paris, qint64(2147483648));

        // The last 24 hours hold the paris report and the 1 KiB one.
        qint64 today = 0;
        for (const auto& b : traffic->todayChart()->buckets())
            today += b.upload + b.download;
        QCOMPARE(traffic->todayChart()->buckets().size(), 24);
        QCOMPARE(today, qint64(2147483648) + 1024);

        panel.clear();
        QVERIFY(traffic->perNodeDays().isEmpty());
    }

    void cleanupTestCase() { m_worker.reset(); }
};

QTEST_MAIN(tst_UserTrafficPanel)

#include "tst_usertrafficpanel.moc"
