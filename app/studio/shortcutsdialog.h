#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QMainWindow;

namespace spool {

/// Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its actions themselves
/// (so the list can never disagree with what the keys do), in menu order.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    /// The window's actions that have shortcuts: their text (without mnemonics) and their
    /// keys as the platform writes them, menus first, in menu order.
    static QList<QPair<QString, QString>> shortcuts(const QMainWindow *window);
};

} // namespace spool
