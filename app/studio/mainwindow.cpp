#include "mainwindow.h"

#include "document.h"
#include "documentcontroller.h"
#include "editorcontroller.h"
#include "examplecatalog.h"
#include "preferences.h"
#include "shortcutsdialog.h"

#include <graph/graphscene.h>
#include <graph/graphview.h>

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QUndoStack>

namespace spool {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(const Parts &parts, const Controllers &controllers, QWidget *parent)
    : QMainWindow(parent)
    , m_parts(parts)
    , m_controllers(controllers)
{
    setCentralWidget(parts.canvas);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    addDock(parts.palette, tr("Tasks"), u"PaletteDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *overview = addDock(parts.overview,
                                    tr("Overview"),
                                    u"OverviewDock"_s,
                                    Qt::RightDockWidgetArea);
    QDockWidget *inspector = addDock(parts.inspector,
                                     tr("Inspector"),
                                     u"InspectorDock"_s,
                                     Qt::RightDockWidgetArea);
    QDockWidget *json = addDock(parts.json,
                                tr("Run Request JSON"),
                                u"JsonDock"_s,
                                Qt::RightDockWidgetArea);
    QDockWidget *history = addDock(parts.undoHistory,
                                   tr("Undo History"),
                                   u"UndoHistoryDock"_s,
                                   Qt::RightDockWidgetArea);
    QDockWidget *issues = addDock(parts.issues,
                                  tr("Issues"),
                                  u"IssuesDock"_s,
                                  Qt::BottomDockWidgetArea);
    // The palette has the left column to itself, so every kind shows in a small window; the
    // right column holds the inspector and the JSON above, the overview and the undo history
    // below: two tabs each, whose titles fit the column.
    if (inspector && overview)
        splitDockWidget(inspector, overview, Qt::Vertical);
    if (inspector && json)
        tabifyDockWidget(inspector, json);
    if (overview && history)
        tabifyDockWidget(overview, history);
    else if (json && history)
        tabifyDockWidget(json, history);
    if (inspector)
        inspector->raise();
    if (overview)
        overview->raise();
    // The run's docks share the bottom with Issues: the run dock as a tab beside it, the
    // timeline to its right, so the tasks and their bars are seen together.
    placeDock(parts.runDock, Qt::BottomDockWidgetArea);
    placeDock(parts.timelineDock, Qt::BottomDockWidgetArea);
    if (issues && parts.timelineDock)
        splitDockWidget(issues, parts.timelineDock, Qt::Horizontal);
    if (issues && parts.runDock)
        tabifyDockWidget(issues, parts.runDock);
    placeDock(parts.historyDock, Qt::BottomDockWidgetArea);
    if (issues && parts.historyDock)
        tabifyDockWidget(parts.runDock ? parts.runDock : issues, parts.historyDock);
    if (issues)
        issues->raise();
    placeDock(parts.previewDock, Qt::RightDockWidgetArea);
    if (inspector && parts.previewDock) {
        tabifyDockWidget(inspector, parts.previewDock);
        inspector->raise();
    }
    arrangeDocks();

    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] { ShortcutsDialog(this, this).exec(); });
    QAction *about = helpMenu->addAction(tr("&About Spool"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this,
                           tr("About Spool"),
                           tr("<p><b>Spool %1</b></p><p>A studio for media-processing workflows."
                              "</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    Document *document = controllers.document;
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::loaded, this, &MainWindow::updateTitle);
    connect(controllers.editor, &EditorController::messageRaised, this, &MainWindow::showMessage);
    connect(controllers.documents,
            &DocumentController::messageRaised,
            this,
            &MainWindow::showMessage);
    connect(controllers.documents,
            &DocumentController::recentFilesChanged,
            this,
            &MainWindow::updateRecentMenu);
    updateTitle();
    updateRecentMenu();
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    const auto showZoom = [this](qreal zoom) {
        m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(zoom * 100)));
    };
    connect(parts.canvas, &GraphView::zoomChanged, this, showZoom);
    showZoom(parts.canvas->zoom());
    m_problemLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_problemLabel);
    if (auto *scene = qobject_cast<GraphScene *>(parts.canvas->scene())) {
        connect(scene, &GraphScene::contextMenuRequested, this, [this, scene](QPoint screenPos) {
            QMenu menu(this);
            // On a task: the task's own actions; on empty canvas: the canvas's.
            const QList<QAction *> &actions = scene->selectedNodeIds().isEmpty() ? m_canvasMenu
                                                                                 : m_nodeMenu;
            for (QAction *action : actions) {
                if (action)
                    menu.addAction(action);
                else
                    menu.addSeparator();
            }
            menu.exec(screenPos);
        });
    }
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::arrangeDocks()
{
    QDockWidget *palette = dockOf(m_parts.palette);
    QDockWidget *overview = dockOf(m_parts.overview);
    QDockWidget *inspector = dockOf(m_parts.inspector);
    QDockWidget *issues = dockOf(m_parts.issues);
    // About 42% of the width for both side docks together, within what their parts need, so
    // that the canvas keeps most of the window from 1024 pixels up.
    const int left = std::clamp(width() * 18 / 100, 170, 260);
    const int right = std::clamp(width() * 24 / 100, 230, 420);
    if (palette && inspector)
        resizeDocks({palette, inspector}, {left, right}, Qt::Horizontal);
    if (inspector && overview)
        resizeDocks({inspector, overview}, {height() * 2 / 3, height() / 4}, Qt::Vertical);
    if (issues && (m_parts.runDock || m_parts.timelineDock)) {
        // The run's tree and timeline need rows: a third of the window.
        resizeDocks({issues}, {height() / 3}, Qt::Vertical);
        // Side by side, the timeline as wide as the tree so its bars have room.
        if (QDockWidget *timeline = m_parts.timelineDock)
            resizeDocks({issues, timeline}, {width() / 3, width() / 3}, Qt::Horizontal);
    } else if (issues) {
        // Enough for a few rows, but never more than a quarter of the window.
        resizeDocks({issues},
                    {std::min(issues->widget()->sizeHint().height(), height() / 4)},
                    Qt::Vertical);
    }
}

