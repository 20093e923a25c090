#pragma once

#include <core/error.h>

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace spool {

/// What a request is validated for.
struct ValidationOptions
{
    enum class Target {
        Any,      ///< the schema alone
        Embedded, ///< also what Spool's embedded engine can run
    };
    Target target = Target::Any;
    /// With Target::Embedded: the kinds the engine has executors for.
    QStringList engineKinds;
    /// The run gets its input from outside (`spool-cli run --input`), so root tasks that need
    /// an input do not need a root ingest.
    bool inputProvided = false;
};

/// Checks a run request against spec §1, §4 and §5 and reports every problem it finds, not
/// only the first, each as an Error whose `path` is a JSON Pointer (RFC 6901) to the value at
/// fault (or to where a missing member belongs), whose `kind` is a stable snake_case word and
/// whose message says what is wrong in plain words. Problems are in document order.
///
/// The walk is iterative, so any depth is safe; its cost is linear in the size of the request.
class Validator
{
public:
    /// The largest `metadata` object of a request or of a task, as compact UTF-8 JSON: metadata
    /// is kept with the run and echoed back, so it stays small (64 KiB).
    static constexpr qsizetype MaxMetadataBytes = 64 * 1024;

    explicit Validator(ValidationOptions options = {});

    QList<Error> validate(const QJsonValue &request) const;
    /// Reads the text with JsonReader (whose error, with line and column, is the only problem
    /// when the text is not well-formed JSON), then validates it.
    QList<Error> validateText(const QByteArray &text) const;

private:
    ValidationOptions m_options;
};

} // namespace spool
