#include "ui/users/UserEditDialog.h"

#include "domain/ByteSize.h"
#include "domain/Validation.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

namespace bytes = domain::bytes;
using domain::Validation;

// The earliest value of the expiry editor stands for "no expiry" (shown as its special text).
const QDateTime& noExpiry()
{
    static const QDateTime value(QDate(2000, 1, 1), QTime(0, 0));
    return value;
}

QLabel* errorLabel()
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void setError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// Exact text for `value` bytes in `unit`: an integer when it divides, else two decimals.
QString quotaText(qint64 value, qint64 unit)
{
    if (value % unit == 0)
        return QString::number(value / unit);
    const qint64 hundredths = (value % unit) * 100 / unit;
    return QStringLiteral("%1.%2").arg(value / unit).arg(hundredths, 2, 10, QLatin1Char('0'));
}

} // namespace

UserEditDialog::UserEditDialog(storage::DbWorker* worker, const storage::UserRecord& user,
                               QWidget* parent)
    : QDialog(parent), m_worker(worker)
{
    setWindowTitle(tr("Edit user %1").arg(user.email));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_email = new QLineEdit;
    m_emailError = errorLabel();
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailError);

    m_username = new QLineEdit;
    m_usernameError = errorLabel();
    form->addRow(tr("&Username:"), m_username);
    form->addRow(QString(), m_usernameError);

    auto* quotaRow = new QHBoxLayout;
    m_quota = new QLineEdit;
    m_quota->setPlaceholderText(tr("for example 200"));
    m_quotaUnit = new QComboBox;
    m_quotaUnit->addItem(tr("MiB"), bytes::MiB);
    m_quotaUnit->addItem(tr("GiB"), bytes::GiB);
    m_quotaUnit->addItem(tr("TiB"), bytes::TiB);
    quotaRow->addWidget(m_quota, 1);
    quotaRow->addWidget(m_quotaUnit);
    m_quotaError = errorLabel();
    form->addRow(tr("Traffic &quota:"), quotaRow);
    form->addRow(QString(), m_quotaError);

    m_level = new QSpinBox;
    m_level->setRange(0, 99);
    form->addRow(tr("&Level:"), m_level);

    auto* expiryRow = new QHBoxLayout;
    m_expiry = new QDateTimeEdit;
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setMinimumDateTime(noExpiry());
    m_expiry->setSpecialValueText(tr("None"));
    auto* clearExpiry = new QToolButton;
    clearExpiry->setText(tr("No expiry"));
    clearExpiry->setToolTip(tr("The level never expires."));
    connect(clearExpiry, &QToolButton::clicked, this,
            [this] { m_expiry->setDateTime(m_expiry->minimumDateTime()); });
    expiryRow->addWidget(m_expiry, 1);
    expiryRow->addWidget(clearExpiry);
    m_expiryError = errorLabel();
    form->addRow(tr("Level e&xpiry:"), expiryRow);
    form->addRow(QString(), m_expiryError);

    m_nodeGroup = new QSpinBox;
    m_nodeGroup->setRange(0, 9999);
    form->addRow(tr("&Node group:"), m_nodeGroup);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_reload = m_buttons->addButton(tr("&Reload"), QDialogButtonBox::ResetRole);
    m_reload->setToolTip(tr("Show the values someone else saved; the fields you changed keep "
                            "your values."));
    m_reload->hide();
    layout->addWidget(m_buttons);
    connect(m_save, &QPushButton::clicked, this, &UserEditDialog::save);
    connect(m_reload, &QPushButton::clicked, this, &UserEditDialog::reloadTheirs);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setFields(user);

    connect(m_email, &QLineEdit::textChanged, this, &UserEditDialog::validate);
    connect(m_username, &QLineEdit::textChanged, this, &UserEditDialog::validate);
    connect(m_quota, &QLineEdit::textChanged, this, &UserEditDialog::validate);
    connect(m_quotaUnit, &QComboBox::currentIndexChanged, this, &UserEditDialog::validate);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &UserEditDialog::validate);
    validate();
}

