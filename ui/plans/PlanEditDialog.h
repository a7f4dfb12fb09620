#pragma once

#include "storage/DbWorker.h"
#include "storage/PlansRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pd::ui {

// Creates or edits a plan: an exact price field checked against the currency's decimals as it
// is typed, cycle, quota type and limit (empty = unlimited), traffic per period, node group and
// level granted, features as an editable list. Saves through the worker; the database's answer
// (a duplicate name, someone else's edit) is shown as a sentence and the form keeps its values.
class PlanEditDialog : public QDialog
{
    Q_OBJECT
public:
    // A null plan id creates a new plan.
    PlanEditDialog(storage::DbWorker* worker, const storage::PlanRecord& plan,
                   QWidget* parent = nullptr);

    // The plan as the form holds it, and what is wrong with it (empty when it can be saved).
    storage::PlanRecord plan() const;
    QStringList problems() const;
    QString messageText() const;
    bool isSaving() const { return m_saving; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* priceEdit() const { return m_price; }
    QComboBox* currencyCombo() const { return m_currency; }
    QComboBox* cycleCombo() const { return m_cycle; }
    QLineEdit* quotaTypeEdit() const { return m_quotaType; }
    QLineEdit* quotaLimitEdit() const { return m_quotaLimit; }
    QLineEdit* trafficEdit() const { return m_traffic; }
    QSpinBox* nodeGroupSpin() const { return m_nodeGroup; }
    QSpinBox* levelSpin() const { return m_level; }
    QListWidget* featuresList() const { return m_features; }
    QPushButton* addFeatureButton() const { return m_addFeature; }
    QPushButton* saveButton() const { return m_save; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void saved(const pd::storage::PlanRecord& plan);

private:
    void validate();

    storage::DbWorker* m_worker;
    storage::PlanRecord m_original;
    bool m_saving = false;
    QLineEdit* m_name;
    QLineEdit* m_price;
    QComboBox* m_currency;
    QComboBox* m_cycle;
    QLineEdit* m_quotaType;
    QLineEdit* m_quotaLimit;
    QLineEdit* m_traffic;
    QCheckBox* m_resetTraffic;
    QSpinBox* m_nodeGroup;
    QSpinBox* m_level;
    QListWidget* m_features;
    QPushButton* m_addFeature;
    QPushButton* m_removeFeature;
    QCheckBox* m_active;
    QLabel* m_errors;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace pd::ui
