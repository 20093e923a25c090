#pragma once

#include "noderunstate.h"

#include <QPalette>
#include <QRectF>

class QPainter;

namespace spool {

/// Paints a node's run state into the strip along the bottom of the node: the status's
/// pictogram and colour, its name, a bar with the percent while processing, the duration once
/// done, "not taken" for a branch skipped by its conditions.
namespace RunStrip {
/// The strip's rectangle in node coordinates.
QRectF rect();
/// Height kept free for the strip at the bottom of a node that shows a run.
constexpr qreal Height = 18;
void paint(QPainter *painter, const NodeRunState &state, const QPalette &palette);
/// The strip's words: "processing · 47 %", "succeeded · 12 s", "not taken".
QString text(const NodeRunState &state);
/// What the tooltip adds: the status line and, for a failed task, its error.
QString toolTip(const NodeRunState &state);
} // namespace RunStrip

} // namespace spool
