#include "ui/apikeys/ApiKeyRevealDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

ApiKeyRevealDialog::ApiKeyRevealDialog(const QString& fullKey, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New API key"));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Copy the key now: this is the only time it is shown. PanelDesk "
                               "keeps only its fingerprint, so a lost key cannot be shown again; "
                               "revoke it and create a new one instead."));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_key = new QLineEdit(fullKey);
    m_key->setReadOnly(true);
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(fullKey) + 24);
    layout->addWidget(m_key);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_key->text());
        m_copy->setText(tr("Copied"));
    });
}

ApiKeyRevealDialog::~ApiKeyRevealDialog()
{
    m_key->clear();
}

} // namespace pd::ui
