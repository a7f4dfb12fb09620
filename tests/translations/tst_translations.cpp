// The translations as a Chinese-speaking user meets them: the embedded catalogue loads for
// zh_CN, every message of the .ts is translated, and no translation drops or invents a
// placeholder (which would show "%1" or lose a number on screen).

#include "translations/Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString tsPath(const char* language)
{
    return qEnvironmentVariable("PD_SOURCE_DIR") +
           QStringLiteral("/translations/paneldesk_%1.ts").arg(QLatin1String(language));
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseCatalogueIsEmbeddedAndLoads();
    void everyChineseMessageIsTranslatedWithItsPlaceholders();
};

void tst_Translations::chineseCatalogueIsEmbeddedAndLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/paneldesk_zh_CN.qm")));
    QCOMPARE(pd::installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QString welcome =
        QCoreApplication::translate("pd::ui::MainWindow", "Welcome to PanelDesk");
    QVERIFY2(welcome != QLatin1String("Welcome to PanelDesk"), qPrintable(welcome));
    // Model-layer sentences reach people too (errors of the storage layer, the CLI).
    const QString migrate = QCoreApplication::translate(
        "paneldeskctl", "No command was given. Try \"paneldeskctl --help\".");
    QVERIFY2(!migrate.startsWith(QLatin1String("No command")), qPrintable(migrate));
}

void tst_Translations::everyChineseMessageIsTranslatedWithItsPlaceholders()
{
    QFile file(tsPath("zh_CN"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString context, source;
    QStringList forms;
    bool unfinished = false;
    bool inTranslation = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                forms.clear();
                unfinished = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                inTranslation = true;
                unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete"))
                    unfinished = false;
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && name == QLatin1String("translation")) {
            inTranslation = false;
        } else if (inTranslation && xml.isCharacters() && forms.isEmpty() && !xml.isWhitespace()) {
            forms << xml.text().toString(); // a plain <translation>text</translation>
        } else if (xml.isEndElement() && name == QLatin1String("message")) {
            ++messages;
            const QString where = context + QStringLiteral(": ") + source.left(60);
            if (unfinished) {
                problems << QStringLiteral("untranslated ") + where;
                continue;
            }
            if (forms.isEmpty())
                problems << QStringLiteral("empty ") + where;
            for (const QString& form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("empty ") + where;
                else if (placeholders(form) != placeholders(source))
                    problems << QStringLiteral("placeholders differ ") + where;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) +
                                            QStringLiteral(" problems, the first:\n") +
                                            problems.mid(0, 20).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Translations)

#include "tst_translations.moc"
