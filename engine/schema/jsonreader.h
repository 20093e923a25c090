#pragma once

#include "keyorder.h"
#include <core/result.h>

#include <QByteArray>
#include <QJsonValue>

namespace spool {

/// Reads JSON text for Spool: Qt's parser, guarded by a linear pre-scan that enforces the
/// limits below and catches what Qt's parser lets through silently.
///
/// Guarantees: never recurses in proportion to the input (a document nested 200,000 deep is
/// a `json_too_deep` error, not a stack overflow); duplicate object keys are an error instead
/// of losing one of the values; unpaired UTF-16 surrogate escapes, invalid UTF-8 and numbers
/// beyond the range of a double are errors. Every error carries a 1-based line and column,
/// and a JSON Pointer when the problem sits inside the document.
class JsonReader
{
public:
    /// Deepest nesting of arrays and objects accepted. A run request needs two levels per
    /// generation of tasks, so this allows chains of about 500 tasks. (Qt's parser itself
    /// stops at 1024.)
    static constexpr int MaxDepth = 1000;
    /// Largest text accepted, in bytes.
    static constexpr qsizetype MaxSize = 64 * 1024 * 1024;

    static Result<QJsonValue> read(const QByteArray &text);
    /// The same, and when `order` is given it receives the order the keys of every object
    /// were written in (see KeyOrder), which the returned value no longer holds. Left as it
    /// was on an error.
    static Result<QJsonValue> read(const QByteArray &text, KeyOrder *order);

    /// 1-based line and column (in characters) of a byte offset in UTF-8 text.
    static std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset);
};

} // namespace spool
