#include "ui/compensation/CompensationDialog.h"

#include "domain/ByteSize.h"
#include "ui/MessageBox.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const QString GeometryKey = QStringLiteral("compensation/geometry");
const QString SampleHeaderKey = QStringLiteral("compensation/sampleHeader");

QString expiryText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QCoreApplication::translate("pd::ui::CompensationDialog", "no expiry");
}

} // namespace

CompensationDialog::CompensationDialog(storage::DbWorker* worker, const storage::UserFilter& filter,
                                       const QString& filterText, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_filter(filter),
      m_cancelFlag(std::make_shared<std::atomic<bool>>(false))
{
    setWindowTitle(tr("Compensate users"));
    auto* layout = new QVBoxLayout(this);
    auto* who = new QLabel(tr("Users: %1").arg(filterText));
    who->setWordWrap(true);
    layout->addWidget(who);
    auto* form = new QFormLayout;
    m_days = new QSpinBox;
    m_days->setRange(0, 3650);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("Add &days:"), m_days);
    m_traffic = new QLineEdit(QStringLiteral("0"));
    m_traffic->setToolTip(tr("Traffic to add, such as 10 GiB; a bare number is GiB."));
    form->addRow(tr("Add &traffic:"), m_traffic);
    layout->addLayout(form);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_sample = new QTreeWidget;
    m_sample->setRootIsDecorated(false);
    m_sample->setHeaderLabels({tr("User"), tr("Expiry before"), tr("Expiry after"),
                               tr("Quota before"), tr("Quota after")});
    m_sample->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_sample, 1);
    m_progress = new QProgressBar;
    m_progress->hide();
    layout->addWidget(m_progress);
    auto* buttons = new QDialogButtonBox;
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply…"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_previewButton, &QPushButton::clicked, this, &CompensationDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, &CompensationDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &CompensationDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &CompensationDialog::invalidatePreview);
    connect(m_traffic, &QLineEdit::textChanged, this, &CompensationDialog::invalidatePreview);
    invalidatePreview();
    resize(720, 480);
    QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_sample->header()->restoreState(settings.value(SampleHeaderKey).toByteArray());
}

CompensationDialog::~CompensationDialog()
{
    // A running apply that outlives the dialog rolls back rather than committing unseen.
    m_cancelFlag->store(true);
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(SampleHeaderKey, m_sample->header()->saveState());
}

storage::CompensationRequest CompensationDialog::request() const
{
    storage::CompensationRequest r;
    r.filter = m_filter;
    r.days = m_days->value();
    r.bytes = domain::bytes::parse(m_traffic->text()).value_or(-1);
    return r;
}

QString CompensationDialog::summaryText() const
{
    return m_summary->text();
}

void CompensationDialog::invalidatePreview()
{
    m_previewed = false;
    m_sample->clear();
    const QString problem = domain::bytes::parse(m_traffic->text())
                                ? storage::CompensationJob::validate(request())
                                : tr("Write the traffic as a size such as 10 GiB.");
    m_summary->setText(problem.isEmpty() ? tr("Preview to see who gets what.") : problem);
    m_previewButton->setEnabled(problem.isEmpty() && !m_applying);
    m_apply->setEnabled(false);
}

void CompensationDialog::preview()
{
    if (!m_previewButton->isEnabled())
        return;
    m_previewButton->setEnabled(false);
    m_summary->setText(tr("Counting…"));
    const storage::CompensationRequest r = request();
    m_worker->runReadOnly(
        this,
        [r](QSqlDatabase& db) {
            return QVariant::fromValue(storage::CompensationJob::preview(db, r));
        },
        [this](const storage::JobResult& result) {
            m_previewButton->setEnabled(true);
            if (!result.ok()) {
                m_summary->setText(tr("The preview failed. %1").arg(result.error));
                return;
            }
            m_preview = result.value.value<storage::CompensationPreview>();
            const storage::CompensationRequest r = request();
            QStringList gives;
            if (r.days > 0)
                gives << tr("%n day(s)", nullptr, r.days);
            if (r.bytes > 0)
                gives << domain::bytes::format(r.bytes);
            m_summary->setText(tr("%n user(s) will get %1. A sample:", nullptr,
                                  int(qMin<qint64>(m_preview.users, INT_MAX)))
                                   .arg(gives.join(tr(" and "))));
            m_sample->clear();
            for (const auto& row : std::as_const(m_preview.sample)) {
                m_sample->addTopLevelItem(new QTreeWidgetItem(
                    {row.email, expiryText(row.expiryBefore), expiryText(row.expiryAfter),
                     domain::bytes::format(row.quotaBefore),
                     domain::bytes::format(row.quotaAfter)}));
            }
            m_previewed = true;
            m_apply->setEnabled(m_preview.users > 0);
        });
}

void CompensationDialog::apply()
{
    if (!m_previewed || m_applying || !m_apply->isEnabled())
        return;
    if (MessageBox::question(this, tr("Compensate users"),
                             tr("Give this to %n user(s) now? It is applied in one transaction "
                                "and recorded in the audit log.",
                                nullptr, int(qMin<qint64>(m_preview.users, INT_MAX)))) !=
        QMessageBox::Yes)
        return;
    m_applying = true;
    m_cancelFlag->store(false);
    m_apply->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_days->setEnabled(false);
    m_traffic->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Applying… Cancel rolls everything back until it is committed."));
    storage::CompensationRequest r = request();
    // Exactly the users previewed, or nothing (the worker refuses when the selection moved).
    r.expectedUsers = m_preview.users;
    const auto flag = m_cancelFlag;
    QPointer<CompensationDialog> self(this);
    m_worker->run(
        this,
        [r, flag, self](QSqlDatabase& db) {
            // Progress goes back to the GUI thread; the dialog may be gone by then.
            const auto progress = [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (!self)
                            return;
                        // Thousandths: a count may pass an int.
                        self->m_progress->setRange(0, 1000);
                        self->m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
                        self->m_progress->setFormat(
                            tr("%1 of %2 users")
                                .arg(QLocale().toString(done), QLocale().toString(total)));
                    },
                    Qt::QueuedConnection);
            };
            return QVariant::fromValue(
                storage::CompensationJob::apply(db, r, progress, flag.get()));
        },
        [this](const storage::JobResult& result) {
            m_applying = false;
            m_progress->hide();
            m_days->setEnabled(true);
            m_traffic->setEnabled(true);
            if (!result.ok()) {
                invalidatePreview();
                m_summary->setText(
                    tr("Nothing was changed: the compensation failed and was rolled back. %1")
                        .arg(result.error));
                return;
            }
            const auto done = result.value.value<storage::CompensationResult>();
            if (done.cancelled) {
                invalidatePreview();
                m_summary->setText(tr("Cancelled: nothing was changed."));
                return;
            }
            Q_EMIT applied(done.users);
            accept();
        });
}

void CompensationDialog::reject()
{
    if (m_applying) {
        // Stop before the commit; the worker's answer reports the roll-back.
        m_cancelFlag->store(true);
        m_summary->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace pd::ui
