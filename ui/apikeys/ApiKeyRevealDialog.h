#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace pd::ui {

// Shows a new API key's full text once, read-only, with a button that copies it to the
// clipboard. Nothing keeps the text after the dialog closes.
class ApiKeyRevealDialog : public QDialog
{
    Q_OBJECT
public:
    ApiKeyRevealDialog(const QString& fullKey, QWidget* parent = nullptr);
    ~ApiKeyRevealDialog() override;

    QLineEdit* keyEdit() const { return m_key; }
    QPushButton* copyButton() const { return m_copy; }

private:
    QLineEdit* m_key;
    QPushButton* m_copy;
};

} // namespace pd::ui
