#pragma once

#include "CtlCommand.h"

namespace pd::ctl {

// traffic ingest|prune and partitions ensure: feeding nodes' traffic reports and keeping the
// partitioned tables ready.
QList<CtlCommand> trafficCommands();

} // namespace pd::ctl
