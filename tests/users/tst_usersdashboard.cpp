#include "domain/ByteSize.h"
#include "item/LazyTableModel.h"
#include "storage/Database.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UserEditDialog.h"
#include "ui/users/UsersDashboard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pd;
using pd::test::TestDatabase;
namespace bytes = pd::domain::bytes;

// The Users page driven like a person would, offscreen, against a real database: search,
// select, ban with confirmation, edit through the dialog, and a conflicting edit.
class TestUsersDashboard : public QObject
{
    Q_OBJECT
private:
    TestDatabase* m_tdb = nullptr;
    storage::DbWorker* m_worker = nullptr;
    ui::UsersDashboard* m_dash = nullptr;
    QSqlDatabase m_db; // the test's own connection, for checking what was stored

    QString scalar(const QString& sql, const QVariantList& params = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& p : params)
            q.addBindValue(p);
        if (!q.exec())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.next() ? q.value(0).toString() : QString();
    }
    QString needleId()
    {
        return scalar(
            QStringLiteral("SELECT id::text FROM users WHERE email = 'needle.target@example.com'"));
    }
    QString cell(int row, const QString& key, int role = Qt::DisplayRole)
    {
        auto* model = m_dash->model();
        return model->data(model->index(row, m_dash->columnOf(key)), role).toString();
    }
    // Finds the modal question, checks it names the user, and answers it.
    void answerNextQuestion(QMessageBox::StandardButton answer, QString* seenText)
    {
        auto* timer = new QTimer(this);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [timer, answer, seenText] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            *seenText = box->text();
            timer->stop();
            timer->deleteLater();
            box->button(answer)->click();
        });
        timer->start();
    }
    void searchAndSelectNeedle()
    {
        m_dash->searchEdit()->clear();
        QTest::keyClicks(m_dash->searchEdit(), QStringLiteral("needle"));
        QTRY_COMPARE(m_dash->model()->rowCount(), 1);
        QTRY_COMPARE(cell(0, QStringLiteral("email")), QStringLiteral("needle.target@example.com"));
        QTableView* view = m_dash->tableView();
        const QRect rect = view->visualRect(m_dash->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(m_dash->detailPanel()->hasRecord());
        QCOMPARE(m_dash->detailPanel()->emailText(), QStringLiteral("needle.target@example.com"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_usersdashboard"));
        QSettings().clear();

        m_tdb = new TestDatabase(QStringLiteral("usersdash"));
        QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
        const QString error = m_tdb->exec(QStringLiteral(R"SQL(
INSERT INTO users (email, username, password_hash, upload_bytes, download_bytes, transfer_enable,
                   node_group, created_at)
SELECT format('person%s@example.net', i), format('person%s', i), 'h', i * 1048576, 0,
       200 * 1073741824::bigint, i % 3, timestamptz '2024-01-01' + i * interval '1 minute'
  FROM generate_series(1, 299) AS i;
INSERT INTO users (email, username, password_hash, upload_bytes, download_bytes, transfer_enable,
                   node_group)
VALUES ('needle.target@example.com', 'needle', 'h', 13207024436, 0, 214748364800, 1);
INSERT INTO subscription_plans (name, price, currency, billing_cycle) VALUES ('Pro', 30, 'CNY', 'monthly');
INSERT INTO user_subscriptions (user_id, plan_id, status, current_period_start, current_period_end)
SELECT u.id, p.id, 'active', now(), now() + interval '30 days'
  FROM users u, subscription_plans p WHERE u.username = 'needle';
)SQL"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_db = m_tdb->open(QStringLiteral("check"));
        QVERIFY(m_db.isOpen());
        m_worker = new storage::DbWorker(m_tdb->profile(), QString());
        m_dash = new ui::UsersDashboard(m_worker, storage::StaffAdmin::Role::Admin);
        m_dash->resize(1400, 800);
        m_dash->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dash));
    }

    void cleanupTestCase()
    {
        delete m_dash;
        delete m_worker;
        m_db = QSqlDatabase();
        storage::Database::close(QStringLiteral("check"));
        delete m_tdb;
    }

    void listsAndCountsEveryUser()
    {
        QTRY_COMPARE(m_dash->model()->rowCount(), 300);
        QTRY_VERIFY(m_dash->model()->isCountExact());
        QCOMPARE(m_dash->countLabel()->text(), QStringLiteral("300 users"));
        // The plan filter is filled from the database.
        QTRY_VERIFY(m_dash->planCombo()->findText(QStringLiteral("Pro")) > 0);
        QTRY_VERIFY(m_dash->nodeGroupCombo()->count() > 1);
    }

    void ctrlFFocusesSearch()
    {
        m_dash->activateWindow();
        m_dash->tableView()->setFocus();
        QTRY_VERIFY(m_dash->tableView()->hasFocus());
        QTest::keyClick(m_dash->tableView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_dash->searchEdit()->hasFocus());
    }

    void filtersNarrowTheList()
    {
        const int plan = m_dash->planCombo()->findText(QStringLiteral("Pro"));
        m_dash->planCombo()->setCurrentIndex(plan);
        QTRY_COMPARE(m_dash->model()->rowCount(), 1);
        QTRY_COMPARE(cell(0, QStringLiteral("email")), QStringLiteral("needle.target@example.com"));
        m_dash->planCombo()->setCurrentIndex(0);
        m_dash->nodeGroupCombo()->setCurrentIndex(m_dash->nodeGroupCombo()->findData(1));
        QTRY_COMPARE(
            m_dash->model()->rowCount(),
            scalar(QStringLiteral("SELECT count(*) FROM users WHERE node_group = 1")).toInt());
        m_dash->nodeGroupCombo()->setCurrentIndex(0);
        QTRY_COMPARE(m_dash->model()->rowCount(), 300);
    }

    void searchSelectAndBan()
    {
        QSignalSpy changed(m_dash, &ui::UsersDashboard::userChanged);
        searchAndSelectNeedle();
        QVERIFY(m_dash->banAction()->isEnabled());
        QVERIFY(!m_dash->activateAction()->isEnabled());
        QCOMPARE(cell(0, QStringLiteral("state"), item::LazyTableModel::RawValueRole),
                 QStringLiteral("active"));
        // The detail shows traffic against quota in words.
        QCOMPARE(m_dash->detailPanel()->trafficBar()->text(),
                 QStringLiteral("12.30 GiB of 200.00 GiB"));
        QCOMPARE(m_dash->detailPanel()->subscriptionText(), QStringLiteral("Pro"));

        QString question;
        answerNextQuestion(QMessageBox::Yes, &question);
        m_dash->banAction()->trigger();
        QVERIFY2(question.contains(QStringLiteral("needle")), qPrintable(question));

        QTRY_COMPARE(cell(0, QStringLiteral("state"), item::LazyTableModel::RawValueRole),
                     QStringLiteral("banned"));
        QTRY_COMPARE(m_dash->detailPanel()->stateText(), QStringLiteral("Banned"));
        QTRY_VERIFY(m_dash->activateAction()->isEnabled());
        QVERIFY(!m_dash->banAction()->isEnabled());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QUuid>(), QUuid::fromString(needleId()));
        // The database wrote the audit row itself.
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'users' "
                                  "AND row_id = ? AND action = 'UPDATE' "
                                  "AND (after ->> 'is_active')::boolean = false"),
                   {needleId()}),
            QStringLiteral("1"));
    }

    void declinedConfirmationChangesNothing()
    {
        const QString before = scalar(
            QStringLiteral("SELECT row_version FROM users WHERE id = ?::uuid"), {needleId()});
        QString question;
        answerNextQuestion(QMessageBox::No, &question);
        m_dash->activateAction()->trigger();
        QVERIFY(!question.isEmpty());
        QTest::qWait(200);
        QCOMPARE(scalar(QStringLiteral("SELECT row_version FROM users WHERE id = ?::uuid"),
                        {needleId()}),
                 before);
        QCOMPARE(m_dash->detailPanel()->stateText(), QStringLiteral("Banned"));
    }

    void editQuotaThroughTheDialog()
    {
        QSignalSpy changed(m_dash, &ui::UsersDashboard::userChanged);
        m_dash->editAction()->trigger();
        QPointer<ui::UserEditDialog> dialog = m_dash->editDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->emailEdit()->text(), QStringLiteral("needle.target@example.com"));

        // Inline validation: Save is disabled while the email is wrong.
        dialog->emailEdit()->selectAll();
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("not an email"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QCOMPARE(dialog->fieldErrors().size(), 1);
        dialog->emailEdit()->selectAll();
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("needle.target@example.com"));
        QVERIFY(dialog->saveButton()->isEnabled());

        dialog->quotaUnitCombo()->setCurrentIndex(dialog->quotaUnitCombo()->findData(bytes::GiB));
        dialog->quotaEdit()->selectAll();
        QTest::keyClicks(dialog->quotaEdit(), QStringLiteral("2000000"));
        QVERIFY(!dialog->saveButton()->isEnabled()); // more than 1 PiB
        dialog->quotaEdit()->selectAll();
        QTest::keyClicks(dialog->quotaEdit(), QStringLiteral("300"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QTRY_VERIFY(!dialog); // closed and deleted after the save
        QTRY_COMPARE(m_dash->detailPanel()->trafficBar()->text(),
                     QStringLiteral("12.30 GiB of 300.00 GiB"));
        QCOMPARE(scalar(QStringLiteral("SELECT transfer_enable FROM users WHERE id = ?::uuid"),
                        {needleId()})
                     .toLongLong(),
                 300 * bytes::GiB);
        QTRY_COMPARE(cell(0, QStringLiteral("quota")), bytes::format(300 * bytes::GiB));
        QCOMPARE(changed.size(), 1);
    }

    void conflictingEditKeepsWhatWasTyped()
    {
        m_dash->editAction()->trigger();
        QPointer<ui::UserEditDialog> dialog = m_dash->editDialog();
        QVERIFY(dialog);
        dialog->usernameEdit()->selectAll();
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("typed-name"));
        dialog->quotaEdit()->selectAll();
        QTest::keyClicks(dialog->quotaEdit(), QStringLiteral("400"));

        // Someone else saves behind the dialog's back.
        QCOMPARE(
            scalar(QStringLiteral("UPDATE users SET level = 5 WHERE id = ?::uuid RETURNING level"),
                   {needleId()}),
            QStringLiteral("5"));

        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->hasConflict());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->messageText().contains(QStringLiteral("Someone else changed this user")),
                 qPrintable(dialog->messageText()));
        QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("typed-name"));
        QCOMPARE(dialog->quotaEdit()->text(), QStringLiteral("400"));
        QVERIFY(dialog->reloadButton()->isVisible());
        QCOMPARE(
            scalar(QStringLiteral("SELECT username FROM users WHERE id = ?::uuid"), {needleId()}),
            QStringLiteral("needle"));

        // Reload shows their level and keeps the typed fields; saving again works.
        QTest::mouseClick(dialog->reloadButton(), Qt::LeftButton);
        QCOMPARE(dialog->levelSpin()->value(), 5);
        QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("typed-name"));
        QCOMPARE(dialog->quotaEdit()->text(), QStringLiteral("400"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QCOMPARE(
            scalar(QStringLiteral("SELECT format('%s %s %s', username, level, transfer_enable) "
                                  "FROM users WHERE id = ?::uuid"),
                   {needleId()}),
            QStringLiteral("typed-name 5 %1").arg(400 * bytes::GiB));
    }

    void nonAdminCannotEdit()
    {
        ui::UsersDashboard support(m_worker, storage::StaffAdmin::Role::Support);
        support.resize(1000, 600);
        support.show();
        QTest::keyClicks(support.searchEdit(), QStringLiteral("typed-name"));
        QTRY_COMPARE(support.model()->rowCount(), 1);
        QTRY_VERIFY(support.model()->rowId(0).isValid());
        support.tableView()->setCurrentIndex(support.model()->index(0, 0));
        QTRY_VERIFY(support.detailPanel()->hasRecord());
        QVERIFY(!support.editAction()->isEnabled());
        QVERIFY(!support.banAction()->isEnabled());
        QVERIFY(!support.activateAction()->isEnabled());
        support.editAction()->trigger();
        QVERIFY(!support.editDialog());
    }

    void headerStateSurvivesRecreation()
    {
        QHeaderView* header = m_dash->tableView()->horizontalHeader();
        const int emailColumn = m_dash->columnOf(QStringLiteral("email"));
        header->resizeSection(emailColumn, 321);
        const int quotaColumn = m_dash->columnOf(QStringLiteral("quota"));
        header->setSortIndicator(quotaColumn, Qt::DescendingOrder);
        QTRY_COMPARE(m_dash->model()->query().sortColumn, quotaColumn);
        delete m_dash; // saves the header state
        m_dash = new ui::UsersDashboard(m_worker, storage::StaffAdmin::Role::Admin);
        m_dash->show();
        QCOMPARE(m_dash->tableView()->horizontalHeader()->sectionSize(emailColumn), 321);
        QCOMPARE(m_dash->tableView()->horizontalHeader()->sortIndicatorSection(), quotaColumn);
        QTRY_COMPARE(m_dash->model()->query().sortColumn, quotaColumn);
        QVERIFY(m_dash->model()->query().descending);
        QTRY_COMPARE(m_dash->model()->rowCount(), 300);
        QTRY_COMPARE(cell(0, QStringLiteral("email")), QStringLiteral("needle.target@example.com"));
    }
};

QTEST_MAIN(TestUsersDashboard)
#include "tst_usersdashboard.moc"