void UserEditDialog::setClock(const domain::Clock* clock)
{
    m_clock = clock ? clock : &domain::Clock::system();
    validate();
}

void UserEditDialog::setFields(const storage::UserRecord& user)
{
    m_original = user;
    m_email->setText(user.email);
    m_username->setText(user.username);
    // The largest unit that shows the stored value exactly; GiB otherwise.
    int unitIndex = 1;
    if (user.transferEnable >= bytes::TiB && user.transferEnable % bytes::TiB == 0)
        unitIndex = 2;
    else if (user.transferEnable % bytes::GiB != 0 && user.transferEnable % bytes::MiB == 0)
        unitIndex = 0;
    m_quotaUnit->setCurrentIndex(unitIndex);
    m_quota->setText(quotaText(user.transferEnable, currentUnit()));
    m_initialQuotaText = m_quota->text();
    m_initialQuotaUnit = unitIndex;
    m_level->setValue(user.level);
    m_nodeGroup->setValue(user.nodeGroup);
    m_expiry->setDateTime(user.levelExpiresAt.isValid() ? user.levelExpiresAt.toLocalTime()
                                                        : m_expiry->minimumDateTime());
    m_initialExpiry = m_expiry->dateTime();
}

qint64 UserEditDialog::currentUnit() const
{
    return m_quotaUnit->currentData().toLongLong();
}

std::optional<qint64> UserEditDialog::quotaBytes(const QString& number, qint64 unit)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(-)?\\s*(\\d{1,18})(?:[.,](\\d{1,9}))?\\s*$"));
    const auto m = re.match(number);
    if (!m.hasMatch())
        return std::nullopt;
    if (!m.captured(1).isEmpty())
        return qint64(-1);
    const qint64 whole = m.captured(2).toLongLong();
    if (whole > bytes::MaxQuota / unit + 1)
        return bytes::MaxQuota + 1;
    qint64 result = whole * unit;
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty()) {
        qint64 scale = 1;
        for (qsizetype i = 0; i < fraction.size(); ++i)
            scale *= 10;
        // fraction < scale ≤ 10^9 and unit ≤ 2^40: split to stay inside 64 bits.
        result += (fraction.toLongLong() * (unit / 1024)) / scale * 1024 +
                  (fraction.toLongLong() * (unit % 1024)) / scale;
    }
    return result;
}

QDateTime UserEditDialog::expiryValue() const
{
    const QDateTime value = m_expiry->dateTime();
    return value == m_expiry->minimumDateTime() ? QDateTime() : value;
}

bool UserEditDialog::emailChanged() const
{
    return m_email->text().trimmed() != m_original.email;
}

bool UserEditDialog::usernameChanged() const
{
    return m_username->text().trimmed() != m_original.username;
}

bool UserEditDialog::quotaChanged() const
{
    if (m_quota->text().trimmed() == m_initialQuotaText &&
        m_quotaUnit->currentIndex() == m_initialQuotaUnit)
        return false;
    return quotaBytes(m_quota->text(), currentUnit()) != m_original.transferEnable;
}

bool UserEditDialog::expiryChanged() const
{
    return m_expiry->dateTime() != m_initialExpiry;
}

storage::UserEdit UserEditDialog::pendingEdit() const
{
    storage::UserEdit edit;
    if (emailChanged())
        edit.email = m_email->text().trimmed();
    if (usernameChanged())
        edit.username = m_username->text().trimmed();
    if (quotaChanged()) {
        if (const auto value = quotaBytes(m_quota->text(), currentUnit()))
            edit.transferEnable = *value;
    }
    if (expiryChanged())
        edit.levelExpiresAt = expiryValue();
    if (m_level->value() != m_original.level)
        edit.level = m_level->value();
    if (m_nodeGroup->value() != m_original.nodeGroup)
        edit.nodeGroup = m_nodeGroup->value();
    return edit;
}

QStringList UserEditDialog::fieldErrors() const
{
    QStringList errors;
    for (const QLabel* label : {m_emailError, m_usernameError, m_quotaError, m_expiryError}) {
        if (!label->isHidden() && !label->text().isEmpty())
            errors << label->text();
    }
    return errors;
}

