#pragma once

#include "CtlCommand.h"

namespace pd::ctl {

// migrate, staff and demo-data: setting a database up.
QList<CtlCommand> coreCommands();

} // namespace pd::ctl
