#include "ui/settings/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
const QLatin1String kLanguageKey("ui/language");
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : PreferencesDialog(nullptr, parent) {}

PreferencesDialog::PreferencesDialog(QSettings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings ? settings : new QSettings), m_ownsSettings(!settings)
{
    setWindowTitle(tr("Preferences"));
    buildUi();
}

PreferencesDialog::~PreferencesDialog()
{
    if (m_ownsSettings)
        delete m_settings;
}

void PreferencesDialog::buildUi()
{
    auto* root = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    root->addLayout(form);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->addItem(tr("System"), QString());
    // Language names are written in their own language so everyone finds theirs.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int index = m_languageCombo->findData(m_settings->value(kLanguageKey).toString());
    m_languageCombo->setCurrentIndex(index >= 0 ? index : 0);
    form->addRow(tr("&Language:"), m_languageCombo);
    m_restartNote = new QLabel(tr("A new language is used the next time PanelDesk starts."), this);
    m_restartNote->setWordWrap(true);
    form->addRow(QString(), m_restartNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    root->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept()
{
    m_settings->setValue(kLanguageKey, m_languageCombo->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

} // namespace pd::ui
