#pragma once

#include "graphnode.h"
#include "noderunstate.h"

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>

namespace spool {

class GraphModel;

/// A task on the canvas. It holds only its node id and redraws from the model: an icon and
/// colour per kind, the kind as title, a one-line summary of its key options, a validation
/// badge, and a strip along the bottom for a run's status and progress. Ports sit on the left
/// (input) and right (output) edges.
///
/// Painting picks its detail from the zoom: below about 40 % a node is a coloured block, below
/// about 70 % it drops the summary; nothing is ever drawn with shadows or blur, so a canvas of
/// thousands of nodes repaints in milliseconds.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Port { None, Input, Output };
    enum class DropState { None, Accepts, Refuses };

    NodeItem(NodeId id, const GraphModel *model);

    NodeId nodeId() const { return m_id; }
    int type() const override { return Type; }

    /// Re-reads the node's kind and options.
    void refresh();
    /// Validation problems of this task, one message each; the badge shows their count.
    /// `errors`: whether one of them makes the request invalid (a red badge); warnings alone
    /// get an amber one.
    void setProblems(const QStringList &messages, bool errors = true);
    bool hasProblems() const { return !m_problems.isEmpty(); }
    /// What a run shows on the node (display state, not document state); nullopt for none.
    void setRunState(const std::optional<NodeRunState> &state);
    const std::optional<NodeRunState> &runState() const { return m_runState; }
    bool hasErrors() const { return !m_problems.isEmpty() && m_errors; }
    /// The badge's colour: red for errors, amber for warnings only.
    QColor badgeColour() const;
    void setDropState(DropState state);
    DropState dropState() const { return m_dropState; }
    /// The kind's colour.
    QColor accent() const { return m_accent; }
    /// The block a node is drawn as when zoomed far out (and by SimplifiedLayer), in the
    /// palette's base colour tinted by the kind's.
    static QColor blockColour(const QColor &base, const QColor &accent);

    /// Which port, if any, is under a point in item coordinates.
    Port portAt(const QPointF &position) const;
    bool hasInputPort() const { return m_hasInput; }
    /// The port drawn enlarged under the pointer.
    Port hoveredPort() const { return m_hoveredPort; }
    /// Draws the ports normal size again: a drag that grabbed the mouse ended, and the hover
    /// events that would have shrunk them never came.
    void clearHover();
    /// Port centres in scene coordinates.
    QPointF inputPortPosition() const;
    QPointF outputPortPosition() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintPorts(QPainter *painter, const QColor &accent) const;
    void updateToolTip();
    /// What the line under the title says: the kind of a named task, then the summary.
    QString secondLine() const;

    NodeId m_id;
    const GraphModel *m_model;
    QString m_kind;
    QColor m_accent;
    bool m_hasInput = true;
    bool m_hostedOnly = false;
    QStaticText m_title;
    QString m_fullTitle;
    /// The kind, shown first on the second line when the title is the task's name.
    QString m_kindLine;
    QString m_summary;
    // The summary as last drawn, cut to fit, and what it was cut for.
    QString m_elided;
    QFont m_elidedFont;
    qreal m_elidedWidth = 0;
    QStringList m_problems;
    bool m_errors = true;
    DropState m_dropState = DropState::None;
    std::optional<NodeRunState> m_runState;
    Port m_hoveredPort = Port::None;
};

} // namespace spool
