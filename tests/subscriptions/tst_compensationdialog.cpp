// Bulk compensation from the Users page offscreen against a real database: the dashboard's
// filter goes to the dialog, the preview counts the users the list shows, cancelling while it
// runs changes nothing, and applying changes exactly the previewed users with a progress bar.
#include "SubsTestHelpers.h"
#include "item/LazyTableModel.h"
#include "storage/DbWorker.h"
#include "support/TestDatabase.h"
#include "ui/MessageBox.h"
#include "ui/compensation/CompensationDialog.h"
#include "ui/users/UsersDashboard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace pd;
using pd::test::sqlScalar;
using pd::test::TestDatabase;

class tst_CompensationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filterReachesThePreview();
    void cancelWhileApplyingChangesNothing();
    void selectionMovedSincePreviewChangesNothing();
    void applyChangesExactlyThePreviewedUsers();

private:
    ui::CompensationDialog* openDialog();
    QString snapshot();
    std::unique_ptr<TestDatabase> m_tdb;
    storage::DbWorker* m_worker = nullptr;
    ui::UsersDashboard* m_users = nullptr;
    QSqlDatabase m_db;
};

void tst_CompensationDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PanelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_compensationdialog"));
    QSettings().clear();
    ui::MessageBox::setUnattended(true);
    m_tdb = std::make_unique<TestDatabase>(QStringLiteral("compdlg"));
    QVERIFY2(m_tdb->ok(), qPrintable(m_tdb->error()));
    const QString admin =
        m_tdb->createLogin(QStringLiteral("cd_admin"), QStringLiteral("paneldesk_admin"));
    QVERIFY2(!admin.isEmpty(), qPrintable(m_tdb->error()));
    // 6,000 users in node groups 0..2, every fifth banned; group 2's active ones are the
    // outage's victims (1,600 of them: several batches).
    QVERIFY(m_tdb->insertUsers(6000).isEmpty());
    QVERIFY(m_tdb
                ->exec(QStringLiteral("UPDATE users SET node_group = "
                                      "substring(username from 5)::int % 3, "
                                      "level_expires_at = now() + interval '5 days'"))
                .isEmpty());
    m_db = m_tdb->open(QStringLiteral("check"));
    QVERIFY(m_db.isOpen());
    m_worker = new storage::DbWorker(m_tdb->profile(admin), QString());
    m_users = new ui::UsersDashboard(m_worker, storage::StaffAdmin::Role::Admin);
    m_users->resize(1200, 700);
    m_users->show();
    QTRY_VERIFY(m_users->model()->isCountExact());
    QTRY_VERIFY(m_users->nodeGroupCombo()->findData(2) >= 0);
    m_users->nodeGroupCombo()->setCurrentIndex(m_users->nodeGroupCombo()->findData(2));
    m_users->stateCombo()->setCurrentIndex(
        m_users->stateCombo()->findData(int(storage::UserFilter::State::Active)));
    QTRY_VERIFY(m_users->model()->isCountExact());
    QTRY_COMPARE(m_users->model()->rowCount(), 1600);
}

void tst_CompensationDialog::cleanupTestCase()
{
    delete m_users;
    delete m_worker;
    m_db = QSqlDatabase();
    storage::Database::close(QStringLiteral("check"));
    m_tdb.reset();
}

QString tst_CompensationDialog::snapshot()
{
    return sqlScalar(m_db, QStringLiteral("SELECT md5(string_agg(concat_ws(',', id, "
                                          "transfer_enable, level_expires_at), ';' ORDER BY id)) "
                                          "|| (SELECT count(*) FROM audit_log) FROM users"))
        .toString();
}

ui::CompensationDialog* tst_CompensationDialog::openDialog()
{
    if (!m_users->compensateAction()->isEnabled())
        return nullptr;
    m_users->compensateAction()->trigger();
    return m_users->findChild<ui::CompensationDialog*>();
}

