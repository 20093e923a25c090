#pragma once

// A document on a canvas with its controllers, as the application assembles them, for the
// tests that drive the canvas as a person does (the one fixture of every such test).

#include <document.h>
#include <editorcontroller.h>
#include <validationcontroller.h>

#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <graph/nodemetrics.h>
#include <issues/issueswidget.h>
#include <palette/quickaddpopup.h>

#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QTest>

namespace spool {

struct CanvasEditor
{
    Document document;
    GraphScene scene{document.model()};
    GraphView view;
    EditorController controller{&document, &scene, &view};
    IssuesWidget issues;
    ValidationController validation{document.model(), &scene, &issues, nullptr};

    CanvasEditor()
    {
        view.setScene(&scene);
        view.resize(1000, 700);
        view.show();
        view.setZoom(1.0);
        view.centerOn(400, 200);
        QApplication::processEvents();
    }

    GraphModel *model() { return document.model(); }
    QPoint viewPoint(QPointF scenePoint) const { return view.mapFromScene(scenePoint); }
    QRectF visibleRect() const { return view.mapToScene(view.viewport()->rect()).boundingRect(); }
    QRectF nodeRect(NodeId id) const
    {
        return QRectF(document.model()->node(id)->position,
                      QSizeF(NodeMetrics::Width, NodeMetrics::Height));
    }

    // Shift+A as a person uses it: the popup opens, the kind is typed, Enter takes it.
    NodeId quickAdd(const QString &kind)
    {
        const QList<NodeId> before = document.model()->nodeIds();
        controller.quickAddAtSelection();
        auto *search = controller.quickAdd()->findChild<QLineEdit *>();
        QTest::keyClicks(search, kind);
        QTest::keyClick(search, Qt::Key_Return);
        for (NodeId id : document.model()->nodeIds()) {
            if (!before.contains(id))
                return id;
        }
        return 0;
    }

    // Drops what a drag carries (a kind from the palette, files) at a scene point.
    void drop(QMimeData *mime, QPointF scenePoint)
    {
        const QPoint at = viewPoint(scenePoint);
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &drop);
    }

    QPointF outputPort(NodeId id) const { return scene.nodeItem(id)->outputPortPosition(); }
    QPointF inputPort(NodeId id) const { return scene.nodeItem(id)->inputPortPosition(); }

    // Drags with the left button from one scene point to another.
    void drag(QPointF from, QPointF to)
    {
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, viewPoint(from));
        const QPoint start = viewPoint(from);
        const QPoint end = viewPoint(to);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view.viewport(), start + (end - start) * step / 5);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
    }

    // Every pair of nodes that overlap, as "kind/kind"; empty when none does.
    QStringList overlaps() const
    {
        QStringList found;
        const QList<NodeId> ids = document.model()->nodeIds();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                if (nodeRect(ids[i]).intersects(nodeRect(ids[j])))
                    found.append(document.model()->node(ids[i])->kind + u'/'
                                 + document.model()->node(ids[j])->kind);
            }
        }
        return found;
    }
};

} // namespace spool
