#pragma once

#include "domain/Clock.h"
#include "storage/DbWorker.h"
#include "storage/UsersRepository.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pd::ui {

// Edits one user's email, username, traffic quota, level, level expiry and node group. Checks
// every field as it is typed (Save stays disabled while something is wrong), saves only what
// changed, and guards against lost updates with the row version: when someone else saved in
// between, the dialog stays open with the person's edits and offers Reload.
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    UserEditDialog(storage::DbWorker* worker, const storage::UserRecord& user,
                   QWidget* parent = nullptr);

    // What "in the past" means for the expiry field (tests set it).
    void setClock(const domain::Clock* clock);

    // The fields that differ from the stored row, as they would be saved.
    storage::UserEdit pendingEdit() const;
    bool isValid() const;
    bool isSaving() const { return m_saving; }
    bool hasConflict() const { return m_hasConflict; }
    const storage::UserRecord& original() const { return m_original; }
    QString messageText() const;
    // The inline sentences shown under the fields, empty when every field is fine.
    QStringList fieldErrors() const;

    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* quotaEdit() const { return m_quota; }
    QComboBox* quotaUnitCombo() const { return m_quotaUnit; }
    QDateTimeEdit* expiryEdit() const { return m_expiry; }
    QSpinBox* nodeGroupSpin() const { return m_nodeGroup; }
    QSpinBox* levelSpin() const { return m_level; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* reloadButton() const { return m_reload; }

    // "300" with unit GiB → bytes; -1 for a negative number, MaxQuota + 1 for a huge one,
    // nullopt when it is not a number at all. Exact: no floating point.
    static std::optional<qint64> quotaBytes(const QString& number, qint64 unit);

Q_SIGNALS:
    // The row as stored after a successful save.
    void saved(const pd::storage::UserRecord& user);

private:
    void setFields(const storage::UserRecord& user);
    void validate();
    void save();
    void onSaveResult(const storage::JobResult& result);
    void reloadTheirs();
    void setMessage(const QString& message, bool error);
    QDateTime expiryValue() const; // invalid = none
    qint64 currentUnit() const;
    bool emailChanged() const;
    bool usernameChanged() const;
    bool quotaChanged() const;
    bool expiryChanged() const;

    storage::DbWorker* m_worker;
    const domain::Clock* m_clock = &domain::Clock::system();
    storage::UserRecord m_original; // the version being edited
    storage::UserRecord m_theirs;   // someone else's row after a conflict
    QString m_initialQuotaText;
    int m_initialQuotaUnit = 0;
    QDateTime m_initialExpiry;
    bool m_saving = false;
    bool m_hasConflict = false;
    bool m_notFound = false;

    QLineEdit* m_email;
    QLabel* m_emailError;
    QLineEdit* m_username;
    QLabel* m_usernameError;
    QLineEdit* m_quota;
    QComboBox* m_quotaUnit;
    QLabel* m_quotaError;
    QDateTimeEdit* m_expiry;
    QLabel* m_expiryError;
    QSpinBox* m_level;
    QSpinBox* m_nodeGroup;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_reload;
};

} // namespace pd::ui
