#pragma once

#include <core/result.h>
#include <schema/runrequest.h>

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace spool {

/// Dry Run: what a request's conditions decide for a sample file, without running anything.
///
/// The sample (the file given, or else the url of the request's single top-level ingest) is
/// probed the way the ingest task reports it. Every conditions task whose input is that file
/// (under the ingest, directly or through other conditions, or a top-level task of the flat
/// form) is evaluated on its properties, check by check, with the value the file has. A
/// conditions task under another kind reads that task's output, which only a run makes: it is
/// *undetermined*, and says which task it waits for. Nothing is written anywhere.
class DryRun
{
public:
    /// One rule of a conditions task against the sample.
    struct Check
    {
        QString property;
        QString op;
        QJsonValue expected;
        /// The sample's value; null when the file has no such property.
        QJsonValue actual;
        bool holds = false;
        /// Where the rule is written (`/tasks/0/next/1/options/width`).
        QString pointer;
    };
    enum class Verdict {
        Runs,         ///< the node would run: nothing above it stops it
        NotTaken,     ///< a conditions task above it does not hold
        Undetermined, ///< it depends on a conditions task only a run can decide
    };
    struct Conditions
    {
        QString requestNode;
        /// Taken (every check holds), not taken, or undetermined.
        bool evaluated = false;
        bool holds = false;
        QList<Check> checks;
        /// Why it is undetermined: the kind of the task whose output it tests, or a problem.
        QString undeterminedReason;
    };
    struct Report
    {
        QString sample; ///< the file probed
        QJsonObject properties;
        QList<Conditions> conditions;
        /// Every node of the request by its pointer.
        QHash<QString, Verdict> nodes;
    };

    /// Probes the sample and evaluates the request. `sample` replaces the root ingest's url as
    /// a run's input does; relative paths are read from `baseDir`. Errors: `sample_missing`
    /// (no sample and no single top-level ingest), `sample_remote` (an http(s) url: a dry run
    /// reads local files only), `request_invalid` (two top-level ingests and a sample), and
    /// the probe's errors (`file_not_found`, `format_unsupported`, ...).
    static Result<Report> evaluate(const RunRequest &request,
                                   const std::optional<QString> &sample,
                                   const QString &baseDir);
};

} // namespace spool
