#pragma once

#include <QtGlobal>

namespace spool {

/// The size of a node on the canvas and the gaps the tidy layout leaves between them, in
/// scene units (a grid step is 20).
namespace NodeMetrics {
constexpr qreal Width = 220;
constexpr qreal Height = 72;
constexpr qreal ColumnGap = 80;
constexpr qreal RowGap = 28;
constexpr qreal PortRadius = 6;
} // namespace NodeMetrics

} // namespace spool
