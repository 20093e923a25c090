#pragma once

#include "taskdef.h"
#include <core/result.h>

#include <QByteArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace spool {

/// A run request (spec §1): the body of POST /runs and Spool's export format. Like TaskDef it
/// keeps absent members absent and unknown keys verbatim.
struct RunRequest
{
    std::vector<TaskDef> tasks;
    std::optional<QJsonObject> metadata;
    std::optional<QString> idempotencyKey;
    QJsonObject extra;

    /// Reads the structure the model needs; see TaskDef::fromJson for what fails here.
    /// `order`: the written key order of the text it came from (see TaskDef::optionOrder).
    static Result<RunRequest> fromJson(const QJsonValue &json, const KeyOrder &order = {});
    /// Reads JSON text with JsonReader's limits, then fromJson().
    static Result<RunRequest> fromText(const QByteArray &text);

    QJsonObject toJson() const;
    /// The written option orders of its tasks, pointers from the request's root.
    KeyOrder keyOrder() const;
    /// The canonical text (see JsonWriter), as `spool-cli fmt` prints it; a conditions
    /// task's rules keep the order they were read in.
    QByteArray toCanonicalText() const;

    bool operator==(const RunRequest &other) const = default;
};

} // namespace spool
