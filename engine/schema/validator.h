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
    /// Deepest nesting of arrays and objects a request may have (the request object is level
    /// 1). A `.spool` workflow holds the request one level down and JsonReader reads at most
    /// JsonReader::MaxDepth levels, so this keeps every valid request readable both as runs
    /// JSON and inside a workflow: a chain of at most MaxChainLength tasks with flat options.
    static constexpr int MaxRequestDepth = 999;
    static constexpr int MaxChainLength = (MaxRequestDepth - 3) / 2;

    /// How much a problem weighs. Errors make the request invalid (POST /runs rejects it);
    /// warnings concern where it can run (a hosted-only kind under Target::Embedded): the
    /// request is valid, but the embedded engine cannot run it.
    enum class Severity { Error, Warning };
    /// The severity of one of validate()'s problems, judged by its kind.
    static Severity severityOf(const Error &problem);

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
