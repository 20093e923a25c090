#include "editorcontroller.h"

#include "addnodescommand.h"
#include "connectnodescommand.h"
#include "disconnectnodescommand.h"
#include "dissolvenodescommand.h"
#include "document.h"
#include "movenodescommand.h"
#include "removenodescommand.h"
#include "setmetadatacommand.h"

#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodemetrics.h>
#include <graph/nodeplacement.h>
#include <graph/treelayout.h>
#include <palette/quickaddpopup.h>
#include <schema/jsonreader.h>

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString LayoutMimeType = u"application/x-spool-layout"_s;

// Reads what a person may paste: a whole request, an array of tasks, or one task.
Result<RunRequest> requestFromPaste(const QByteArray &text)
{
    KeyOrder order;
    const Result<QJsonValue> json = JsonReader::read(text, &order);
    if (!json)
        return json.error();
    // The pasted text's key order moves with it to where the request wraps it.
    KeyOrder wrapped;
    if (json->isArray()) {
        wrapped.insert(u"/tasks"_s, order);
        return RunRequest::fromJson(QJsonObject{{u"tasks"_s, *json}}, wrapped);
    }
    if (json->isObject() && json->toObject().contains(u"kind")) {
        wrapped.insert(u"/tasks/0"_s, order);
        return RunRequest::fromJson(QJsonObject{{u"tasks"_s, QJsonArray{*json}}}, wrapped);
    }
    return RunRequest::fromJson(*json, order);
}

} // namespace

