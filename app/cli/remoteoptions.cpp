#include "remoteoptions.h"

#include <QFile>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QCommandLineOption RemoteOptions::endpointOption()
{
    return QCommandLineOption(u"endpoint"_s,
                              u"The /runs server: its base URL, e.g. http://127.0.0.1:8787."_s,
                              u"URL"_s);
}

QCommandLineOption RemoteOptions::keyFileOption()
{
    return QCommandLineOption(u"key-file"_s,
                              u"Read the server's API key from FILE (default: $SPOOL_API_KEY)."_s,
                              u"FILE"_s);
}

QList<QCommandLineOption> RemoteOptions::options()
{
    return {endpointOption(), keyFileOption()};
}

bool RemoteOptions::hasEndpoint(const QCommandLineParser &parser)
{
    return parser.isSet(u"endpoint"_s);
}

Result<RunsClientSettings> RemoteOptions::settings(const QCommandLineParser &parser,
                                                   bool environmentEndpoint)
{
    QString endpoint = parser.value(u"endpoint"_s);
    if (endpoint.isEmpty() && environmentEndpoint)
        endpoint = qEnvironmentVariable("SPOOL_ENDPOINT");
    if (endpoint.isEmpty()) {
        return Error{u"endpoint_missing"_s,
                     u"name the server with --endpoint URL (or $SPOOL_ENDPOINT)"_s};
    }
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty()) {
        return Error{u"endpoint_invalid"_s,
                     u"--endpoint: \"%1\" is not an http:// or https:// URL"_s.arg(
                         url.toString(QUrl::RemoveUserInfo))};
    }
    if (!url.userInfo().isEmpty()) {
        return Error{u"endpoint_invalid"_s,
                     u"--endpoint: give the API key with --key-file or $SPOOL_API_KEY, not in "
                     "the URL"_s};
    }

    RunsClientSettings settings;
    settings.endpoint = url;
    if (parser.isSet(u"key-file"_s)) {
        const QString path = parser.value(u"key-file"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{u"key_unreadable"_s,
                         u"--key-file: cannot read %1: %2"_s.arg(path, file.errorString())};
        }
        settings.apiKey = file.read(64 * 1024).trimmed();
        if (settings.apiKey.isEmpty())
            return Error{u"key_missing"_s, u"--key-file: %1 is empty"_s.arg(path)};
    } else {
        settings.apiKey = qgetenv("SPOOL_API_KEY").trimmed();
        if (settings.apiKey.isEmpty()) {
            return Error{u"key_missing"_s,
                         u"no API key: set $SPOOL_API_KEY or give --key-file FILE"_s};
        }
    }
    if (settings.apiKey.contains('\n') || settings.apiKey.contains('\r')) {
        return Error{u"key_invalid"_s, u"the API key must be one line"_s};
    }
    return settings;
}

} // namespace spool
