#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace spool {

class Preferences;

/// Edits the preferences: the workspace folder of local runs, the engine's worker threads, the
/// interface language and the autosave interval. Accepting writes them; a changed language
/// applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

    void accept() override;

private:
    Preferences *m_preferences;
    QLineEdit *m_workspace;
    QSpinBox *m_threads;
    QComboBox *m_language;
    QSpinBox *m_autosave;
};

} // namespace spool
