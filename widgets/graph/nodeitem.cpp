#include "nodeitem.h"

#include "graphmodel.h"
#include "nodemetrics.h"
#include "nodesummary.h"
#include "nodetext.h"
#include "runstrip.h"

#include <common/kindstyle.h>
#include <common/statusstyle.h>
#include <schema/kindspec.h>

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QStyleOptionGraphicsItem>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

using namespace NodeMetrics;

constexpr qreal Radius = 8;
constexpr qreal IconBox = 30;
constexpr qreal Margin = 10;
constexpr qreal StatusStrip = 5;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QApplication::palette();
}

} // namespace

NodeItem::NodeItem(NodeId id, const GraphModel *model)
    : m_id(id)
    , m_model(model)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(1);
    refresh();
}

QColor NodeItem::blockColour(const QColor &base, const QColor &accent)
{
    return mix(base, accent, 0.45);
}

void NodeItem::refresh()
{
    const GraphNode *node = m_model->node(m_id);
    if (!node)
        return;
    m_kind = node->kind;
    m_accent = KindStyle::kindColor(m_kind);
    const KindSpec *spec = KindSpec::find(m_kind);
    m_hasInput = m_kind != u"ingest";
    m_hostedOnly = spec && spec->hostedOnly;
    QString title = node->metadata ? node->metadata->value(u"name").toString() : QString();
    // A named task keeps its kind in view: the name is the title (cut to the node, whole in
    // the tooltip) and the line under it starts with the kind ("conditions · kind = video").
    QFont titleFont = QApplication::font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.5);
    const qreal room = Width - IconBox - 3 * Margin - 18;
    m_kindLine = title.isEmpty() ? QString() : m_kind;
    m_title.setText(
        QFontMetricsF(titleFont).elidedText(title.isEmpty() ? m_kind : title, Qt::ElideRight, room));
    title = title.isEmpty() ? m_kind : title + u" · "_s + m_kind;
    m_fullTitle = title;
    m_title.setTextFormat(Qt::PlainText);
    m_summary = NodeSummary::text(m_kind, node->options, node->optionOrder);
    m_elided = QString();
    updateToolTip();
    update();
}

QString NodeItem::secondLine() const
{
    QString line = m_summary;
    if (line.isEmpty() && m_hostedOnly)
        line = QApplication::translate("spool::NodeItem", "hosted only");
    if (m_kindLine.isEmpty())
        return line;
    return line.isEmpty() ? m_kindLine : m_kindLine + u" · "_s + line;
}

void NodeItem::setProblems(const QStringList &messages, bool errors)
{
    if (m_problems == messages && m_errors == errors)
        return;
    m_problems = messages;
    m_errors = errors;
    updateToolTip();
    update();
}

void NodeItem::setRunState(const std::optional<NodeRunState> &state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    updateToolTip();
    update();
}

QColor NodeItem::badgeColour() const
{
    return m_errors ? QColor(0xd0, 0x30, 0x30) : QColor(0xe0, 0x9a, 0x10);
}

void NodeItem::setDropState(DropState state)
{
    if (m_dropState == state)
        return;
    m_dropState = state;
    update();
}

void NodeItem::updateToolTip()
{
    // The whole summary (the node may cut it short), then every problem.
    QString tip = m_summary.isEmpty() ? m_fullTitle : m_fullTitle + u'\n' + m_summary;
    if (!m_problems.isEmpty())
        tip += u"\n\n"_s + m_problems.join(u'\n');
    if (m_runState)
        tip += u"\n\n"_s + RunStrip::toolTip(*m_runState);
    setToolTip(tip);
}

NodeItem::Port NodeItem::portAt(const QPointF &position) const
{
    const qreal reach = PortRadius * 2.2;
    if (QLineF(position, QPointF(Width, Height / 2)).length() <= reach)
        return Port::Output;
    if (m_hasInput && QLineF(position, QPointF(0, Height / 2)).length() <= reach)
        return Port::Input;
    return Port::None;
}

QPointF NodeItem::inputPortPosition() const
{
    return mapToScene(QPointF(0, Height / 2));
}

QPointF NodeItem::outputPortPosition() const
{
    return mapToScene(QPointF(Width, Height / 2));
}

