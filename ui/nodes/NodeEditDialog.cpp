#include "ui/nodes/NodeEditDialog.h"

#include "domain/ByteSize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pd::ui {

namespace {

QString limitText(qint64 limit)
{
    return limit == 0 ? QStringLiteral("0") : domain::bytes::format(limit);
}

} // namespace

NodeEditDialog::NodeEditDialog(const storage::NodeRecord& node, QWidget* parent)
    : QDialog(parent), m_node(node), m_rate(new QLineEdit(node.trafficRate, this)),
      m_group(new QSpinBox(this)), m_limit(new QLineEdit(limitText(node.bandwidthLimit), this)),
      m_enabled(new QCheckBox(tr("&Enabled: users may connect to this node"), this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit node %1").arg(node.name));
    auto* form = new QFormLayout(this);
    m_rate->setToolTip(tr("Users are charged the bytes they move times this rate."));
    form->addRow(tr("Traffic &rate:"), m_rate);
    m_group->setRange(0, 9999);
    m_group->setValue(node.nodeGroup);
    form->addRow(tr("Node &group:"), m_group);
    m_limit->setPlaceholderText(tr("for example 10 TiB; 0 for unlimited"));
    form->addRow(tr("Bandwidth &limit:"), m_limit);
    m_enabled->setChecked(node.enabled);
    form->addRow(QString(), m_enabled);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rate, &QLineEdit::textChanged, this, &NodeEditDialog::validate);
    connect(m_limit, &QLineEdit::textChanged, this, &NodeEditDialog::validate);
    validate();
}

QString NodeEditDialog::errorText() const
{
    return m_error->text();
}

void NodeEditDialog::validate()
{
    QStringList problems;
    if (const QString p = storage::NodesRepository::validateRate(m_rate->text()); !p.isEmpty())
        problems << p;
    const QString limit = m_limit->text().trimmed();
    if (limit != QLatin1String("0") && !domain::bytes::parse(limit))
        problems << tr("Write the bandwidth limit as a size such as 500 GiB or 10 TiB, or 0 for "
                       "unlimited.");
    m_error->setText(problems.join(QLatin1Char(' ')));
    m_error->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
}

storage::NodeEdit NodeEditDialog::edit() const
{
    storage::NodeEdit e;
    const QString rate = m_rate->text().trimmed();
    if (rate != m_node.trafficRate)
        e.trafficRate = rate;
    if (m_group->value() != m_node.nodeGroup)
        e.nodeGroup = m_group->value();
    const QString limitText = m_limit->text().trimmed();
    const qint64 limit =
        limitText == QLatin1String("0") ? 0 : domain::bytes::parse(limitText).value_or(-1);
    if (limit != m_node.bandwidthLimit)
        e.bandwidthLimit = limit;
    if (m_enabled->isChecked() != m_node.enabled)
        e.enabled = m_enabled->isChecked();
    return e;
}

} // namespace pd::ui
