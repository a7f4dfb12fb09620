// The usage logs page over a million rows: filters give exactly the rows SQL gives, keyset
// paging reaches the last row, the CSV export holds exactly the filtered rows, and a cancelled
// export leaves no file.

#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/MessageBox.h"
#include "ui/tables/TableDashboard.h"
#include "ui/usage/UsageLogsDashboard.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using pd::storage::DbWorker;
using pd::ui::UsageLogsDashboard;

class tst_UsageLogs : public QObject
{
    Q_OBJECT

    std::unique_ptr<pd::test::TestDatabase> m_db;
    std::unique_ptr<DbWorker> m_worker;
    QSqlDatabase m_check;

    // The filtered rows as the export writes them, straight from SQL.
    QStringList expectedLines(const QString& where, const QVariantList& params)
    {
        QSqlQuery q(m_check);
        q.prepare(QStringLiteral("SELECT l.created_at::text, u.email, l.resource_type, "
                                 "coalesce(l.resource_id, ''), l.quota_cost::text FROM usage_logs "
                                 "l JOIN users u ON u.id = l.user_id WHERE ") +
                  where + QStringLiteral(" ORDER BY l.created_at DESC, l.id DESC"));
        for (const QVariant& p : params)
            q.addBindValue(p);
        QStringList lines;
        if (!q.exec())
            return {QStringLiteral("query failed")};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 5; ++i)
                fields << q.value(i).toString();
            lines << fields.join(QLatin1Char(','));
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        pd::ui::MessageBox::setUnattended(true);
        m_db = std::make_unique<pd::test::TestDatabase>(QStringLiteral("usage"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QCOMPARE(m_db->insertUsers(1000), QString());
        // A million rows over the last 40 days, made by the server.
        QCOMPARE(m_db->exec(QStringLiteral(
                     "INSERT INTO usage_logs (user_id, resource_type, resource_id, quota_cost, "
                     "created_at) SELECT u.id, (ARRAY['render', 'export', 'api_call', "
                     "'storage'])[1 + i % 4], 'r' || i, i % 7, now() - (i * interval '3456 ms') "
                     "FROM generate_series(1, 1000000) AS i JOIN (SELECT id, row_number() OVER "
                     "(ORDER BY email) AS n FROM users) u ON u.n = 1 + i % 1000; ANALYZE "
                     "usage_logs")),
                 QString());
        m_worker = std::make_unique<DbWorker>(m_db->profile(), QString());
        m_check = m_db->open(QStringLiteral("usage-check"));
        QVERIFY(m_check.isOpen());
    }

    void filtersPageAndExportExactly()
    {
        UsageLogsDashboard d(m_worker.get(), pd::storage::StaffAdmin::Role::Support);
        d.resize(1000, 600);
        d.show();
        auto* model = d.table()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(d.typeBox()->count() == 5, 10000); // any + four types

        d.typeBox()->setCurrentIndex(d.typeBox()->findData(QStringLiteral("export")));
        d.periodBox()->setCurrentIndex(d.periodBox()->findData(24 * 7));
        d.minCostBox()->setValue(5);
        const QString where = QStringLiteral(
            "l.resource_type = 'export' AND l.created_at >= now() - interval '7 days' AND "
            "l.quota_cost >= 5");
        QStringList expected = expectedLines(where, {});
        QVERIFY(expected.size() > 10000);
        // The model counts exactly what SQL counts once the filter settles.
        QTRY_VERIFY_WITH_TIMEOUT(model->isCountExact() && model->rowCount() > 0 &&
                                     model->rowCount() <= expected.size() + 50,
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(expected.size()), 15000);
        // Keyset paging reaches the very last row (asking for it is what fetches it).
        const QModelIndex last = model->index(model->rowCount() - 1, 1);
        QTRY_COMPARE_WITH_TIMEOUT(last.data().toString(),
                                  expected.last().section(QLatin1Char(','), 1, 1), 15000);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.csv"));
        QSignalSpy finished(&d, &UsageLogsDashboard::exportFinished);
        d.exportCsv(path);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.first().at(2).toString(), QString());
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(expected.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        if (lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.first(),
                 QStringLiteral("created_at,email,resource_type,resource_id,quota_cost"));
        lines.removeFirst();
        QCOMPARE(lines.size(), expected.size());
        QCOMPARE(lines, expected);
    }

    void cancelledExportLeavesNoFile()
    {
        UsageLogsDashboard d(m_worker.get(), pd::storage::StaffAdmin::Role::Support);
        QTRY_VERIFY(d.table()->model()->rowCount() > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy finished(&d, &UsageLogsDashboard::exportFinished);
        d.exportCsv(path); // the whole million
        d.cancelExport();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void cleanupTestCase()
    {
        m_worker.reset();
        m_check = {};
        QSqlDatabase::removeDatabase(QStringLiteral("usage-check"));
    }
};

QTEST_MAIN(tst_UsageLogs)

#include "tst_usagelogs.moc"
