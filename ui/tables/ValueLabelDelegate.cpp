#include "ui/tables/ValueLabelDelegate.h"

#include "item/LazyTableModel.h"

namespace pd::ui {

ValueLabelDelegate::ValueLabelDelegate(QHash<QString, QString> labels, QObject* parent)
    : QStyledItemDelegate(parent), m_labels(std::move(labels))
{}

QString ValueLabelDelegate::textFor(const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    // Rows still loading have no raw value yet: keep the model's placeholder.
    if (!index.data(item::LazyTableModel::LoadedRole).toBool())
        return text;
    const QVariant raw = index.data(item::LazyTableModel::RawValueRole);
    const QString key = raw.isNull() ? QString() : raw.toString();
    return m_labels.value(key, text);
}

void ValueLabelDelegate::initStyleOption(QStyleOptionViewItem* option,
                                         const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString text = textFor(index);
    if (!text.isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDisplay;
        option->text = text;
    }
}

} // namespace pd::ui
