#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QUndoStack;

namespace spool {

class Document;
class DocumentController;
class EditorController;
class GraphView;
class Preferences;

/// The studio's main window. It only assembles the canvas, the docks and the actions, and
/// connects the actions to the controllers that hold the behaviour.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The widgets the window places; it takes ownership of them.
    struct Parts
    {
        GraphView *canvas = nullptr;
        QWidget *palette = nullptr;
        QWidget *inspector = nullptr;
        QWidget *issues = nullptr;
        QWidget *json = nullptr;
        QWidget *undoHistory = nullptr;
        QWidget *overview = nullptr;
        /// The run dock and the timeline dock: docks already, placed at the bottom.
        QDockWidget *runDock = nullptr;
        QDockWidget *timelineDock = nullptr;
        /// The History dock: tabbed with Issues and the run dock.
        QDockWidget *historyDock = nullptr;
        /// The preview of the selected task's outputs: a dock, placed beside the inspector.
        QDockWidget *previewDock = nullptr;
    };
    /// What the actions drive.
    struct Controllers
    {
        Document *document = nullptr;
        EditorController *editor = nullptr;
        DocumentController *documents = nullptr;
        Preferences *preferences = nullptr;
    };

    MainWindow(const Parts &parts, const Controllers &controllers, QWidget *parent = nullptr);

    /// The dock around a part, for showing it programmatically (activating an issue).
    QDockWidget *dockOf(QWidget *part) const;
    /// What a right click on the canvas offers (null entries are separators).
    const QList<QAction *> &canvasMenuActions() const { return m_canvasMenu; }
    /// What a right click on a task offers: its own actions (null entries are separators).
    const QList<QAction *> &nodeMenuActions() const { return m_nodeMenu; }
    void showMessage(const QString &message);
    /// Shows the validator's verdict in the status bar.
    void setProblemCount(int problems);
    /// Puts back the geometry and dock layout of the last session. Without one (first start),
    /// the docks are sized for the window when it is first shown, so the canvas keeps most
    /// of it at any size.
    void restoreLayout(const QByteArray &geometry, const QByteArray &state);

Q_SIGNALS:
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void placeDock(QDockWidget *dock, Qt::DockWidgetArea area);
    QDockWidget *addDock(QWidget *part,
                         const QString &title,
                         const QString &objectName,
                         Qt::DockWidgetArea area);
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void updateTitle();
    void updateRecentMenu();
    /// Sizes the docks in proportion to the window: side docks narrow, Issues a few rows.
    void arrangeDocks();

    Parts m_parts;
    Controllers m_controllers;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QDockWidget *> m_docks;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    /// The Edit actions offered on the canvas's context menu, separators as null.
    QList<QAction *> m_canvasMenu;
    bool m_layoutRestored = false;
    bool m_shownOnce = false;
    QList<QAction *> m_nodeMenu;
};

} // namespace spool
