#pragma once

#include <graph/graphnode.h>

#include <QObject>
#include <QPointF>

class QAction;
class QLineEdit;
class QMimeData;
class QUndoCommand;

namespace spool {

class Document;
class GraphScene;
class GraphView;
class QuickAddPopup;
struct RunRequest;

/// Turns the canvas's gestures and the Edit menu into undo commands on the document: moving,
/// connecting, adding from the palette, quick-add and dropped files, delete, cut, copy, paste,
/// duplicate, select all and tidy layout. The clipboard holds the selection as runs JSON
/// text, so it pastes into a text editor and back.
class EditorController : public QObject
{
    Q_OBJECT

public:
    EditorController(Document *document,
                     GraphScene *scene,
                     GraphView *view,
                     QObject *parent = nullptr);

    /// Adds one task of `kind` at `position`, as a `next` task of `parent` when given; returns
    /// the new node, or 0 when the kind may not follow the parent.
    NodeId addTask(const QString &kind, QPointF position, NodeId parent = 0);
    /// Adds a root task of `kind` in the middle of the view (a palette entry activated).
    NodeId addTaskAtViewCentre(const QString &kind);
    /// Adds an ingest task per file or URL.
    QList<NodeId> addIngests(const QList<QUrl> &urls, QPointF position);
    /// What a drop of files does: a workflow (.spool) or run request (.json) is announced
    /// with workflowDropped() to be opened; anything else becomes ingest tasks.
    void onFilesDropped(const QList<QUrl> &urls, QPointF position);
    /// Opens quick-add at a screen position; the chosen kind is added at `scenePos` (and
    /// connected after `parent` when given, offering only kinds that may follow it).
    void openQuickAdd(QPointF scenePos, QPoint screenPos, NodeId parent = 0);
    QuickAddPopup *quickAdd() const { return m_quickAdd; }
    /// Quick-add from the keyboard: with one task selected, offers the kinds that may follow
    /// it and adds the chosen one as its next task, placed right of it; otherwise adds a root
    /// in the middle of the view.
    void quickAddAtSelection();

    /// "Delete and Keep Children" (the Delete key): deletes the selected tasks and edges; the
    /// tasks that followed a deleted one follow its parent instead, in its place, or become
    /// top-level tasks when it was one. Never deletes a task that was not selected.
    void deleteSelection();
    /// "Delete with Children": deletes the selected tasks and every task below them.
    void deleteWithChildren();
    void copySelection();
    void cutSelection();
    /// Pastes runs JSON from the clipboard: a request, a task list or a single task.
    void paste();
    void duplicateSelection();
    void selectAll();
    /// Lays out the whole graph as a tidy tree, as one undoable command.
    void tidyLayout();
    void fitToView();
    void setSnapToGrid(bool snap);
    bool snapToGrid() const;

    /// F2: edits the selected task's name in place, over its title; Enter writes it to the
    /// task's `metadata.name` (one undo step; an empty name removes the key), Escape keeps it.
    void renameSelected();
    /// The field renameSelected() opened, while it is open; null otherwise.
    QLineEdit *renameEditor() const { return m_renameEditor; }
    /// Selects and shows the next task after the selected one (in document order, wrapping)
    /// whose name, kind or an option value contains `text`; returns it, or 0 for none.
    NodeId findNext(const QString &text, bool backwards = false);
    /// Ctrl+F: a search field over the canvas; Enter jumps to the next match, Shift+Enter to
    /// the previous, Escape closes it.
    void showFindBar();
    QLineEdit *findBar() const { return m_findBar; }
    /// Detaches the selected tasks from their parents; they become top-level tasks.
    void disconnectSelection();
    /// Adds the tasks of a runs JSON file to the workflow, laid out beside the graph, as one
    /// undo step; false (and a message) when the file does not read.
    bool importFile(const QString &path);
    /// Asks for a runs JSON file and imports it with importFile().
    void importWithDialog();

    /// The selection as runs JSON and Spool's own layout, as copy puts it on the clipboard.
    QMimeData *selectionMimeData() const;
    /// Adds the tasks of clipboard-style data; returns the new nodes (selected).
    QList<NodeId> pasteMimeData(const QMimeData *mime);

Q_SIGNALS:
    /// A message for the status bar: a refused edge, an unreadable paste.
    void messageRaised(const QString &message);
    /// A workflow file was dropped on the canvas.
    void workflowDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void deleteNodes(bool withChildren);
    void finishRename(bool commit);
    void onMoveRequested(const QHash<NodeId, QPointF> &positions, int dragId);
    void onConnectionRequested(NodeId parent, NodeId child);
    QPointF viewCentre() const;
    /// The grid new nodes are placed on: the snapping grid, or half of it when snapping is off.
    qreal placementStep() const;
    /// Positions of a group of new nodes moved, together, to the nearest free place.
    QList<QPointF> placed(QList<QPointF> positions) const;
    /// Scrolls the view to show the nodes.
    void reveal(const QList<NodeId> &ids);
    /// Pushes a command that adds nodes, selects them, gives the canvas the focus (so the
    /// Edit shortcuts act on them) and returns them in document order.
    QList<NodeId> pushAdding(QUndoCommand *command);
    QList<NodeId> addTasks(const RunRequest &request,
                           QList<QPointF> positions,
                           QPointF at,
                           const QString &text = {});

    Document *m_document;
    GraphScene *m_scene;
    GraphView *m_view;
    QuickAddPopup *m_quickAdd;
    QLineEdit *m_renameEditor = nullptr;
    NodeId m_renamed = 0;
    QLineEdit *m_findBar = nullptr;
    QPointF m_quickAddPosition;
    NodeId m_quickAddParent = 0;
};

} // namespace spool
