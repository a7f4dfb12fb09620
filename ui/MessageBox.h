#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace pd::ui {

// The one way PanelDesk asks or tells something in a modal box, so tests can answer instead of
// a person (KeePassXC's seam): queue preset answers and the next calls return them without
// showing anything. Without presets a real QMessageBox is shown (findable through
// QApplication::activeModalWidget()). GUI thread only.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::No);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::Ok);
    static Button information(QWidget* parent, const QString& title, const QString& text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::Ok);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::Ok);

    // For tests. Answers are used first in, first out, one per call.
    static void queueAnswer(Button answer);
    static int pendingAnswers();
    // When set and no answer is queued, calls return their default button without showing a
    // box, so a test never hangs on an unexpected question.
    static void setUnattended(bool unattended);
    // The texts of every box asked or shown since the last clear (presets included).
    static QStringList history();
    static QString lastText();
    static void clear(); // drops queued answers and the history; unattended stays as it is

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                      const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace pd::ui