QRectF NodeItem::boundingRect() const
{
    const qreal reach = PortRadius * 2.2;
    return QRectF(-reach, -reach, Width + 2 * reach, Height + 2 * reach);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    // Winding, so the ports' discs overlapping the body count as inside, not as holes.
    path.setFillRule(Qt::WindingFill);
    path.addRoundedRect(QRectF(0, 0, Width, Height), Radius, Radius);
    const qreal reach = PortRadius * 2.2;
    path.addEllipse(QPointF(Width, Height / 2), reach, reach);
    if (m_hasInput)
        path.addEllipse(QPointF(0, Height / 2), reach, reach);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = paletteOf(this);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF body(0, 0, Width, Height);
    const bool selected = isSelected();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);

    QColor border = mix(base, m_accent, 0.55);
    qreal borderWidth = 1.2;
    if (m_dropState == DropState::Accepts) {
        border = QColor(0x2e, 0xa0, 0x43);
        borderWidth = 3;
    } else if (m_dropState == DropState::Refuses) {
        border = QColor(0xd0, 0x30, 0x30);
        borderWidth = 3;
    } else if (m_runState && !m_runState->notTaken && m_runState->status == Status::Failed) {
        border = StatusStyle::color(Status::Failed);
        borderWidth = 3;
    } else if (selected) {
        border = palette.color(QPalette::Highlight);
        borderWidth = 2.5;
    }
    // A branch its conditions did not take stays in view, faded.
    const qreal opacity = painter->opacity();
    const auto restoreOpacity = qScopeGuard([painter, opacity] { painter->setOpacity(opacity); });
    if (m_runState && m_runState->notTaken)
        painter->setOpacity(opacity * 0.4);

    if (lod < 0.4) {
        // Far out: a block in the kind's colour, a border when selected, a red corner for
        // problems. No antialiasing, no text.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(body, blockColour(base, m_accent));
        if (selected || m_dropState != DropState::None) {
            painter->setPen(QPen(border, borderWidth / lod));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(body);
        }
        if (!m_problems.isEmpty())
            painter->fillRect(QRectF(Width - Height / 2, 0, Height / 2, Height / 2), badgeColour());
        if (m_runState && !m_runState->notTaken)
            painter->fillRect(QRectF(0, Height * 2 / 3, Width, Height / 3),
                              StatusStyle::color(m_runState->status));
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(mix(base, m_accent, 0.07));
    painter->drawRoundedRect(body, Radius, Radius);

    // The icon on a rounded square of the kind's colour.
    const QRectF iconBox(Margin, (Height - StatusStrip - IconBox) / 2, IconBox, IconBox);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_accent);
    painter->drawRoundedRect(iconBox, 6, 6);
    KindStyle::paintIcon(painter, iconBox.adjusted(5, 5, -5, -5), m_kind, Qt::white);

    const qreal textLeft = iconBox.right() + Margin;
    const qreal textWidth = Width - textLeft - Margin - (m_problems.isEmpty() ? 0 : 18);
    QFont titleFont = painter->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.5);
    painter->setFont(titleFont);
    painter->setPen(text);
    const bool twoLines = m_kind == u"conditions" && !m_summary.isEmpty();
    if (twoLines && lod >= 0.5) {
        // A rule reads whole more often than a summary: two lines under the title, cut only
        // after the second; the tooltip has all of it.
        painter->drawStaticText(QPointF(textLeft, m_runState ? 4 : 7), m_title);
        QFont summaryFont = painter->font();
        summaryFont.setBold(false);
        summaryFont.setPointSizeF(9);
        painter->setFont(summaryFont);
        QColor dim = text;
        dim.setAlphaF(0.65);
        painter->setPen(dim);
        if (m_elided.isNull() || summaryFont != m_elidedFont || textWidth != m_elidedWidth) {
            m_elided = NodeText::twoLines(secondLine(), summaryFont, textWidth);
            m_elidedFont = summaryFont;
            m_elidedWidth = textWidth;
        }
        painter->drawText(m_runState ? QRectF(textLeft, 23, textWidth, 28)
                                     : QRectF(textLeft, 27, textWidth, 38),
                          Qt::AlignLeft | Qt::AlignTop,
                          m_elided);
    } else if (lod < 0.5 || secondLine().isEmpty()) {
        painter->drawStaticText(QPointF(textLeft, (Height - StatusStrip) / 2 - 10), m_title);
    } else {
        painter->drawStaticText(QPointF(textLeft, 13), m_title);
        QFont summaryFont = painter->font();
        summaryFont.setBold(false);
        summaryFont.setPointSizeF(9);
        painter->setFont(summaryFont);
        QColor dim = text;
        dim.setAlphaF(0.65);
        painter->setPen(dim);
        // Eliding measures the text: done once per summary, font and width, not per paint.
        if (m_elided.isNull() || summaryFont != m_elidedFont || textWidth != m_elidedWidth) {
            m_elided = QFontMetricsF(summaryFont).elidedText(secondLine(), Qt::ElideRight, textWidth);
            m_elidedFont = summaryFont;
            m_elidedWidth = textWidth;
        }
        painter->drawText(QRectF(textLeft, 34, textWidth, 18),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          m_elided);
    }

    if (!m_problems.isEmpty()) {
        const QRectF badge(Width - 24, 6, 18, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColour());
        painter->drawEllipse(badge);
        QFont badgeFont = painter->font();
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(7.5);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(badge,
                          Qt::AlignCenter,
                          m_problems.size() > 9 ? u"9+"_s : QString::number(m_problems.size()));
    }
    if (m_runState)
        RunStrip::paint(painter, *m_runState, palette);
    paintPorts(painter, m_accent);
}

void NodeItem::paintPorts(QPainter *painter, const QColor &accent) const
{
    const QPalette palette = paletteOf(this);
    painter->setPen(QPen(accent, 1.5));
    for (Port port : {Port::Input, Port::Output}) {
        if (port == Port::Input && !m_hasInput)
            continue;
        const QPointF centre(port == Port::Input ? 0 : Width, Height / 2);
        const bool hovered = m_hoveredPort == port;
        painter->setBrush(hovered || port == Port::Output ? accent : palette.color(QPalette::Base));
        painter->drawEllipse(centre,
                             hovered ? PortRadius * 1.4 : PortRadius,
                             hovered ? PortRadius * 1.4 : PortRadius);
    }
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const Port port = portAt(event->pos());
    if (port != m_hoveredPort) {
        m_hoveredPort = port;
        setCursor(port == Port::Output ? Qt::CrossCursor : Qt::ArrowCursor);
        update();
    }
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    clearHover();
}

void NodeItem::clearHover()
{
    if (m_hoveredPort != Port::None) {
        m_hoveredPort = Port::None;
        unsetCursor();
        update();
    }
}

} // namespace spool
