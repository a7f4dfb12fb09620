// MessageBox: preset answers replace the box, in order; without presets a real modal box is
// shown and answered by the keyboard.
#include "ui/MessageBox.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

using pd::ui::MessageBox;

class tst_MessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        MessageBox::clear();
        MessageBox::setUnattended(false);
    }

    void presetAnswersAreUsedInOrder()
    {
        MessageBox::queueAnswer(QMessageBox::Yes);
        MessageBox::queueAnswer(QMessageBox::No);
        QCOMPARE(MessageBox::pendingAnswers(), 2);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("first?")),
                 QMessageBox::Yes);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("second?")),
                 QMessageBox::No);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(MessageBox::history(),
                 QStringList({QStringLiteral("first?"), QStringLiteral("second?")}));
        QCOMPARE(MessageBox::lastText(), QStringLiteral("second?"));
    }

    void unattendedReturnsTheDefault()
    {
        MessageBox::setUnattended(true);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("t"), QStringLiteral("delete?"),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::No);
        QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("t"), QStringLiteral("careful")),
                 QMessageBox::Ok);
        QCOMPARE(MessageBox::history().size(), 2);
    }

    void withoutPresetsARealBoxIsShown()
    {
        QString seenText;
        QTimer::singleShot(0, this, [&seenText]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            seenText = box->text();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        const auto answer =
            MessageBox::question(nullptr, QStringLiteral("Title"), QStringLiteral("Really?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        QCOMPARE(seenText, QStringLiteral("Really?"));
        QCOMPARE(answer, QMessageBox::No); // Escape picks the "no" button
    }
};

QTEST_MAIN(tst_MessageBox)
#include "tst_messagebox.moc"
