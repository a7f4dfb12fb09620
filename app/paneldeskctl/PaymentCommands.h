#pragma once

#include "CtlCommand.h"

namespace pd::ctl {

// refund create|approve|reject|list|reconcile|export, transactions list, gateway set|show|check:
// the finance acts of the Transactions & Refunds page, through the same service and database
// functions.
QList<CtlCommand> paymentCommands();

} // namespace pd::ctl
