#pragma once

#include <QString>

namespace pd {

// Installs PanelDesk's and Qt's own translators for the chosen language: an explicit
// override ("zh_CN", "en") or, when empty, the system locale.
QString installTranslations(const QString& overrideLanguage = {});

} // namespace pd
