// The GUI composition root: the only place that picks the concrete keychain, profile store and
// start-up path (demo, saved profile, welcome page).

#include "secrets/KeychainSecretStore.h"
#include "storage/ConnectionProfileStore.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// This file's strings share one translation context, which lupdate reads from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(paneldesk)
};

// --language must be known before the translators (and so the translated --help) exist.
QString languageFromArguments(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--language") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--language=")))
            return args.at(i).mid(int(qstrlen("--language=")));
    }
    return {};
}

void printError(const QString& message)
{
    std::fprintf(stderr, "paneldesk: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PanelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PanelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PANELDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PanelDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("paneldesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paneldesk.svg")));

    QString language = languageFromArguments(app.arguments());
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    pd::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Back office for users, plans, payments and nodes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Tr::tr("Start on the demo database (a private PostgreSQL "
                                               "cluster with made-up data)."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("Connect with the saved connection NAME."),
                                           Tr::tr("NAME"));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         Tr::tr("Number of demo users loaded the first time the "
                                                "demo starts (default 100000)."),
                                         Tr::tr("N"), QStringLiteral("100000"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Tr::tr("Once the first page has loaded, save the window as an image to FILE and quit."),
        Tr::tr("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            Tr::tr("Language of the interface (en, zh_CN)."),
                                            Tr::tr("LANG"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        Tr::tr("Open on page N (1 Users … 7 Audit log), as Ctrl+N "
                                               "does."),
                                        Tr::tr("N"));
    const QCommandLineOption demoLoginOption(
        QStringLiteral("demo-login"),
        Tr::tr("The demo login to start with: admin (default), finance or support."),
        Tr::tr("ROLE"));
    parser.addOptions({demoOption, profileOption, usersOption, screenshotOption, languageOption,
                       pageOption, demoLoginOption});
    parser.process(app);

    bool usersOk = false;
    const int users = parser.value(usersOption).toInt(&usersOk);
    if (!usersOk || users < 1 || users > 10000000) {
        printError(Tr::tr("--users needs a number of users between 1 and 10000000."));
        return 2;
    }

    const QString demoLogin = parser.value(demoLoginOption);
    if (!demoLogin.isEmpty() &&
        !QStringList{QStringLiteral("admin"), QStringLiteral("finance"), QStringLiteral("support")}
             .contains(demoLogin)) {
        printError(Tr::tr("--demo-login needs admin, finance or support."));
        return 2;
    }

    pd::secrets::KeychainSecretStore secrets;
    pd::storage::ConnectionProfileStore profiles;
    pd::ui::MainWindow window;
    window.setServices(&secrets, &profiles);
    window.setDemoUsers(users);
    if (!demoLogin.isEmpty())
        window.setDemoLogin(QStringLiteral("demo_") + demoLogin);

    const QString screenshot = parser.value(screenshotOption);
    QElapsedTimer clock;
    if (!screenshot.isEmpty()) {
        // Always the same picture: the Users page (unless --page) at a fixed size, whatever
        // was remembered.
        window.setDemoProgressShown(false);
        window.setCurrentPage(pd::ui::MainWindow::UsersPage);
        window.resize(1400, 860);
        QObject::connect(&window, &pd::ui::MainWindow::sessionFailed, &app,
                         [](const QString& message) {
                             printError(message);
                             QCoreApplication::exit(1);
                         });
        auto* poll = new QTimer(&app);
        clock.start();
        QObject::connect(poll, &QTimer::timeout, &app, [&window, poll, &clock, screenshot] {
            if (clock.elapsed() > 30 * 60 * 1000) {
                printError(
                    Tr::tr("The page did not load within 30 minutes; no screenshot was taken."));
                QCoreApplication::exit(1);
                return;
            }
            if (!window.currentPageLoaded())
                return;
            poll->stop();
            // Select the first row so the picture shows a detail pane too.
            if (QWidget* page = window.page(window.currentPage())) {
                auto* view = page->findChild<QTableView*>();
                if (view && view->model()->rowCount() > 0)
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            // A moment for the detail panel and the neighbouring blocks to arrive.
            QTimer::singleShot(1500, &window, [&window, screenshot] {
                if (!window.grab().save(screenshot)) {
                    printError(Tr::tr("The screenshot could not be saved to %1.").arg(screenshot));
                    QCoreApplication::exit(1);
                    return;
                }
                QCoreApplication::exit(0);
            });
        });
        poll->start(250);
    }

    if (parser.isSet(pageOption)) {
        const int page = parser.value(pageOption).toInt();
        if (page < 1 || page > pd::ui::MainWindow::PageCount) {
            printError(
                Tr::tr("--page needs a number from 1 to %1.").arg(pd::ui::MainWindow::PageCount));
            return 2;
        }
        window.setCurrentPage(page - 1);
    }

    window.show();
    const bool demo = parser.isSet(demoOption);
    const QString profile = parser.value(profileOption);
    QTimer::singleShot(0, &window, [&window, &profiles, demo, profile] {
        if (demo)
            window.startDemo();
        else if (!profile.isEmpty())
            window.connectWithProfile(profile);
        else if (!profiles.profiles().isEmpty())
            window.showConnectDialog(); // the welcome page stays behind it
    });
    return app.exec();
}
