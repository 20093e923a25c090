#include "mainwindow.h"

#include <graph/graphview.h>

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace spool {

MainWindow::MainWindow(GraphView *canvas, QWidget *parent)
    : QMainWindow(parent)
    , m_canvas(canvas)
{
    setWindowTitle(tr("Spool"));
    setCentralWidget(m_canvas);
    createActions();
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_canvas, [this] {
        m_canvas->setZoom(m_canvas->zoom() * 1.25);
    });
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_canvas, [this] {
        m_canvas->setZoom(m_canvas->zoom() / 1.25);
    });
    QAction *actualSize = viewMenu->addAction(tr("&Actual Size"));
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(actualSize, &QAction::triggered, m_canvas, [this] { m_canvas->setZoom(1.0); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Spool"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
                           tr("About Spool"),
                           tr("<p><b>Spool %1</b></p><p>A studio for media-processing workflows."
                              "</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showRequestStatus(const QString &fileName, int taskCount, int problemCount)
{
    setWindowTitle(tr("%1 — Spool").arg(QFileInfo(fileName).fileName()));
    const QString tasks = tr("%n task(s)", nullptr, taskCount);
    statusBar()->showMessage(problemCount == 0
                                 ? tr("%1: %2, valid").arg(QFileInfo(fileName).fileName(), tasks)
                                 : tr("%1: %2, %n problem(s)", nullptr, problemCount)
                                       .arg(QFileInfo(fileName).fileName(), tasks));
}

void MainWindow::showLoadError(const QString &fileName, const QString &message)
{
    statusBar()->showMessage(tr("Cannot open %1: %2").arg(QFileInfo(fileName).fileName(), message));
}

} // namespace spool
