#include "ui/plans/PlanEditDialog.h"

#include "domain/ByteSize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::ui {

PlanEditDialog::PlanEditDialog(storage::DbWorker* worker, const storage::PlanRecord& plan,
                               QWidget* parent)
    : QDialog(parent), m_worker(worker), m_original(plan)
{
    setWindowTitle(plan.id.isNull() ? tr("New plan") : tr("Edit plan %1").arg(plan.name));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(plan.name);
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);

    auto* priceRow = new QHBoxLayout;
    m_price = new QLineEdit(plan.price.isValid() ? plan.price.toDecimalString() : QString());
    m_price->setPlaceholderText(tr("99.00"));
    m_price->setAlignment(Qt::AlignRight);
    m_currency = new QComboBox;
    for (const char* code : {"CNY", "USD", "EUR", "GBP", "HKD", "JPY", "KRW"})
        m_currency->addItem(QString::fromLatin1(code));
    if (plan.price.isValid())
        m_currency->setCurrentText(plan.price.currency());
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_currency);
    form->addRow(tr("&Price:"), priceRow);

    m_cycle = new QComboBox;
    for (const char* cycle : {"monthly", "yearly", "lifetime"})
        m_cycle->addItem(storage::PlansRepository::cycleName(QString::fromLatin1(cycle)),
                         QString::fromLatin1(cycle));
    m_cycle->setCurrentIndex(qMax(0, m_cycle->findData(plan.billingCycle)));
    form->addRow(tr("Billing &cycle:"), m_cycle);

    m_quotaType = new QLineEdit(plan.quotaType);
    form->addRow(tr("Quota &type:"), m_quotaType);
    m_quotaLimit = new QLineEdit(plan.quotaLimit ? QString::number(*plan.quotaLimit) : QString());
    m_quotaLimit->setValidator(new QIntValidator(0, std::numeric_limits<int>::max(), this));
    m_quotaLimit->setPlaceholderText(tr("empty = unlimited"));
    form->addRow(tr("Quota &limit:"), m_quotaLimit);

    m_traffic = new QLineEdit(domain::bytes::format(plan.trafficBytes));
    m_traffic->setToolTip(tr("Traffic per period, such as 200 GiB or 1.5 TiB; a bare number "
                             "is GiB."));
    form->addRow(tr("T&raffic per period:"), m_traffic);
    m_resetTraffic = new QCheckBox(tr("Reset the user's used traffic when the plan is assigned"));
    m_resetTraffic->setChecked(plan.resetTraffic);
    form->addRow(QString(), m_resetTraffic);
    m_nodeGroup = new QSpinBox;
    m_nodeGroup->setRange(0, 9999);
    m_nodeGroup->setValue(plan.nodeGroup);
    form->addRow(tr("Node &group granted:"), m_nodeGroup);
    m_level = new QSpinBox;
    m_level->setRange(0, 99);
    m_level->setValue(plan.level);
    form->addRow(tr("Le&vel granted:"), m_level);

    auto* featureBox = new QVBoxLayout;
    m_features = new QListWidget;
    m_features->setMaximumHeight(120);
    for (const QString& f : plan.features) {
        auto* item = new QListWidgetItem(f, m_features);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    featureBox->addWidget(m_features);
    auto* featureButtons = new QHBoxLayout;
    m_addFeature = new QPushButton(tr("&Add feature"));
    m_removeFeature = new QPushButton(tr("Re&move feature"));
    featureButtons->addWidget(m_addFeature);
    featureButtons->addWidget(m_removeFeature);
    featureButtons->addStretch(1);
    featureBox->addLayout(featureButtons);
    form->addRow(tr("&Features:"), featureBox);

    m_active = new QCheckBox(tr("Active (can be assigned)"));
    m_active->setChecked(plan.active);
    form->addRow(QString(), m_active);

    m_errors = new QLabel;
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_errors);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &PlanEditDialog::save);

    connect(m_addFeature, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(tr("New feature"), m_features);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_features->setCurrentItem(item);
        m_features->editItem(item);
        validate();
    });
    connect(m_removeFeature, &QPushButton::clicked, this, [this] {
        delete m_features->currentItem();
        validate();
    });
    for (QLineEdit* edit : {m_name, m_price, m_quotaType, m_quotaLimit, m_traffic})
        connect(edit, &QLineEdit::textChanged, this, &PlanEditDialog::validate);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &PlanEditDialog::validate);
    connect(m_features, &QListWidget::itemChanged, this, &PlanEditDialog::validate);
    validate();
}

storage::PlanRecord PlanEditDialog::plan() const
{
    storage::PlanRecord p = m_original;
    p.name = m_name->text().trimmed();
    p.price =
        storage::PlansRepository::parsePrice(m_price->text(), m_currency->currentText(), nullptr)
            .value_or(domain::Money());
    p.billingCycle = m_cycle->currentData().toString();
    p.quotaType = m_quotaType->text().trimmed();
    bool ok = false;
    const int limit = m_quotaLimit->text().trimmed().toInt(&ok);
    p.quotaLimit = ok ? std::optional<int>(limit) : std::nullopt;
    p.trafficBytes = domain::bytes::parse(m_traffic->text()).value_or(-1);
    p.resetTraffic = m_resetTraffic->isChecked();
    p.nodeGroup = m_nodeGroup->value();
    p.level = m_level->value();
    p.features.clear();
    for (int i = 0; i < m_features->count(); ++i)
        p.features << m_features->item(i)->text().trimmed();
    p.active = m_active->isChecked();
    return p;
}

QStringList PlanEditDialog::problems() const
{
    QStringList list;
    QString priceProblem;
    if (!storage::PlansRepository::parsePrice(m_price->text(), m_currency->currentText(),
                                              &priceProblem))
        list << tr("Price: %1").arg(priceProblem);
    if (!m_quotaLimit->text().trimmed().isEmpty() && !plan().quotaLimit)
        list << tr("The quota limit must be a whole number, or empty for unlimited.");
    if (!domain::bytes::parse(m_traffic->text()))
        list << tr("Write the traffic as a size such as 200 GiB.");
    // The price and traffic were explained above in the form's own words.
    storage::PlanRecord p = plan();
    if (!p.price.isValid())
        p.price = domain::Money(0, m_currency->currentText());
    p.trafficBytes = qMax<qint64>(0, p.trafficBytes);
    list += storage::PlansRepository::validate(p);
    list.removeDuplicates();
    return list;
}

void PlanEditDialog::validate()
{
    const QStringList list = problems();
    m_errors->setText(list.join(QLatin1Char('\n')));
    m_errors->setVisible(!list.isEmpty());
    m_save->setEnabled(list.isEmpty() && !m_saving);
}

QString PlanEditDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PlanEditDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_message->hide();
    const storage::PlanRecord p = plan();
    m_worker->run(
        this,
        [p](QSqlDatabase& db) {
            return QVariant::fromValue(storage::PlansRepository::save(db, p));
        },
        [this](const storage::JobResult& result) {
            m_saving = false;
            if (!result.ok()) {
                m_message->setText(tr("The plan was not saved. %1").arg(result.error));
                m_message->show();
                validate();
                return;
            }
            const auto stored = result.value.value<storage::PlanRecord>();
            m_original = stored;
            Q_EMIT saved(stored);
            accept();
        });
}

} // namespace pd::ui
