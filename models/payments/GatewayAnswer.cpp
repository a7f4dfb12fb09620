#include "payments/GatewayAnswer.h"

namespace pd::payments {

QString GatewayAnswer::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Processing:
        return QStringLiteral("processing");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotFound:
    case Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace pd::payments
