#pragma once

#include <core/result.h>
#include <remote/runsclientsettings.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace spool {

/// The options of the commands that talk to a `/runs` server (submit, cancel, and runs and
/// show with --endpoint): where it is and the API key, which comes from `--key-file` or
/// `$SPOOL_API_KEY`, never from the command line itself (where every user of the machine could
/// read it).
class RemoteOptions
{
public:
    static QCommandLineOption endpointOption();
    static QCommandLineOption keyFileOption();
    static QList<QCommandLineOption> options();

    /// Whether the parsed command line names an endpoint (--endpoint).
    static bool hasEndpoint(const QCommandLineParser &parser);
    /// The client's settings: the endpoint from --endpoint, else `$SPOOL_ENDPOINT` when
    /// `environmentEndpoint`, and the key. An error names what is missing or wrong.
    static Result<RunsClientSettings> settings(const QCommandLineParser &parser,
                                               bool environmentEndpoint);
};

} // namespace spool
