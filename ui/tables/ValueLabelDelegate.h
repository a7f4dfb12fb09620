#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace pd::ui {

// Shows stored codes ('monthly', 'wechat', an unlimited NULL or 0) as translated words, reading
// the raw value (LazyTableModel::RawValueRole) so the model's own formatting stays untouched.
class ValueLabelDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // raw value as text ("" for NULL) → label
    explicit ValueLabelDelegate(QHash<QString, QString> labels, QObject* parent = nullptr);

    // What the cell reads: the label for its raw value, else the model's own text.
    QString textFor(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QHash<QString, QString> m_labels;
};

} // namespace pd::ui
