#pragma once

#include "CtlCommand.h"

namespace pd::ctl {

// users list|show: looking users up through the same repository as the GUI.
QList<CtlCommand> usersCommands();

} // namespace pd::ctl
