#include "ui/MessageBox.h"

#include <QQueue>

namespace pd::ui {

namespace {
// GUI-thread only state, as the boxes themselves.
QQueue<MessageBox::Button>& presets()
{
    static QQueue<MessageBox::Button> queue;
    return queue;
}
QStringList& shown()
{
    static QStringList texts;
    return texts;
}
bool g_unattended = false;
} // namespace

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
                                           const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

void MessageBox::queueAnswer(Button answer)
{
    presets().enqueue(answer);
}

int MessageBox::pendingAnswers()
{
    return int(presets().size());
}

void MessageBox::setUnattended(bool unattended)
{
    g_unattended = unattended;
}

QStringList MessageBox::history()
{
    return shown();
}

QString MessageBox::lastText()
{
    return shown().isEmpty() ? QString() : shown().constLast();
}

void MessageBox::clear()
{
    presets().clear();
    shown().clear();
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton)
{
    shown().append(text);
    if (!presets().isEmpty())
        return presets().dequeue();
    if (g_unattended)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Cancel;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText); // sentences may quote user input or server text
    return static_cast<Button>(box.exec());
}

} // namespace pd::ui
