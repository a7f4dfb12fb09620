#pragma once

#include "CtlCommand.h"

namespace pd::ctl {

// plans, subscriptions, compensate, apikeys and quota: the administrator's subscription acts
// for scripts, through the same repositories and database functions as the GUI.
QList<CtlCommand> subscriptionCommands();

} // namespace pd::ctl
