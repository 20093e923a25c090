#include "simplifiedlayer.h"

#include "edgeitem.h"
#include "graphscene.h"
#include "nodeitem.h"
#include "nodemetrics.h"

#include <common/kindstyle.h>
#include <common/statusstyle.h>

#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace spool {

SimplifiedLayer::SimplifiedLayer(const GraphScene *scene)
    : m_scene(scene)
{
    setZValue(0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    // For the exposed rectangle: zoomed in part way, most of the graph is off the view.
    setFlag(ItemUsesExtendedStyleOption, true);
}

QRectF SimplifiedLayer::boundingRect() const
{
    return m_scene->sceneRect();
}

void SimplifiedLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Only what the view shows is drawn: a zoom step between fit and the full-detail zoom
    // shows a part of the graph, and drawing every line and block of it, seen or not, was
    // what such a step cost (the layer sits at the origin, so item and scene coordinates
    // are one).
    const QRectF exposed = option->exposedRect.adjusted(-NodeMetrics::PortRadius * 3,
                                                        -NodeMetrics::PortRadius * 3,
                                                        NodeMetrics::PortRadius * 3,
                                                        NodeMetrics::PortRadius * 3);
    const QPalette palette = m_scene->palette();
    const QColor base = palette.color(QPalette::Base);
    painter->setRenderHint(QPainter::Antialiasing, false);

    QList<QLineF> plain;
    QList<QLineF> conditional;
    for (const EdgeItem *edge : m_scene->edgeItems()) {
        const QLineF line(edge->from(), edge->to());
        if (!exposed.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        (edge->isConditional() ? conditional : plain).append(line);
    }
    QColor edgeColour = palette.color(QPalette::Text);
    edgeColour.setAlphaF(0.5);
    painter->setPen(QPen(edgeColour, 0));
    painter->drawLines(plain);
    painter->setPen(QPen(KindStyle::groupColor(u"Logic"), 0, Qt::DashLine));
    painter->drawLines(conditional);

    QHash<QRgb, QList<QRectF>> blocks;
    QList<QRectF> selected;
    QList<QRectF> problems;
    QList<QRectF> warnings;
    QList<QRectF> accepting;
    QList<QRectF> refusing;
    // A run's statuses: a band in the status colour along each node's bottom third, so the
    // task being worked on is easy to find from far out; branches not taken are faded.
    QHash<QRgb, QList<QRectF>> statusBands;
    QList<QRectF> notTaken;
    for (const NodeItem *node : m_scene->nodeItems()) {
        const QRectF body(node->pos(), QSizeF(NodeMetrics::Width, NodeMetrics::Height));
        if (!exposed.intersects(body))
            continue;
        blocks[NodeItem::blockColour(base, node->accent()).rgba()].append(body);
        if (node->isSelected())
            selected.append(body);
        if (node->hasProblems())
            (node->hasErrors() ? problems : warnings)
                .append(QRectF(body.right() - NodeMetrics::Height / 2,
                               body.top(),
                               NodeMetrics::Height / 2,
                               NodeMetrics::Height / 2));
        if (const auto &state = node->runState()) {
            if (state->notTaken)
                notTaken.append(body);
            else
                statusBands[StatusStyle::color(state->status).rgba()].append(
                    QRectF(body.left(),
                           body.top() + NodeMetrics::Height * 2 / 3,
                           body.width(),
                           NodeMetrics::Height / 3));
        }
        if (node->dropState() == NodeItem::DropState::Accepts)
            accepting.append(body);
        else if (node->dropState() == NodeItem::DropState::Refuses)
            refusing.append(body);
    }
    painter->setPen(Qt::NoPen);
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        painter->setBrush(QColor::fromRgba(it.key()));
        painter->drawRects(it.value());
    }
    for (auto it = statusBands.cbegin(); it != statusBands.cend(); ++it) {
        painter->setBrush(QColor::fromRgba(it.key()));
        painter->drawRects(it.value());
    }
    QColor fade = base;
    fade.setAlphaF(0.6);
    painter->setBrush(fade);
    painter->drawRects(notTaken);
    painter->setBrush(QColor(0xd0, 0x30, 0x30));
    painter->drawRects(problems);
    painter->setBrush(QColor(0xe0, 0x9a, 0x10));
    painter->drawRects(warnings);

    painter->setBrush(Qt::NoBrush);
    const auto outline = [painter](const QList<QRectF> &rects, const QColor &colour) {
        QPen pen(colour, 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawRects(rects);
    };
    outline(selected, palette.color(QPalette::Highlight));
    outline(accepting, QColor(0x2e, 0xa0, 0x43));
    outline(refusing, QColor(0xd0, 0x30, 0x30));
}

} // namespace spool
