#pragma once

#include "storage/CompensationJob.h"
#include "storage/DbWorker.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace pd::ui {

// Bulk compensation for the users the Users dashboard's filter selects: "+N days" and/or
// "+N GiB", a preview (how many users, a sample of before → after), then, once confirmed,
// one transaction with a progress bar. Cancel before the commit rolls everything back.
class CompensationDialog : public QDialog
{
    Q_OBJECT
public:
    CompensationDialog(storage::DbWorker* worker, const storage::UserFilter& filter,
                       const QString& filterText, QWidget* parent = nullptr);
    ~CompensationDialog() override;

    QSpinBox* daysSpin() const { return m_days; }
    QLineEdit* trafficEdit() const { return m_traffic; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QTreeWidget* sampleView() const { return m_sample; }
    QString summaryText() const;
    bool hasPreview() const { return m_previewed; }
    bool isApplying() const { return m_applying; }
    qint64 previewCount() const { return m_preview.users; }

    storage::CompensationRequest request() const;

public Q_SLOTS:
    void preview();
    void apply(); // asks for confirmation first

Q_SIGNALS:
    void applied(qint64 users);

private:
    void invalidatePreview();
    void reject() override;

    storage::DbWorker* m_worker;
    storage::UserFilter m_filter;
    storage::CompensationPreview m_preview;
    bool m_previewed = false;
    bool m_applying = false;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QSpinBox* m_days;
    QLineEdit* m_traffic;
    QLabel* m_summary;
    QTreeWidget* m_sample;
    QProgressBar* m_progress;
    QPushButton* m_previewButton;
    QPushButton* m_apply;
    QPushButton* m_cancel;
};

} // namespace pd::ui
