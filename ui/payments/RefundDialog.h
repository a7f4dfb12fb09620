#pragma once

#include "storage/DbWorker.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pd::payments {
class RefundService;
}

namespace pd::ui {

// Refunds one payment: shows what is left to refund, the days left in the gateway's window and
// the partial refunds left, takes a full or partial amount and a reason (from a list, plus
// words), asks for confirmation, then asks the database for the refund and, when no approval is
// needed, sends it and follows it (submitted → processing → succeeded). Nothing here decides
// what is allowed: the database does, and its refusal is shown as it says it.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(storage::DbWorker* worker, payments::RefundService* service,
                 const QString& transactionId, QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return m_amount; }
    QRadioButton* fullButton() const { return m_full; }
    QRadioButton* partialButton() const { return m_partial; }
    QComboBox* reasonCombo() const { return m_reason; }
    QLineEdit* detailsEdit() const { return m_details; }
    QPushButton* refundButton() const { return m_refundButton; }
    QPushButton* checkButton() const { return m_checkButton; }
    QString statusText() const;
    QString limitsText() const;
    QString refundId() const { return m_refundId; }
    QString state() const { return m_state; } // the refund's state once asked
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();
    void refundStateChanged(const QString& state);

private:
    void load();
    void updateAmount();
    void submit();
    void send();
    void follow();
    void showState(const QString& state, const QString& message);
    QString reasonText() const;

    storage::DbWorker* m_worker;
    payments::RefundService* m_service;
    QString m_transactionId;
    QString m_refundable; // exact decimal
    QString m_currency;
    QString m_refundId;
    QString m_state;
    bool m_loaded = false;
    QLabel* m_payment;
    QLabel* m_limits;
    QRadioButton* m_full;
    QRadioButton* m_partial;
    QLineEdit* m_amount;
    QComboBox* m_reason;
    QLineEdit* m_details;
    QLabel* m_status;
    QPushButton* m_refundButton;
    QPushButton* m_checkButton; // while processing or unknown: ask the gateway now
    QDialogButtonBox* m_buttons;
};

} // namespace pd::ui