bool UserEditDialog::isValid() const
{
    return fieldErrors().isEmpty();
}

void UserEditDialog::validate()
{
    setError(m_emailError, Validation::validateEmail(m_email->text()));
    setError(m_usernameError, Validation::validateUsername(m_username->text()));
    const auto quota = quotaBytes(m_quota->text(), currentUnit());
    setError(m_quotaError, quota ? Validation::validateTrafficQuota(*quota)
                                 : tr("Enter the quota as a number, for example 200 or 1.5."));
    // Only a changed expiry is checked: an expiry already past may stay as it is.
    setError(m_expiryError, expiryChanged()
                                ? Validation::validateLevelExpiry(expiryValue(), *m_clock)
                                : QString());
    m_save->setEnabled(isValid() && !m_saving && !m_notFound);
}

void UserEditDialog::setMessage(const QString& message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!message.isEmpty());
}

QString UserEditDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserEditDialog::save()
{
    validate();
    if (!isValid() || m_saving)
        return;
    const storage::UserEdit edit = pendingEdit();
    const bool nothing = !edit.email && !edit.username && !edit.active && !edit.transferEnable &&
                         !edit.levelExpiresAt && !edit.nodeGroup && !edit.level;
    if (nothing) {
        accept();
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    setMessage(tr("Saving…"), false);
    const QUuid id = m_original.id;
    const qint64 version = m_original.rowVersion;
    m_worker->run(
        this,
        [id, version, edit](QSqlDatabase& db) {
            return QVariant::fromValue(storage::UsersRepository::update(db, id, version, edit));
        },
        [this](const storage::JobResult& result) { onSaveResult(result); });
}

void UserEditDialog::onSaveResult(const storage::JobResult& result)
{
    m_saving = false;
    if (!result.ok()) {
        setMessage(tr("The changes were not saved. %1 Your changes are kept in the form.")
                       .arg(result.error),
                   true);
        validate();
        return;
    }
    const auto update = result.value.value<storage::UsersRepository::UpdateResult>();
    using Outcome = storage::UsersRepository::Outcome;
    switch (update.outcome) {
    case Outcome::Saved:
        m_hasConflict = false;
        m_original = update.current;
        setMessage(QString(), false);
        Q_EMIT saved(update.current);
        accept();
        return;
    case Outcome::Conflict:
        m_hasConflict = true;
        m_theirs = update.current;
        m_reload->show();
        setMessage(update.message, true);
        break;
    case Outcome::Invalid:
        setMessage(update.message, true);
        break;
    case Outcome::NotFound:
        m_notFound = true;
        setMessage(update.message, true);
        break;
    }
    validate();
}

void UserEditDialog::reloadTheirs()
{
    if (!m_hasConflict)
        return;
    // Fields the person changed keep their values; the rest show what the other person saved.
    const storage::UserEdit mine = pendingEdit();
    const QString quotaText = m_quota->text();
    const int quotaUnit = m_quotaUnit->currentIndex();
    const QDateTime expiry = m_expiry->dateTime();
    QSignalBlocker blockers[] = {QSignalBlocker(m_email), QSignalBlocker(m_username),
                                 QSignalBlocker(m_quota), QSignalBlocker(m_quotaUnit),
                                 QSignalBlocker(m_expiry)};
    setFields(m_theirs);
    if (mine.email)
        m_email->setText(*mine.email);
    if (mine.username)
        m_username->setText(*mine.username);
    if (mine.transferEnable) {
        m_quotaUnit->setCurrentIndex(quotaUnit);
        m_quota->setText(quotaText);
    }
    if (mine.levelExpiresAt)
        m_expiry->setDateTime(expiry);
    if (mine.level)
        m_level->setValue(*mine.level);
    if (mine.nodeGroup)
        m_nodeGroup->setValue(*mine.nodeGroup);
    m_hasConflict = false;
    m_reload->hide();
    setMessage(tr("These are the values saved by someone else, with your own changes kept in the "
                  "fields you edited. Check them and save again."),
               false);
    for (auto& blocker : blockers)
        blocker.unblock();
    validate();
}

} // namespace pd::ui