EditorController::EditorController(Document *document,
                                   GraphScene *scene,
                                   GraphView *view,
                                   QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_quickAdd(new QuickAddPopup(view))
{
    connect(scene, &GraphScene::moveRequested, this, &EditorController::onMoveRequested);
    connect(scene, &GraphScene::connectionRequested, this, &EditorController::onConnectionRequested);
    connect(scene, &GraphScene::connectionRefused, this, &EditorController::messageRaised);
    connect(scene, &GraphScene::kindDropped, this, [this](const QString &kind, QPointF at) {
        addTask(kind, at);
    });
    connect(scene, &GraphScene::filesDropped, this, &EditorController::onFilesDropped);
    connect(scene, &GraphScene::canvasDoubleClicked, this, [this](QPointF at, QPoint screen) {
        openQuickAdd(at, screen);
    });
    connect(scene,
            &GraphScene::connectionDroppedOnCanvas,
            this,
            [this](NodeId from, QPointF at, QPoint screen) { openQuickAdd(at, screen, from); });
    const auto updatePlaceholder = [this] {
        m_view->setPlaceholderText(
            m_document->model()->isEmpty()
                ? tr("Drag a task from the palette, double-click to search for one, or drop media "
                     "files here.")
                : QString());
    };
    connect(document->model(), &GraphModel::requestChanged, this, updatePlaceholder);
    updatePlaceholder();
    connect(m_quickAdd, &QuickAddPopup::kindChosen, this, [this](const QString &kind) {
        const QPointF at = m_scene->snapped(m_quickAddPosition
                                            - QPointF(0, NodeMetrics::Height / 2));
        addTask(kind, at, m_quickAddParent);
    });
}

NodeId EditorController::addTask(const QString &kind, QPointF position, NodeId parent)
{
    GraphModel *model = m_document->model();
    if (parent != 0 && !model->kindMayFollow(parent, kind)) {
        Q_EMIT messageRaised(
            tr("A %1 task cannot follow a %2 task.").arg(kind, model->node(parent)->kind));
        return 0;
    }
    TaskDef task;
    task.kind = kind;
    const QPointF free = NodePlacement::nearestFree(*model, position, placementStep());
    const QList<NodeId> ids = pushAdding(new AddNodesCommand(model, {task}, {free}, parent));
    return ids.value(0);
}

NodeId EditorController::addTaskAtViewCentre(const QString &kind)
{
    return addTask(kind,
                   m_scene->snapped(viewCentre()
                                    - QPointF(NodeMetrics::Width, NodeMetrics::Height) / 2));
}

QList<NodeId> EditorController::addIngests(const QList<QUrl> &urls, QPointF position)
{
    std::vector<TaskDef> tasks;
    QList<QPointF> positions;
    for (const QUrl &url : urls) {
        TaskDef task;
        task.kind = u"ingest"_s;
        task.options = QJsonObject{
            {u"url"_s, url.isLocalFile() ? url.toLocalFile() : url.toString()}};
        tasks.push_back(task);
        positions.append(
            position
            + QPointF(0, qreal(positions.size()) * (NodeMetrics::Height + NodeMetrics::RowGap)));
    }
    if (tasks.empty())
        return {};
    return pushAdding(new AddNodesCommand(m_document->model(), tasks, placed(positions)));
}

qreal EditorController::placementStep() const
{
    return m_scene->snapToGrid() ? NodeMetrics::GridStep : NodeMetrics::GridStep / 2;
}

QList<QPointF> EditorController::placed(QList<QPointF> positions) const
{
    // The group moves as one, to the nearest place where its bounding box hides nothing.
    if (positions.isEmpty())
        return positions;
    QRectF box;
    for (const QPointF &point : std::as_const(positions))
        box |= QRectF(point, QSizeF(NodeMetrics::Width, NodeMetrics::Height));
    const QPointF shift = NodePlacement::nearestFree(*m_document->model(), box, placementStep())
                          - box.topLeft();
    for (QPointF &point : positions)
        point += shift;
    return positions;
}

void EditorController::reveal(const QList<NodeId> &ids)
{
    // The view follows what was added: scrolled just enough to show it whole, or centred on
    // its first node when it is larger than the view.
    QRectF box;
    for (NodeId id : ids) {
        if (const GraphNode *node = m_document->model()->node(id))
            box |= QRectF(node->position, QSizeF(NodeMetrics::Width, NodeMetrics::Height));
    }
    if (box.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    if (box.width() <= visible.width() && box.height() <= visible.height())
        m_view->ensureVisible(box, 40, 40);
    else
        m_view->centerOn(m_document->model()->node(ids.constFirst())->position);
}

QList<NodeId> EditorController::pushAdding(QUndoCommand *command)
{
    // The stack deletes a command that turns out to change nothing, so the new nodes are
    // collected as the model announces them rather than read from the command afterwards.
    QList<NodeId> inserted;
    const QMetaObject::Connection collecting = connect(m_document->model(),
                                                       &GraphModel::nodeInserted,
                                                       this,
                                                       [&inserted](NodeId id) {
                                                           inserted.append(id);
                                                       });
    m_document->undoStack()->push(command);
    disconnect(collecting);
    m_scene->selectNodes(inserted);
    if (!inserted.isEmpty()) {
        m_view->setFocus(Qt::OtherFocusReason);
        reveal(inserted);
    }
    return inserted;
}

void EditorController::onFilesDropped(const QList<QUrl> &urls, QPointF position)
{
    QList<QUrl> media;
    QStringList workflows;
    for (const QUrl &url : urls) {
        const QString suffix = QFileInfo(url.path()).suffix().toLower();
        if (url.isLocalFile() && (suffix == u"spool" || suffix == u"json"))
            workflows.append(url.toLocalFile());
        else
            media.append(url);
    }
    if (!media.isEmpty())
        addIngests(media, position);
    if (workflows.size() == 1 && media.isEmpty())
        Q_EMIT workflowDropped(workflows.constFirst());
    else if (!workflows.isEmpty())
        Q_EMIT messageRaised(tr("Workflows open one at a time: drop a single .spool or .json "
                                "file, or use File ▸ Open."));
}

void EditorController::openQuickAdd(QPointF scenePos, QPoint screenPos, NodeId parent)
{
    m_quickAddPosition = scenePos;
    m_quickAddParent = parent;
    GraphModel *model = m_document->model();
    if (parent != 0)
        m_quickAdd->setFilter(
            [model, parent](const QString &kind) { return model->kindMayFollow(parent, kind); });
    else
        m_quickAdd->setFilter({});
    m_quickAdd->popup(screenPos);
}

void EditorController::quickAddAtSelection()
{
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    const GraphModel *model = m_document->model();
    const NodeId parent = selected.size() == 1 ? selected.constFirst() : 0;
    // The point the new node's input port goes to: where the tidy layout would put a new
    // last child, or the middle of the view; addTask() then moves it to the nearest free place.
    QPointF at = viewCentre() - QPointF(NodeMetrics::Width / 2, 0);
    if (parent != 0)
        at = NodePlacement::childPosition(*model, parent) + QPointF(0, NodeMetrics::Height / 2);
    const QPoint screen = m_view->viewport()->mapToGlobal(m_view->mapFromScene(at));
    openQuickAdd(at, screen, parent);
}

void EditorController::onMoveRequested(const QHash<NodeId, QPointF> &positions, int dragId)
{
    m_document->undoStack()->push(new MoveNodesCommand(m_document->model(), positions, dragId));
}

void EditorController::onConnectionRequested(NodeId parent, NodeId child)
{
    const QString refusal = m_document->model()->connectionRefusal(parent, child);
    if (!refusal.isEmpty()) {
        Q_EMIT messageRaised(refusal);
        return;
    }
    m_document->undoStack()->push(new ConnectNodesCommand(m_document->model(), parent, child));
}

void EditorController::deleteSelection()
{
    deleteNodes(false);
}

void EditorController::deleteWithChildren()
{
    deleteNodes(true);
}

void EditorController::deleteNodes(bool withChildren)
{
    GraphModel *model = m_document->model();
    QList<NodeId> nodes = m_scene->selectedNodeIds();
    // Sets for the membership tests: a selection may hold thousands of tasks.
    QSet<NodeId> chosen(nodes.cbegin(), nodes.cend());
    if (withChildren) {
        QList<NodeId> all;
        QSet<NodeId> taken;
        for (NodeId id : std::as_const(nodes)) {
            if (taken.contains(id))
                continue;
            for (NodeId below : model->subtree(id)) {
                taken.insert(below);
                all.append(below);
            }
        }
        nodes = all;
        chosen = taken;
    }
    QList<NodeId> edges;
    for (NodeId child : m_scene->selectedEdges()) {
        if (!chosen.contains(child) && !chosen.contains(model->parentOf(child)))
            edges.append(child);
    }
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    // What keeping the children means, said when it happens: they follow the deleted task's
    // parent, or become top-level tasks (which take the run's single root ingest's file).
    int reconnected = 0;
    int madeRoots = 0;
    if (!withChildren) {
        for (NodeId id : std::as_const(nodes)) {
            NodeId ancestor = model->parentOf(id);
            while (ancestor != 0 && chosen.contains(ancestor))
                ancestor = model->parentOf(ancestor);
            for (NodeId child : model->children(id)) {
                if (!chosen.contains(child))
                    ++(ancestor == 0 ? madeRoots : reconnected);
            }
        }
    }
    // One selection change for the whole deletion, not one per deleted item.
    m_scene->selectNodes({});
    QUndoStack *stack = m_document->undoStack();
    if (!nodes.isEmpty() && !edges.isEmpty())
        stack->beginMacro(tr("Delete selection"));
    if (!edges.isEmpty())
        stack->push(new DisconnectNodesCommand(model, edges));
    if (!nodes.isEmpty() && withChildren)
        stack->push(new RemoveNodesCommand(model,
                                           nodes,
                                           tr("Delete %n task(s) with children",
                                              nullptr,
                                              int(nodes.size()))));
    else if (!nodes.isEmpty())
        stack->push(new DissolveNodesCommand(model, nodes));
    if (!nodes.isEmpty() && !edges.isEmpty())
        stack->endMacro();
    if (madeRoots > 0)
        Q_EMIT messageRaised(tr("Kept %n task(s) that followed the deleted one as top-level "
                                "tasks: they now run on the run's single root ingest.",
                                nullptr,
                                madeRoots));
    else if (reconnected > 0)
        Q_EMIT messageRaised(tr("Kept %n task(s) that followed the deleted one: they now follow "
                                "its parent.",
                                nullptr,
                                reconnected));
}

QMimeData *EditorController::selectionMimeData() const
{
    QList<QPointF> positions;
    const RunRequest fragment = m_document->model()->fragment(m_scene->selectedNodeIds(),
                                                              &positions);
    auto *mime = new QMimeData;
    if (fragment.tasks.empty())
        return mime;
    mime->setText(QString::fromUtf8(fragment.toCanonicalText()));
    QJsonArray layout;
    for (const QPointF &point : std::as_const(positions))
        layout.append(QJsonArray{point.x(), point.y()});
    mime->setData(LayoutMimeType, QJsonDocument(layout).toJson(QJsonDocument::Compact));
    return mime;
}

void EditorController::copySelection()
{
    if (m_scene->selectedNodeIds().isEmpty())
        return;
    QApplication::clipboard()->setMimeData(selectionMimeData());
}

void EditorController::cutSelection()
{
    const QList<NodeId> nodes = m_scene->selectedNodeIds();
    if (nodes.isEmpty())
        return;
    copySelection();
    m_scene->selectNodes({});
    m_document->undoStack()->push(
        new RemoveNodesCommand(m_document->model(),
                               nodes,
                               tr("Cut %n task(s)", nullptr, int(nodes.size()))));
}

QList<NodeId> EditorController::addTasks(const RunRequest &request,
                                         QList<QPointF> positions,
                                         QPointF at,
                                         const QString &text)
{
    // Keep the copied arrangement, moved so its top-left corner lands at `at`; text from
    // elsewhere has no layout and gets a tidy one.
    const int count = TaskDef::count(request.tasks);
    if (positions.size() != count) {
        GraphModel scratch;
        scratch.load(request);
        const QHash<NodeId, QPointF> arranged = TreeLayout::standard().arrange(scratch);
        positions.clear();
        for (NodeId id : scratch.nodeIds())
            positions.append(arranged.value(id));
    }
    QPointF topLeft = positions.value(0);
    for (const QPointF &point : std::as_const(positions))
        topLeft = QPointF(std::min(topLeft.x(), point.x()), std::min(topLeft.y(), point.y()));
    for (QPointF &point : positions)
        point = m_scene->snapped(point - topLeft + at);
    if (count == 0) {
        Q_EMIT messageRaised(tr("The clipboard holds no tasks."));
        return {};
    }
    return pushAdding(
        new AddNodesCommand(m_document->model(),
                            request.tasks,
                            placed(positions),
                            0,
                            text.isEmpty() ? tr("Paste %n task(s)", nullptr, count) : text));
}

QList<NodeId> EditorController::pasteMimeData(const QMimeData *mime)
{
    if (!mime || !mime->hasText())
        return {};
    const Result<RunRequest> request = requestFromPaste(mime->text().toUtf8());
    if (!request) {
        Q_EMIT messageRaised(
            tr("The clipboard holds no tasks Spool can paste: %1").arg(request.error().message));
        return {};
    }
    QList<QPointF> positions;
    const QJsonArray layout = QJsonDocument::fromJson(mime->data(LayoutMimeType)).array();
    for (const QJsonValue &point : layout)
        positions.append(
            QPointF(point.toArray().at(0).toDouble(), point.toArray().at(1).toDouble()));
    // Copied from this canvas: offset from the originals, so the copies do not hide them.
    QPointF at = viewCentre();
    if (!positions.isEmpty()) {
        QPointF topLeft = positions.constFirst();
        for (const QPointF &point : std::as_const(positions))
            topLeft = QPointF(std::min(topLeft.x(), point.x()), std::min(topLeft.y(), point.y()));
        at = topLeft + QPointF(2, 2) * NodeMetrics::GridStep;
    }
    return addTasks(*request, positions, at);
}

void EditorController::paste()
{
    pasteMimeData(QApplication::clipboard()->mimeData());
}

void EditorController::duplicateSelection()
{
    std::unique_ptr<QMimeData> mime(selectionMimeData());
    pasteMimeData(mime.get());
}

void EditorController::selectAll()
{
    m_scene->selectNodes(m_document->model()->nodeIds());
}

void EditorController::tidyLayout()
{
    GraphModel *model = m_document->model();
    const QHash<NodeId, QPointF> positions = TreeLayout::standard().arrange(*model);
    m_document->undoStack()->push(new MoveNodesCommand(model, positions, 0, tr("Tidy layout")));
    fitToView();
}

void EditorController::fitToView()
{
    m_view->fitRect(m_scene->contentsRect());
}

void EditorController::setSnapToGrid(bool snap)
{
    m_scene->setSnapToGrid(snap);
}

bool EditorController::snapToGrid() const
{
    return m_scene->snapToGrid();
}

void EditorController::renameSelected()
{
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    if (selected.size() != 1)
        return;
    finishRename(false);
    m_renamed = selected.constFirst();
    const GraphNode *node = m_document->model()->node(m_renamed);
    m_view->ensureVisible(QRectF(node->position, QSizeF(NodeMetrics::Width, NodeMetrics::Height)));
    m_renameEditor = new QLineEdit(m_view->viewport());
    m_renameEditor->setPlaceholderText(node->kind);
    m_renameEditor->setText(node->metadata ? node->metadata->value(u"name").toString() : QString());
    m_renameEditor->selectAll();
    // Over the title, in the view's pixels, at least wide enough to type in.
    const QPoint topLeft = m_view->mapFromScene(node->position + QPointF(46, 8));
    const int width = std::max(160, int((NodeMetrics::Width - 56) * m_view->zoom()));
    m_renameEditor->setGeometry(QRect(topLeft, QSize(width, m_renameEditor->sizeHint().height())));
    connect(m_renameEditor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] {
        // Focus leaving commits, as in any inline rename; Escape already cancelled.
        if (m_renameEditor && !m_renameEditor->hasFocus())
            finishRename(true);
    });
    m_renameEditor->installEventFilter(this);
    m_renameEditor->show();
    m_renameEditor->setFocus(Qt::OtherFocusReason);
}

void EditorController::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr;
    const QString name = editor->text().trimmed();
    editor->hide();
    editor->deleteLater();
    m_view->setFocus(Qt::OtherFocusReason);
    GraphModel *model = m_document->model();
    const GraphNode *node = model->node(m_renamed);
    if (!commit || !node)
        return;
    QJsonObject metadata = node->metadata.value_or(QJsonObject());
    if (name.isEmpty())
        metadata.remove(u"name"_s);
    else
        metadata.insert(u"name"_s, name);
    // A metadata object left empty by removing the name is removed with it.
    const std::optional<QJsonObject> after = metadata.isEmpty() ? std::nullopt
                                                                : std::optional(metadata);
    if (after != node->metadata)
        m_document->undoStack()->push(new SetMetadataCommand(model, m_renamed, after));
}