void MainWindow::restoreLayout(const QByteArray &geometry, const QByteArray &state)
{
    if (geometry.isEmpty())
        return;
    restoreGeometry(geometry);
    m_layoutRestored = restoreState(state);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (!m_layoutRestored)
        arrangeDocks();
    // Tabbed docks in a narrow column would elide their titles to a letter ("I…"): show
    // them whole and scroll the tab bar instead.
    for (QTabBar *tabs : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
}

void MainWindow::setProblemCount(int problems)
{
    m_problemLabel->setText(problems == 0 ? tr("No problems")
                                          : tr("%n problem(s)", nullptr, problems));
}

void MainWindow::placeDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (!dock)
        return;
    dock->setParent(this);
    addDockWidget(area, dock);
    m_docks.append(dock);
}

QDockWidget *MainWindow::addDock(QWidget *part,
                                 const QString &title,
                                 const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    if (!part)
        return nullptr;
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(part);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

QDockWidget *MainWindow::dockOf(QWidget *part) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->widget() == part)
            return dock;
    }
    return nullptr;
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::createFileMenu()
{
    DocumentController *documents = m_controllers.documents;
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = menu->addAction(tr("&New"), documents, &DocumentController::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = menu->addAction(tr("&Open…"), documents, &DocumentController::open);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    // The shipped examples, from the application's resources: each opens as a new, untitled
    // workflow, so Save asks where to keep it.
    QMenu *examples = menu->addMenu(tr("Open E&xample"));
    for (const ExampleCatalog::Example &example : ExampleCatalog::list()) {
        QAction *action = examples->addAction(example.title, documents, [documents, example] {
            documents->openExample(example.path, example.title);
        });
        action->setStatusTip(example.description);
        action->setToolTip(example.description);
    }
    examples->setToolTipsVisible(true);
    examples->setEnabled(!examples->isEmpty());
    menu->addSeparator();
    QAction *save = menu->addAction(tr("&Save"), documents, &DocumentController::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = menu->addAction(tr("Save &As…"), documents, &DocumentController::saveAs);
    // Ctrl+Shift+S everywhere, whatever the platform theme binds (some bind nothing).
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    menu->addSeparator();
    // Import adds the file's tasks to this workflow; Open replaces it.
    QAction *importAction = menu->addAction(tr("&Import Tasks…"),
                                            m_controllers.editor,
                                            &EditorController::importWithDialog);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction = menu->addAction(tr("&Export Run Request…"),
                                            documents,
                                            &DocumentController::exportJson);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addSeparator();
    QAction *preferences = menu->addAction(tr("&Preferences…"), this, [this] {
        Q_EMIT preferencesRequested();
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    EditorController *editor = m_controllers.editor;
    QUndoStack *stack = m_controllers.document->undoStack();
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    // Not QUndoStack::createUndoAction(): it joins a prefix and the command's name with a
    // space, which does not read in every language ("Rückgängig: Verschieben").
    QAction *undo = menu->addAction(QString(), stack, &QUndoStack::undo);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = menu->addAction(QString(), stack, &QUndoStack::redo);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    const auto nameUndo = [undo](const QString &command) {
        undo->setText(command.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(command));
    };
    const auto nameRedo = [redo](const QString &command) {
        redo->setText(command.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(command));
    };
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, nameUndo);
    connect(stack, &QUndoStack::redoTextChanged, redo, nameRedo);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    nameUndo(stack->undoText());
    nameRedo(stack->redoText());
    menu->addSeparator();
    const auto add = [&](const QString &text, QKeySequence key, void (EditorController::*slot)()) {
        QAction *action = menu->addAction(text, editor, slot);
        action->setShortcut(key);
        // The shortcuts belong to the canvas (which takes the focus whenever tasks are added),
        // so the docks' text fields keep their own cut, copy, paste and delete.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_parts.canvas->addAction(action);
        return action;
    };
    QAction *addTask = add(tr("Add &Task…"),
                           QKeySequence(Qt::SHIFT | Qt::Key_A),
                           &EditorController::quickAddAtSelection);
    QAction *rename = add(tr("&Rename Task"),
                          QKeySequence(Qt::Key_F2),
                          &EditorController::renameSelected);
    QAction *detach = add(tr("Disconnect from &Parent"),
                          QKeySequence(Qt::ALT | Qt::Key_D),
                          &EditorController::disconnectSelection);
    QAction *find = menu->addAction(tr("&Find Task…"), editor, &EditorController::showFindBar);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    menu->addSeparator();
    QAction *cut = add(tr("Cu&t"), QKeySequence::Cut, &EditorController::cutSelection);
    QAction *copy = add(tr("&Copy"), QKeySequence::Copy, &EditorController::copySelection);
    QAction *paste = add(tr("&Paste"), QKeySequence::Paste, &EditorController::paste);
    QAction *duplicate = add(tr("&Duplicate"),
                             QKeySequence(Qt::CTRL | Qt::Key_D),
                             &EditorController::duplicateSelection);
    // Delete never deletes what is not selected, and never leaves what followed a task
    // unconnected without saying so: the tasks after it follow its parent instead.
    QAction *remove = add(tr("De&lete and Keep Children"),
                          QKeySequence::Delete,
                          &EditorController::deleteSelection);
    remove->setStatusTip(tr("Deletes the selected tasks; the tasks after one follow its parent "
                            "instead, or become top-level tasks, which run on the run's single "
                            "root ingest."));
    QAction *removeAll = add(tr("Delete &with Children"),
                             QKeySequence(Qt::CTRL | Qt::Key_Delete),
                             &EditorController::deleteWithChildren);
    removeAll->setStatusTip(tr("Deletes the selected tasks and every task after them."));
    menu->addSeparator();
    add(tr("Select &All"), QKeySequence::SelectAll, &EditorController::selectAll);
    menu->addSeparator();
    QAction *tidy = add(tr("&Tidy Layout"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        &EditorController::tidyLayout);
    m_canvasMenu = {addTask, nullptr, cut, copy, paste, duplicate, remove, removeAll, nullptr, tidy};
    m_nodeMenu = {rename, addTask, detach, nullptr, cut, copy, duplicate, nullptr, remove, removeAll};
}

void MainWindow::createViewMenu()
{
    GraphView *canvas = m_parts.canvas;
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), canvas, [canvas] {
        canvas->setZoom(canvas->zoom() * 1.25);
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), canvas, [canvas] {
        canvas->setZoom(canvas->zoom() / 1.25);
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *actualSize = m_viewMenu->addAction(tr("&Actual Size"), canvas, [canvas] {
        canvas->setZoom(1.0);
    });
    actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fit = m_viewMenu->addAction(tr("&Fit to View"),
                                         m_controllers.editor,
                                         &EditorController::fitToView);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *snap = m_viewMenu->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_controllers.editor->snapToGrid());
    connect(snap, &QAction::toggled, m_controllers.editor, &EditorController::setSnapToGrid);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::updateTitle()
{
    // Qt replaces [*] with the platform's modified marker.
    setWindowTitle(tr("%1[*] — Spool").arg(m_controllers.document->displayName()));
    setWindowModified(m_controllers.document->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_controllers.preferences->recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(),
                                                  m_controllers.documents,
                                                  [this, path] {
                                                      m_controllers.documents->openWithConsent(path);
                                                  });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_controllers.documents->maybeSave()) {
        event->ignore();
        return;
    }
    m_controllers.preferences->setWindowState(saveGeometry(), saveState());
    m_controllers.documents->closeCleanly();
    event->accept();
}

} // namespace spool
