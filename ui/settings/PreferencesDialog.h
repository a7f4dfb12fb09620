#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace pd::ui {

// Application preferences kept in QSettings: for now the interface language ("ui/language":
// empty for the system's, "en", "zh_CN"), applied at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    // Tests pass a settings object of their own (a temporary file); not owned.
    PreferencesDialog(QSettings* settings, QWidget* parent);
    ~PreferencesDialog() override;

    QComboBox* languageCombo() const { return m_languageCombo; }
    QLabel* restartNote() const { return m_restartNote; }

public Q_SLOTS:
    void accept() override; // saves, then closes

private:
    void buildUi();

    QSettings* m_settings;
    bool m_ownsSettings;
    QComboBox* m_languageCombo = nullptr;
    QLabel* m_restartNote = nullptr;
};

} // namespace pd::ui
