#pragma once

#include "storage/ConnectionProfile.h"
#include "storage/StaffAdmin.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace pd::ui {

// Tries a connection profile off the GUI thread: opens a connection of its own on a short-lived
// thread, asks the server's version, the staff role and the schema status, closes it again on
// that thread, and reports back by a queued signal. Only the newest test's answer is reported.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString error; // a sentence for people when !ok
        QString serverVersion;
        QString user;
        storage::StaffAdmin::Role role = storage::StaffAdmin::Role::None;
        int schemaCurrent = 0;
        int schemaLatest = 0;
        QString schemaError; // the schema status could not be read (a sentence)
    };

    explicit ConnectionTester(QObject* parent = nullptr);

    void test(const storage::ConnectionProfile& profile, const QString& password);
    bool isRunning() const { return m_running > 0; }

    // The outcome as sentences people read in the dialog.
    static QString describe(const Outcome& outcome);

Q_SIGNALS:
    void finished(const pd::ui::ConnectionTester::Outcome& outcome);

private:
    static Outcome run(const storage::ConnectionProfile& profile, const QString& password);

    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace pd::ui

Q_DECLARE_METATYPE(pd::ui::ConnectionTester::Outcome)
