#include "preferencesdialog.h"

#include "preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

namespace spool {

using namespace Qt::Literals::StringLiterals;

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_workspace(new QLineEdit(preferences->workspace(), this))
    , m_threads(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this,
                                                                 tr("Workspace Folder"),
                                                                 m_workspace->text());
        if (!folder.isEmpty())
            m_workspace->setText(folder);
    });
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);

    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(
        tr("Automatic (%n core(s))", nullptr, QThread::idealThreadCount()));
    m_threads->setValue(preferences->workerThreads());

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences->language())));

    m_autosave->setRange(5, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(preferences->autosaveSeconds());

    auto *form = new QFormLayout;
    // A row that is a layout gets no buddy from addRow(), so its label's mnemonic needs one.
    auto *workspaceLabel = new QLabel(tr("&Workspace:"), this);
    workspaceLabel->setBuddy(m_workspace);
    form->addRow(workspaceLabel, workspaceRow);
    form->addRow(tr("Worker &threads:"), m_threads);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies when Spool starts again."), this);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Autosave every:"), m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    m_preferences->setWorkspace(m_workspace->text().trimmed());
    m_preferences->setWorkerThreads(m_threads->value());
    m_preferences->setLanguage(m_language->currentData().toString());
    m_preferences->setAutosaveSeconds(m_autosave->value());
    QDialog::accept();
}

} // namespace spool
