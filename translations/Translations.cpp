#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pd {

QString installTranslations(const QString& overrideLanguage)
{
    const QLocale locale =
        overrideLanguage.isEmpty() ? QLocale::system() : QLocale(overrideLanguage);
    // Numbers and dates follow the interface's language too.
    QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("paneldesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace pd
