// PreferencesDialog: the chosen language lands in "ui/language" on OK only, and the dialog
// says it applies at the next start.
#include "ui/settings/PreferencesDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using pd::ui::PreferencesDialog;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void choose(QComboBox* combo, const QString& code)
    {
        const int index = combo->findData(code);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void offersSystemEnglishAndChinese()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        PreferencesDialog dialog(&settings, nullptr);
        QComboBox* combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->currentData().toString(), QString()); // nothing chosen yet: the system's
        QVERIFY(combo->findText(QStringLiteral("简体中文")) >= 0);
        QVERIFY(combo->findText(QStringLiteral("English")) >= 0);
        QVERIFY(dialog.restartNote()->text().contains(QLatin1String("next time")));
    }

    void okSavesTheLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            PreferencesDialog dialog(&settings, nullptr);
            dialog.show();
            choose(dialog.languageCombo(), QStringLiteral("zh_CN"));
            QTest::keyClick(&dialog, Qt::Key_Return);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        PreferencesDialog again(&settings, nullptr);
        QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("zh_CN"));
    }

    void cancelKeepsTheOldLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.ini"));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        PreferencesDialog dialog(&settings, nullptr);
        dialog.show();
        QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("en"));
        choose(dialog.languageCombo(), QStringLiteral("zh_CN"));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
