// AuditLogView against a real database: a change made from another connection appears at the
// top after a refresh, its detail shows the changed field's before and after (highlighted),
// filters narrow the list; a finance login only sees payment rows.

#include "UiTestData.h"
#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/audit/AuditLogView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <memory>

using pd::item::LazyTableModel;
using pd::ui::AuditLogView;

namespace {

const QString Alice = QStringLiteral("00000000-0000-4000-8000-000000000001");

QString cell(const AuditLogView& v, int row, int column)
{
    return v.model()->index(row, column).data(LazyTableModel::RawValueRole).toString();
}

bool firstRowLoaded(const AuditLogView& v)
{
    return v.model()->rowCount() > 0 &&
           v.model()->index(0, 0).data(LazyTableModel::LoadedRole).toBool();
}

bool allLoaded(const AuditLogView& v)
{
    for (int r = 0; r < v.model()->rowCount(); ++r) {
        if (!v.model()->index(r, 0).data(LazyTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

// The detail table's row for a field, or -1.
int detailRow(const AuditLogView& v, const QString& field)
{
    for (int r = 0; r < v.detailTable()->rowCount(); ++r) {
        if (v.detailTable()->item(r, 0)->text() == field)
            return r;
    }
    return -1;
}

bool highlighted(const AuditLogView& v, int row)
{
    return v.detailTable()->item(row, 2)->background().style() != Qt::NoBrush;
}

} // namespace

class TestAuditLogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void changeFromAnotherConnectionShowsWithItsDiff();
    void filtersByTableAndRow();
    void financeSeesOnlyPaymentRows();

private:
    std::unique_ptr<pd::test::TestDatabase> m_db;
    std::unique_ptr<pd::storage::DbWorker> m_worker;
    QString m_financeLogin;
};

void TestAuditLogView::initTestCase()
{
    m_db = std::make_unique<pd::test::TestDatabase>(QStringLiteral("auditview"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QCOMPARE(m_db->exec(QString::fromUtf8(pd::test::uiSeedSql())), QString());
    m_worker = std::make_unique<pd::storage::DbWorker>(m_db->profile(), QString());
    m_financeLogin =
        m_db->createLogin(QStringLiteral("finance"), QStringLiteral("paneldesk_finance"));
    QVERIFY2(!m_financeLogin.isEmpty(), qPrintable(m_db->error()));
}

void TestAuditLogView::cleanupTestCase()
{
    m_worker.reset();
}

void TestAuditLogView::changeFromAnotherConnectionShowsWithItsDiff()
{
    AuditLogView view(m_worker.get());
    view.resize(1100, 800);
    view.show();
    QTRY_VERIFY(firstRowLoaded(view));
    const int before = view.model()->rowCount();
    QVERIFY(before >= 10); // the seed's inserts were audited
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));

    {
        // Someone else, on their own connection, renames alice.
        QSqlDatabase other = m_db->open(QStringLiteral("other-session"));
        QVERIFY2(other.isOpen(), qPrintable(m_db->error()));
        QSqlQuery q(other);
        QVERIFY(q.prepare(QStringLiteral("UPDATE users SET username = ? WHERE id = ?")));
        q.addBindValue(QStringLiteral("alice_w"));
        q.addBindValue(Alice);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-session"));

    view.refresh();
    QTRY_COMPARE(view.model()->rowCount(), before + 1);
    QTRY_VERIFY(firstRowLoaded(view));
    // Newest first: the update is at the top.
    QCOMPARE(cell(view, 0, 2), QStringLiteral("users"));
    QCOMPARE(cell(view, 0, 3), QStringLiteral("UPDATE"));
    QCOMPARE(cell(view, 0, 4), Alice);
    QCOMPARE(cell(view, 0, 1), QStringLiteral("postgres"));

    view.view()->setCurrentIndex(view.model()->index(0, 0));
    QTRY_VERIFY(detailRow(view, QStringLiteral("username")) >= 0);
    const int username = detailRow(view, QStringLiteral("username"));
    QCOMPARE(view.detailTable()->item(username, 1)->text(), QStringLiteral("alice"));
    QCOMPARE(view.detailTable()->item(username, 2)->text(), QStringLiteral("alice_w"));
    QVERIFY(highlighted(view, username));
    // Unchanged fields are listed but not highlighted; money stays exact text.
    const int balance = detailRow(view, QStringLiteral("balance"));
    QVERIFY(balance >= 0);
    QCOMPARE(view.detailTable()->item(balance, 1)->text(), QStringLiteral("12.50"));
    QVERIFY(!highlighted(view, balance));
    const int email = detailRow(view, QStringLiteral("email"));
    QVERIFY(email >= 0 && !highlighted(view, email));
    QVERIFY(detailRow(view, QStringLiteral("password_hash")) < 0); // stripped by the trigger
    QVERIFY(view.detailTitle()->text().contains(Alice));

    // Only the changed fields, when asked.
    view.onlyChangedCheck()->setChecked(true);
    QVERIFY(detailRow(view, QStringLiteral("username")) >= 0);
    QCOMPARE(detailRow(view, QStringLiteral("email")), -1);
    for (int r = 0; r < view.detailTable()->rowCount(); ++r)
        QVERIFY(highlighted(view, r));
}

void TestAuditLogView::filtersByTableAndRow()
{
    AuditLogView view(m_worker.get());
    view.show();
    QTRY_VERIFY(firstRowLoaded(view));

    view.tableFilter()->setCurrentIndex(view.tableFilter()->findData(QStringLiteral("nodes")));
    QTRY_VERIFY(view.model()->query().params.size() == 1 && view.model()->isCountExact() &&
                allLoaded(view));
    QCOMPARE(view.model()->rowCount(), 2); // two nodes inserted
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QCOMPARE(cell(view, r, 2), QStringLiteral("nodes"));

    view.tableFilter()->setCurrentIndex(view.tableFilter()->findData(QStringLiteral("users")));
    QTest::keyClicks(view.searchEdit(), Alice);
    QTRY_VERIFY(view.model()->query().params.size() == 3 && view.model()->isCountExact() &&
                allLoaded(view));
    QCOMPARE(view.model()->rowCount(), 2); // inserted, then renamed
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QCOMPARE(cell(view, r, 4), Alice);

    view.searchEdit()->setText(QStringLiteral("%"));
    QTRY_VERIFY(view.model()->query().params.value(1) == QStringLiteral("\\%%") &&
                view.model()->isCountExact());
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
}

void TestAuditLogView::financeSeesOnlyPaymentRows()
{
    pd::storage::DbWorker finance(m_db->profile(m_financeLogin), QString());
    AuditLogView view(&finance);
    view.show();
    QTRY_VERIFY(firstRowLoaded(view));
    QTRY_VERIFY(allLoaded(view));
    QVERIFY2(view.errorText().isEmpty(), qPrintable(view.errorText()));
    // Three payments and one refund were inserted; row security hides users, plans, nodes….
    QCOMPARE(view.model()->rowCount(), 4);
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        const QString table = cell(view, r, 2);
        QVERIFY2(table == QLatin1String("payment_transactions") ||
                     table == QLatin1String("refunds"),
                 qPrintable(table));
    }
}

QTEST_MAIN(TestAuditLogView)
#include "tst_auditlogview.moc"