bool EditorController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_renameEditor && key->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (watched == m_findBar && key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_findBar && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (findNext(m_findBar->text(), key->modifiers() & Qt::ShiftModifier) == 0)
                Q_EMIT messageRaised(tr("No task matches “%1”.").arg(m_findBar->text()));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

NodeId EditorController::findNext(const QString &text, bool backwards)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return 0;
    const GraphModel *model = m_document->model();
    const auto matches = [&](NodeId id) {
        const GraphNode *node = model->node(id);
        if (node->kind.contains(needle, Qt::CaseInsensitive))
            return true;
        if (node->metadata
            && node->metadata->value(u"name").toString().contains(needle, Qt::CaseInsensitive))
            return true;
        for (const QJsonValue &value : node->options.value_or(QJsonObject())) {
            const QString written = value.isString()
                                        ? value.toString()
                                        : QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                                .toJson(QJsonDocument::Compact));
            if (written.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    const QList<NodeId> ids = model->nodeIds();
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    const qsizetype from = selected.isEmpty() ? (backwards ? 0 : -1)
                                              : ids.indexOf(selected.constFirst());
    for (qsizetype step = 1; step <= ids.size(); ++step) {
        const qsizetype at = ((from + (backwards ? -step : step)) % ids.size() + ids.size())
                             % ids.size();
        if (matches(ids.at(at))) {
            m_scene->selectNodes({ids.at(at)});
            m_view->centerOn(model->node(ids.at(at))->position
                             + QPointF(NodeMetrics::Width, NodeMetrics::Height) / 2);
            return ids.at(at);
        }
    }
    return 0;
}

void EditorController::showFindBar()
{
    if (!m_findBar) {
        m_findBar = new QLineEdit(m_view);
        m_findBar->setPlaceholderText(tr("Find a task by name, kind or option value…"));
        m_findBar->setClearButtonEnabled(true);
        m_findBar->installEventFilter(this);
    }
    m_findBar->setGeometry(
        QRect(QPoint(m_view->width() - 330, 8), QSize(320, m_findBar->sizeHint().height())));
    m_findBar->show();
    m_findBar->raise();
    m_findBar->selectAll();
    m_findBar->setFocus(Qt::ShortcutFocusReason);
}

void EditorController::disconnectSelection()
{
    QList<NodeId> children;
    for (NodeId id : m_scene->selectedNodeIds()) {
        if (m_document->model()->parentOf(id) != 0)
            children.append(id);
    }
    if (!children.isEmpty())
        m_document->undoStack()->push(new DisconnectNodesCommand(m_document->model(), children));
}

bool EditorController::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT messageRaised(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const Result<RunRequest> request = RunRequest::fromText(file.readAll());
    if (!request) {
        Q_EMIT messageRaised(tr("%1 is no run request Spool can import: %2")
                                 .arg(QFileInfo(path).fileName(), request.error().message));
        return false;
    }
    // Beside the graph: a tidy layout of the imported tasks, right of everything there.
    const QRectF contents = m_scene->contentsRect();
    const QPointF at = contents.isEmpty()
                           ? viewCentre()
                           : QPointF(contents.right() + NodeMetrics::ColumnGap, contents.top());
    const int count = TaskDef::count(request->tasks);
    const QList<NodeId> added = addTasks(*request, {}, at, tr("Import %n task(s)", nullptr, count));
    return !added.isEmpty() || TaskDef::count(request->tasks) == 0;
}

void EditorController::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_view->window(),
                                                      tr("Import Tasks of a Run Request"),
                                                      QString(),
                                                      tr("Run requests (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

QPointF EditorController::viewCentre() const
{
    return m_view->mapToScene(m_view->viewport()->rect().center());
}

} // namespace spool
