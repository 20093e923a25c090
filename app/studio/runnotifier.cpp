#include "runnotifier.h"

#include <common/statusstyle.h>

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace spool {

RunNotifier::RunNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

QString RunNotifier::title(const Run &run)
{
    switch (run.lifecycle.status()) {
    case Status::Succeeded:
        return tr("Run succeeded");
    case Status::Failed:
        return tr("Run failed");
    case Status::Cancelled:
        return tr("Run cancelled");
    default:
        return tr("Run ended");
    }
}

QString RunNotifier::message(const Run &run)
{
    int failed = 0;
    for (const Task &task : run.tasks)
        failed += task.lifecycle.status() == Status::Failed ? 1 : 0;
    if (failed > 0)
        return tr("Run %1: %2 of %3 tasks failed.").arg(run.id).arg(failed).arg(run.tasks.size());
    return tr("Run %1 ended %2 after %3 tasks.")
        .arg(run.id, StatusStyle::name(run.lifecycle.status()))
        .arg(run.tasks.size());
}

RunNotifier::Channels RunNotifier::notify(const Run &run)
{
    Channels used = None;
    // The window the widget is in by now (the canvas is placed in it after this was made).
    QWidget *window = m_window ? m_window->window() : nullptr;
    if (!window || window->isActiveWindow())
        return used;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(window->windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        const QSystemTrayIcon::MessageIcon icon = run.lifecycle.status() == Status::Succeeded
                                                      ? QSystemTrayIcon::Information
                                                      : QSystemTrayIcon::Warning;
        m_tray->showMessage(title(run), message(run), icon);
        used |= Tray;
    }
    QApplication::alert(window);
    used |= Alert;
    return used;
}

} // namespace spool
