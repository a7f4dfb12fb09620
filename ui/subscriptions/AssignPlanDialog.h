#pragma once

#include "storage/DbWorker.h"
#include "storage/PlansRepository.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::ui {

// Assigns a plan to one user, the seeds' "buy" in one database transaction: charged to the
// user's balance (refused when short, nothing changed) or given without charge with a reason.
class AssignPlanDialog : public QDialog
{
    Q_OBJECT
public:
    AssignPlanDialog(storage::DbWorker* worker, const QUuid& userId, const QString& userText,
                     QWidget* parent = nullptr);

    QComboBox* planCombo() const { return m_plan; }
    QCheckBox* chargeCheck() const { return m_charge; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* assignButton() const { return m_assign; }
    QString messageText() const;
    bool plansLoaded() const { return m_loaded; }

public Q_SLOTS:
    void assign();

Q_SIGNALS:
    void assigned(const QUuid& subscriptionId);

private:
    void updateState();

    storage::DbWorker* m_worker;
    QUuid m_userId;
    QList<storage::PlanRecord> m_plans;
    bool m_loaded = false;
    bool m_busy = false;
    QComboBox* m_plan;
    QLabel* m_planInfo;
    QCheckBox* m_charge;
    QLineEdit* m_reason;
    QLabel* m_message;
    QPushButton* m_assign;
};

} // namespace pd::ui
