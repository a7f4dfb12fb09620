#pragma once

#include "storage/ConnectionProfile.h"
#include "storage/DemoEnvironment.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace pd::storage {
class DemoCluster;
}

namespace pd::ui {

// Brings up the demo database without freezing the window: DemoEnvironment::prepare runs on a
// thread of its own while a progress dialog shows the loader's steps; the private cluster is
// stopped when the application quits.
class DemoStarter : public QObject
{
    Q_OBJECT
public:
    // dialogParent: where the progress dialog appears (may be null).
    explicit DemoStarter(QWidget* dialogParent, QObject* parent = nullptr);
    ~DemoStarter() override; // waits for a running preparation, then stops the cluster

    // <AppDataLocation>/demo-cluster
    static QString defaultDataRoot();
    void setDataRoot(const QString& root) { m_dataRoot = root; }
    QString dataRoot() const { return m_dataRoot; }
    // Whether the progress dialog is shown (off for tests and screenshots).
    void setShowProgress(bool show) { m_showProgress = show; }

    bool isRunning() const { return m_thread != nullptr; }
    // Starts (or reuses) the demo cluster with `users` demo users on first load. Asynchronous:
    // ends in ready(), failed() or noServerBinaries().
    void start(int users);
    // Stops the cluster (blocking; called at application exit).
    void shutdown();
    // A demo login's profile ("demo_admin", "demo_finance", "demo_support") once ready.
    storage::ConnectionProfile profileFor(const QString& login) const;

Q_SIGNALS:
    void progressed(int percent, const QString& step); // queued from the preparing thread
    void ready(const storage::ConnectionProfile& adminProfile, bool loadedNow);
    void failed(const QString& message);
    void noServerBinaries(const QString& message);

private:
    void finished();

    QPointer<QWidget> m_dialogParent;
    QString m_dataRoot;
    bool m_showProgress = true;
    std::unique_ptr<storage::DemoCluster> m_cluster;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    storage::DemoEnvironment::Result m_result;
};

} // namespace pd::ui
