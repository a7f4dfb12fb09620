#pragma once

#include "storage/ConnectionProfile.h"
#include "storage/DemoCluster.h"
#include "storage/DemoDataLoader.h"

namespace pd::storage {

// Everything `paneldesk --demo` needs before it can connect: start the private cluster,
// create the database paneldesk_demo, migrate it, load demo data on first start, and make the
// demo staff logins demo_admin, demo_finance and demo_support. Blocking: run it off the GUI
// thread.
class DemoEnvironment
{
public:
    static constexpr const char* DatabaseName = "paneldesk_demo";
    struct Result
    {
        bool ok = false;
        QString error;                  // a sentence for people
        bool noServerBinaries = false;  // offer the connection dialog instead
        bool loadedNow = false;         // demo data was loaded by this call
        ConnectionProfile adminProfile; // demo_admin on the cluster's socket
    };
    static Result prepare(DemoCluster& cluster, int users,
                          const DemoDataLoader::Progress& progress = {});
    // The profile of a demo login ("demo_admin", "demo_finance", "demo_support").
    static ConnectionProfile profileFor(const DemoCluster& cluster, const QString& login);
};

} // namespace pd::storage
