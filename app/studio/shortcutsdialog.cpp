#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

void collect(const QList<QAction *> &actions,
             QList<const QAction *> *seen,
             QList<QPair<QString, QString>> *out)
{
    for (const QAction *action : actions) {
        if (seen->contains(action))
            continue;
        seen->append(action);
        if (QMenu *menu = action->menu()) {
            collect(menu->actions(), seen, out);
            continue;
        }
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(QRegularExpression(u"&(?!&)"_s));
        out->append({text, keys.join(u", "_s)});
    }
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(const QMainWindow *window)
{
    QList<QPair<QString, QString>> entries;
    QList<const QAction *> seen;
    collect(window->menuBar()->actions(), &seen, &entries);
    // Then actions that live on widgets only (none should, but none is left out).
    collect(window->findChildren<QAction *>(), &seen, &entries);
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setColumnCount(2);
    list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    for (const auto &[text, keys] : shortcuts(window))
        new QTreeWidgetItem(list, {text, keys});
    list->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(460, 520);
}

} // namespace spool
