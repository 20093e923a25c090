#pragma once

#include <QtGlobal>

namespace spool {

/// The size of a node on the canvas, the gaps the tidy layout leaves between them and the
/// grid step, in scene units.
namespace NodeMetrics {
constexpr qreal Width = 220;
constexpr qreal Height = 72;
constexpr qreal ColumnGap = 80;
constexpr qreal RowGap = 28;
constexpr qreal PortRadius = 6;
/// The canvas grid: its dots, snapping and nudging all use this step.
constexpr qreal GridStep = 20;
} // namespace NodeMetrics

} // namespace spool
