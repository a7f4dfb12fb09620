// The Nodes page as an administrator and a support agent use it, offscreen against a real
// database: a heartbeat written elsewhere shows up by itself within a second, the chart shows
// what the hourly rollups hold, an administrator disables a node and resets its bandwidth
// (audited), and a support agent can do neither.

#include "domain/ByteSize.h"
#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/MessageBox.h"
#include "ui/charts/TrafficChart.h"
#include "ui/nodes/NodeEditDialog.h"
#include "ui/nodes/NodesDashboard.h"
#include "ui/tables/TableDashboard.h"
#include "ui/traffic/TopUsersView.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using pd::storage::DbWorker;
using pd::storage::StaffAdmin;
using pd::ui::MessageBox;
using pd::ui::NodesDashboard;

class tst_NodesDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestDatabase> m_db;
    std::unique_ptr<DbWorker> m_admin;
    QString m_supportLogin;

    QVariant scalar(const QString& sql)
    {
        QSqlDatabase db = m_db->open(QStringLiteral("check"));
        QVariant value;
        {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return value;
    }

    static int rowOf(NodesDashboard& d, const QString& name)
    {
        auto* model = d.table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == name)
                return r;
        }
        return -1;
    }

    static QString cell(NodesDashboard& d, const QString& name, const char* key)
    {
        auto* model = d.table()->model();
        const auto& columns = model->query().columns;
        const int row = rowOf(d, name);
        for (int c = 0; c < columns.size(); ++c) {
            if (columns.at(c).key == QLatin1String(key) && row >= 0)
                return model->index(row, c).data().toString();
        }
        return {};
    }

    static void select(NodesDashboard& d, const QString& name)
    {
        const int row = rowOf(d, name);
        QVERIFY(row >= 0);
        d.table()->view()->setCurrentIndex(d.table()->model()->index(row, 0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setUnattended(true);
        m_db = std::make_unique<pd::test::TestDatabase>(QStringLiteral("nodesui"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QCOMPARE(m_db->exec(QStringLiteral(
                     "INSERT INTO users (id, email, username, password_hash) VALUES "
                     "('00000000-0000-4000-8000-000000000001', 'a@example.com', 'a', 'x'); "
                     "INSERT INTO nodes (id, name, address, node_group, traffic_rate) VALUES "
                     "(1, 'osaka', 'jp.example.com', 2, 1), (2, 'lisbon', 'pt.example.com', 1, 2); "
                     "SELECT ingest_traffic(1, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000001\", \"u\": 3000, \"d\": 7000}]', "
                     "now() - interval '2 hours'); "
                     "SELECT ingest_traffic(1, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000001\", \"u\": 1000, \"d\": 1000}]'); "
                     "SELECT ingest_traffic(2, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000001\", \"u\": 500, \"d\": 500}]')")),
                 QString());
        // A lighter second user for the top users list.
        QCOMPARE(m_db->exec(QStringLiteral(
                     "INSERT INTO users (id, email, username, password_hash) VALUES "
                     "('00000000-0000-4000-8000-000000000002', 'b@example.com', 'b', 'x'); "
                     "SELECT ingest_traffic(2, '[{\"user_id\": "
                     "\"00000000-0000-4000-8000-000000000002\", \"u\": 100, \"d\": 200}]', "
                     "now() - interval '30 hours')")),
                 QString());
        m_admin = std::make_unique<DbWorker>(m_db->profile(), QString());
        m_supportLogin =
            m_db->createLogin(QStringLiteral("nodesupport"), QStringLiteral("paneldesk_support"));
        QVERIFY2(!m_supportLogin.isEmpty(), qPrintable(m_db->error()));
    }

    void heartbeatElsewhereShowsUpWithinASecond()
    {
        NodesDashboard d(m_admin.get(), StaffAdmin::Role::Admin);
        d.resize(1200, 700);
        d.show();
        QTRY_VERIFY(rowOf(d, QStringLiteral("lisbon")) >= 0 &&
                    cell(d, QStringLiteral("lisbon"), "online_users") == QLatin1String("0"));
        QTRY_VERIFY(d.isLive());
        QCOMPARE(d.liveText(), QStringLiteral("Live: changes appear as nodes report."));

        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_db->exec(QStringLiteral("SELECT node_heartbeat(2, 41, '0.30')")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(cell(d, QStringLiteral("lisbon"), "online_users"),
                                  QStringLiteral("41"), 1000);
        QVERIFY(d.liveRefreshes() >= 1);
        QTRY_COMPARE(cell(d, QStringLiteral("lisbon"), "online"), QStringLiteral("Yes"));
    }

    void chartShowsTheRollups()
    {
        NodesDashboard d(m_admin.get(), StaffAdmin::Role::Admin);
        d.show();
        QTRY_VERIFY(rowOf(d, QStringLiteral("osaka")) >= 0);
        QSignalSpy chart(&d, &NodesDashboard::chartLoaded);
        select(d, QStringLiteral("osaka"));
        QTRY_COMPARE_WITH_TIMEOUT(d.selectedNode().id, 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!chart.isEmpty(), 15000);
        const auto buckets = d.chart()->buckets();
        QCOMPARE(buckets.size(), 24);
        qint64 up = 0, down = 0;
        for (const auto& b : buckets) {
            up += b.upload;
            down += b.download;
        }
        QCOMPARE(up, 4000);
        QCOMPARE(down, 8000);
        QCOMPARE(d.selectedNode().traffic1h, 2000);   // this hour only
        QCOMPARE(d.selectedNode().traffic24h, 12000); // both reports
        // Hovering the current hour's bar gives its exact bytes.
        const QString hover = d.chart()->barText(int(buckets.size()) - 1);
        QVERIFY2(hover.contains(QLatin1String("Upload 1000 B, download 1000 B, total 1.95 KiB")),
                 qPrintable(hover));
        // A week shows days.
        chart.clear();
        d.rangeBox()->setCurrentIndex(d.rangeBox()->findData(24 * 7));
        QTRY_VERIFY_WITH_TIMEOUT(!chart.isEmpty(), 15000);
        QCOMPARE(d.chart()->buckets().size(), 7);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("traffic.png"));
        QVERIFY(d.chart()->exportPng(png));
        QVERIFY(QImage(png).width() > 100);
    }

    void adminDisablesAndResetsBandwidthAudited()
    {
        NodesDashboard d(m_admin.get(), StaffAdmin::Role::Admin);
        d.show();
        QTRY_VERIFY(rowOf(d, QStringLiteral("osaka")) >= 0);
        select(d, QStringLiteral("osaka"));
        QTRY_COMPARE_WITH_TIMEOUT(d.selectedNode().id, 1, 15000);
        QVERIFY(d.enableButton()->isEnabled());
        QCOMPARE(d.enableButton()->text(), QStringLiteral("&Disable"));

        MessageBox::queueAnswer(QMessageBox::Yes);
        d.enableButton()->click();
        QTRY_COMPARE(scalar(QStringLiteral("SELECT enabled FROM nodes WHERE id = 1")).toBool(),
                     false);
        QTRY_COMPARE(d.enableButton()->text(), QStringLiteral("&Enable"));
        QTRY_COMPARE(cell(d, QStringLiteral("osaka"), "enabled"), QStringLiteral("No"));

        // Saying no to the reset changes nothing.
        MessageBox::queueAnswer(QMessageBox::No);
        d.resetButton()->click();
        QTest::qWait(200);
        QCOMPARE(
            scalar(QStringLiteral("SELECT bandwidth_used FROM nodes WHERE id = 1")).toLongLong(),
            12000);
        MessageBox::queueAnswer(QMessageBox::Yes);
        d.resetButton()->click();
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT bandwidth_used FROM nodes WHERE id = 1")).toLongLong(),
            0);
        // Both changes are in the audit log; the reports' bandwidth growth is not.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'nodes' "
                                       "AND action = 'UPDATE' AND row_id = '1'"))
                     .toInt(),
                 2);
    }

    void topUsersByPeriodOpenTheUser()
    {
        NodesDashboard d(m_admin.get(), StaffAdmin::Role::Admin);
        auto* top = d.topUsers();
        QSignalSpy loaded(top, &pd::ui::TopUsersView::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        // In the last 24 hours only a moved traffic; over 72 hours b shows too, below a.
        QCOMPARE(top->users().size(), 1);
        QCOMPARE(top->users().first().email, QStringLiteral("a@example.com"));
        QCOMPARE(top->table()->item(0, 1)->text(), pd::domain::bytes::format(13000));
        loaded.clear();
        top->rangeBox()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 15000);
        QCOMPARE(top->users().size(), 2);
        QCOMPARE(top->users().at(1).email, QStringLiteral("b@example.com"));
        QSignalSpy requested(&d, &NodesDashboard::userRequested);
        Q_EMIT top->table()->itemActivated(top->table()->item(1, 0));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(),
                 QStringLiteral("00000000-0000-4000-8000-000000000002"));
    }

    void adminSetsTheOnlineThreshold()
    {
        QCOMPARE(m_db->exec(QStringLiteral(
                     "UPDATE nodes SET last_heartbeat_at = now() - interval '100 seconds' "
                     "WHERE id = 2")),
                 QString());
        NodesDashboard d(m_admin.get(), StaffAdmin::Role::Admin);
        d.show();
        QTRY_COMPARE(cell(d, QStringLiteral("lisbon"), "online"), QStringLiteral("Yes"));
        // Other migrations may seed settings of their own: count only what this change adds.
        const int auditedBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "table_name = 'app_settings'"))
                                      .toInt();
        QSignalSpy changed(&d, &NodesDashboard::thresholdChanged);
        d.setOnlineThreshold(60);
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT value::text FROM app_settings WHERE key = "
                                       "'node_online_threshold_seconds'"))
                     .toString(),
                 QStringLiteral("60"));
        QTRY_COMPARE(cell(d, QStringLiteral("lisbon"), "online"), QStringLiteral("No"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                       "'app_settings'"))
                     .toInt(),
                 auditedBefore + 1);
        d.setOnlineThreshold(300);
        QTRY_COMPARE(changed.size(), 2);
    }

    void editDialogRefusesBadValues()
    {
        pd::storage::NodeRecord node;
        node.id = 1;
        node.name = QStringLiteral("osaka");
        node.trafficRate = QStringLiteral("1.00");
        pd::ui::NodeEditDialog dialog(node);
        for (const char* bad : {"0", "-1", "100.01", "1.555", "1e3", "abc"}) {
            dialog.rateEdit()->setText(QLatin1String(bad));
            QVERIFY2(!dialog.errorText().isEmpty(), bad);
        }
        dialog.rateEdit()->setText(QStringLiteral("2.5"));
        dialog.limitEdit()->setText(QStringLiteral("lots"));
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.limitEdit()->setText(QStringLiteral("10 TiB"));
        QVERIFY(dialog.errorText().isEmpty());
        const auto edit = dialog.edit();
        QCOMPARE(*edit.trafficRate, QStringLiteral("2.5"));
        QCOMPARE(*edit.bandwidthLimit, qint64(10) << 40);
        QVERIFY(!edit.nodeGroup);
    }

    void supportCanLookButNotChange()
    {
        DbWorker support(m_db->profile(m_supportLogin), QString());
        NodesDashboard d(&support, StaffAdmin::Role::Support);
        d.show();
        QTRY_VERIFY(rowOf(d, QStringLiteral("lisbon")) >= 0);
        select(d, QStringLiteral("lisbon"));
        QTRY_COMPARE_WITH_TIMEOUT(d.selectedNode().id, 2, 15000);
        QVERIFY(!d.enableButton()->isEnabled());
        QVERIFY(!d.editButton()->isEnabled());
        QVERIFY(!d.resetButton()->isEnabled());
        // And the database refuses whatever client support uses.
        QSqlDatabase db = m_db->open(QStringLiteral("support-direct"), m_supportLogin);
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE nodes SET enabled = false WHERE id = 2")));
            QVERIFY(!q.exec(QStringLiteral("SELECT node_heartbeat(2, 1, '')")));
        }
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("support-direct"));
    }

    void cleanupTestCase() { m_admin.reset(); }
};

QTEST_MAIN(tst_NodesDashboard)

#include "tst_nodesdashboard.moc"
