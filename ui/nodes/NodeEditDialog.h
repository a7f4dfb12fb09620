#pragma once

#include "storage/NodesRepository.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pd::ui {

// Edits a node's rate, group, bandwidth limit and enabled flag. Checks the values as they are
// typed; what it returns holds only the fields that changed.
class NodeEditDialog : public QDialog
{
    Q_OBJECT
public:
    NodeEditDialog(const storage::NodeRecord& node, QWidget* parent = nullptr);

    storage::NodeEdit edit() const;
    QLineEdit* rateEdit() const { return m_rate; }
    QLineEdit* limitEdit() const { return m_limit; }
    QSpinBox* groupBox() const { return m_group; }
    QString errorText() const;

private:
    void validate();

    storage::NodeRecord m_node;
    QLineEdit* m_rate;
    QSpinBox* m_group;
    QLineEdit* m_limit;
    QCheckBox* m_enabled;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace pd::ui
