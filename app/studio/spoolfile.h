#pragma once

#include <core/result.h>
#include <schema/runrequest.h>

#include <QList>
#include <QPointF>

namespace spool {

/// A `.spool` workflow file: the run request exactly as exported, where each task sits on the
/// canvas, and the format version. Positions are listed in the request's document order
/// (depth first), so they need no ids of their own.
///
/// Format history, kept readable forever:
/// - 1: `{"format": 1, "request": {...}, "positions": {"/tasks/0": [x, y], ...}}`: positions
///   keyed by the task's JSON Pointer.
/// - 2 (current): `{"spool": {"format": 2}, "request": {...}, "layout": {"nodes": [[x, y],
///   ...]}}`: one position per task in document order, and room in `spool`/`layout` for what
///   later versions add. Files of a newer format are refused with the version they need.
struct SpoolFile
{
    static constexpr int FormatVersion = 2;

    RunRequest request;
    /// One per task in document order; empty when the file has no layout.
    QList<QPointF> positions;

    QJsonObject toJson() const;
    QByteArray toText() const;
    /// The written order of the conditions tasks' rules, pointers from the file's root (toJson()
    /// forgets it; toText() keeps it).
    KeyOrder keyOrder() const;
    /// Reads a .spool file of any format up to FormatVersion. `fileName` locates errors.
    static Result<SpoolFile> fromText(const QByteArray &text, const QString &fileName);
    /// Whether the text looks like a .spool file rather than a plain run request.
    static bool isSpoolText(const QByteArray &text);
};

} // namespace spool
