#pragma once

#include <schema/run.h>

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace spool {

/// Tells a person that a run ended while they were looking elsewhere: when the window is not
/// the active one, a desktop notification through QSystemTrayIcon (where the desktop has a
/// tray) and the taskbar's alert on the window (QApplication::alert). Nothing when the window
/// is active: the run dock says it already.
class RunNotifier : public QObject
{
    Q_OBJECT

public:
    enum Channel { None = 0, Tray = 1, Alert = 2 };
    Q_DECLARE_FLAGS(Channels, Channel)

    /// Notifies through the window `widget` is in when a run ends.
    explicit RunNotifier(QWidget *widget, QObject *parent = nullptr);

    /// Notifies of the run's end; what was used.
    Channels notify(const Run &run);
    /// The notification's title and text for a run.
    static QString title(const Run &run);
    static QString message(const Run &run);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(RunNotifier::Channels)

} // namespace spool