void tst_CompensationDialog::filterReachesThePreview()
{
    auto* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->previewButton()->isEnabled()); // nothing to give yet
    dialog->daysSpin()->setValue(3);
    dialog->trafficEdit()->setText(QStringLiteral("10 GiB"));
    QVERIFY(dialog->previewButton()->isEnabled());
    QVERIFY(!dialog->applyButton()->isEnabled()); // not before a preview
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->hasPreview());
    QCOMPARE(dialog->previewCount(), qint64(m_users->model()->rowCount()));
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("1600")) ||
                 dialog->summaryText().contains(QStringLiteral("1,600")),
             qPrintable(dialog->summaryText()));
    QCOMPARE(dialog->sampleView()->topLevelItemCount(), 10);
    QCOMPARE(dialog->sampleView()->topLevelItem(0)->text(4), QStringLiteral("10.00 GiB"));
    // Changing the amount asks for a new preview.
    dialog->daysSpin()->setValue(4);
    QVERIFY(!dialog->hasPreview());
    QVERIFY(!dialog->applyButton()->isEnabled());
    dialog->close();
}

void tst_CompensationDialog::cancelWhileApplyingChangesNothing()
{
    const QString before = snapshot();
    auto* dialog = openDialog();
    QVERIFY(dialog);
    dialog->daysSpin()->setValue(3);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->applyButton()->isEnabled());
    // The worker is busy for a moment first, so the cancel surely comes before the commit
    // however slow this machine is.
    const auto slept = std::make_shared<bool>(false);
    m_worker->run(
        this,
        [](QSqlDatabase& db) {
            QSqlQuery(db).exec(QStringLiteral("SELECT pg_sleep(0.5)"));
            return QVariant();
        },
        [slept](const storage::JobResult&) { *slept = true; });
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(dialog->isApplying());
    QVERIFY(!*slept);
    QVERIFY(dialog->progressBar()->isVisible());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton); // stops before the commit
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isApplying(), 30000);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("nothing was changed")),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->isVisible()); // still open: the person decides what next
    QCOMPARE(snapshot(), before);
    dialog->close();
}

// Someone joins the selection after the preview: applying gives nobody anything and asks for
// a new preview, rather than compensating users the administrator never saw counted.
void tst_CompensationDialog::selectionMovedSincePreviewChangesNothing()
{
    auto* dialog = openDialog();
    QVERIFY(dialog);
    dialog->daysSpin()->setValue(2);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->applyButton()->isEnabled());
    const QString mover =
        sqlScalar(m_db, QStringLiteral("SELECT id::text FROM users WHERE node_group = 1 AND "
                                       "is_active ORDER BY id LIMIT 1"))
            .toString();
    QVERIFY(!mover.isEmpty());
    QSqlQuery move(m_db);
    move.prepare(QStringLiteral("UPDATE users SET node_group = ? WHERE id = ?::uuid"));
    move.bindValue(0, 2);
    move.bindValue(1, mover);
    QVERIFY(move.exec());
    const QString before = snapshot();
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isApplying(), 30000);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("changed since the preview")),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->hasPreview());
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(snapshot(), before);
    dialog->close();
    move.bindValue(0, 1); // back where it was
    move.bindValue(1, mover);
    QVERIFY(move.exec());
}

void tst_CompensationDialog::applyChangesExactlyThePreviewedUsers()
{
    const qint64 auditBefore =
        sqlScalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
    auto* dialog = openDialog();
    QVERIFY(dialog);
    dialog->trafficEdit()->setText(QStringLiteral("10"));
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->applyButton()->isEnabled());
    const qint64 previewed = dialog->previewCount();
    QSignalSpy applied(dialog, &ui::CompensationDialog::applied);
    ui::MessageBox::queueAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 30000);
    QCOMPARE(applied.first().first().toLongLong(), previewed);
    QCOMPARE(sqlScalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE transfer_enable = "
                                            "10 * 1073741824::bigint"))
                 .toLongLong(),
             previewed);
    QCOMPARE(sqlScalar(m_db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND "
                                      "table_name = 'users'"),
                       {auditBefore})
                 .toLongLong(),
             previewed);
    QCOMPARE(sqlScalar(m_db,
                       QStringLiteral("SELECT after->'filter'->>'state' FROM audit_log "
                                      "WHERE id > ? AND table_name = 'bulk_compensation'"),
                       {auditBefore})
                 .toString(),
             QStringLiteral("active"));
}

QTEST_MAIN(tst_CompensationDialog)
#include "tst_compensationdialog.moc"
