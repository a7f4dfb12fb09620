#pragma once

#include "storage/DbWorker.h"
#include "storage/StaffAdmin.h"
#include "storage/TransactionRepository.h"

#include <QTabWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableWidget;

namespace pd::domain {
class SecretStore;
}
namespace pd::payments {
class GatewaySettings;
class Reconciler;
class RefundService;
} // namespace pd::payments

namespace pd::ui {

class RefundDialog;
class TableDashboard;

// Transactions & Refunds: lazily paged payments with filters (gateway, status, period, amount,
// user, order number) and a detail pane (the payment, its refunds, their history), the refund
// dialog, the approval queue, the "needs attention" view of open and failed refunds with
// settling on demand, and a CSV export of a month's refunds. Finance may act; the others only
// read (the database refuses them anyway). Each tab is a TableDashboard (the first the
// transactions, the second all refunds) with its filters and actions added around the table.
class PaymentsPage : public QTabWidget
{
    Q_OBJECT
public:
    PaymentsPage(storage::DbWorker* worker, storage::StaffAdmin::Role role,
                 domain::SecretStore* secrets, QWidget* parent = nullptr);
    ~PaymentsPage() override;

    // Settles open refunds at once, then every few minutes (finance sessions).
    void startReconciler(int intervalMs = 3 * 60 * 1000);

    TableDashboard* transactions() const { return m_transactions; }
    TableDashboard* approvals() const { return m_approvals; }
    TableDashboard* attention() const { return m_attention; }
    TableDashboard* refunds() const { return m_refunds; }
    QTabWidget* tabs() { return this; }
    payments::RefundService* service() const { return m_service; }
    payments::Reconciler* reconciler() const { return m_reconciler; }
    QString detailText() const;
    QString selectedTransaction() const { return m_selected; }
    QPushButton* refundButton() const { return m_refundButton; }
    QPushButton* approveButton() const { return m_approveButton; }
    QString reconcileText() const;

    void setFilter(const storage::TransactionFilter& filter);
    // Opens the refund dialog for a payment (non-modal, deleted on close).
    RefundDialog* openRefundDialog(const QString& transactionId);

public Q_SLOTS:
    void refresh();
    void approveSelected();
    void rejectSelected();
    void settleAll();
    // Asks what the gateway's dashboard shows for the selected refund in "Needs attention",
    // confirms, then settleByHand().
    void settleSelectedByHand();
    void settleByHand(const QString& refundId, const QString& outcome, const QString& note);
    void editThreshold(); // administrators
    // The refunds asked for in the chosen month as CSV, to `chosenPath` or where the person
    // picks; progress in a dialog that can cancel (no partial file is left).
    void exportMonth(const QString& chosenPath = QString());
    void showGatewaySettings();

Q_SIGNALS:
    void detailLoaded();
    void approvalFinished(const QString& refundId, const QString& stateOrError);
    void exportFinished(qint64 rows, bool cancelled, const QString& error);
    void settledByHand(const QString& refundId, const QString& stateOrError);

private:
    TableDashboard* buildTransactionsTab();
    TableDashboard* buildQueueTab();
    TableDashboard* buildAttentionTab();
    TableDashboard* buildRefundsTab();
    void applyFilters();
    void loadDetail(const QString& transactionId);
    QString selectedRefund(TableDashboard* table) const;
    QString stateLabel(const QString& state) const;
    QString historyLine(const storage::RefundHistoryEntry& entry) const;

    storage::DbWorker* m_worker;
    storage::StaffAdmin::Role m_role;
    domain::SecretStore* m_secrets;
    bool m_finance;
    QNetworkAccessManager* m_network;
    payments::GatewaySettings* m_settings;
    payments::RefundService* m_service;
    payments::Reconciler* m_reconciler;
    QSplitter* m_splitter = nullptr;
    TableDashboard* m_transactions = nullptr;
    TableDashboard* m_approvals = nullptr;
    TableDashboard* m_attention = nullptr;
    TableDashboard* m_refunds = nullptr;
    QComboBox* m_gateway = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_minAmount = nullptr;
    QLineEdit* m_maxAmount = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_detail = nullptr;
    QTableWidget* m_refundTable = nullptr;
    QPlainTextEdit* m_history = nullptr;
    QPushButton* m_refundButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QPushButton* m_settleButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_reconcileLabel = nullptr;
    QDateEdit* m_month = nullptr;
    QProgressDialog* m_exportProgress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QString m_selected;
};

} // namespace pd::ui
