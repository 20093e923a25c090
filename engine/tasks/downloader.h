#pragma once

#include <core/canceltoken.h>
#include <core/result.h>

#include <QFile>
#include <QString>
#include <QUrl>

#include <functional>

namespace spool {

/// Limits for fetching an http(s) source.
struct DownloadSettings
{
    qint64 maxBytes = qint64(20) * 1024 * 1024 * 1024;
    int connectTimeoutMs = 15000;
    /// Longest silence while the body streams in.
    int readTimeoutMs = 30000;
    int maxRedirects = 5;
    /// Slowest transfer accepted: fewer bytes than this a second, averaged over each window of
    /// `rateWindowMs` after the answer's headers, ends the download (`download_too_slow`), so
    /// that a server dripping a byte now and then cannot hold a worker forever. 0: no minimum.
    qint64 minBytesPerSecond = 1024;
    int rateWindowMs = 60000;
};

/// Streams an http(s) URL to a file with QNetworkAccessManager, on the calling thread (it runs
/// a local event loop, so it works on a pool worker). At most `maxRedirects` redirects, never
/// from https to http; a 4xx or 5xx answer is an error naming the status; the file is removed
/// on any failure or cancellation.
///
/// The body streams to the file in chunks through a bounded read buffer, so memory stays at a
/// few MiB however fast the server and however slow the disk.
///
/// Errors: `http_error`, `download_failed`, `download_timeout`, `download_too_large`,
/// `download_too_slow`, `cancelled`, `file_unwritable`, `format_unsupported` (an answer whose
/// Content-Type is a text document: text/*, JSON, XML, JavaScript).
class Downloader
{
public:
    struct Fetched
    {
        /// The name the server gave the file, or the last segment of the final URL.
        QString suggestedName;
        qint64 bytes = 0;
        QUrl finalUrl;
        /// The final answer's HTTP status (200, 204, …).
        int status = 0;
        /// Its Content-Length, or -1 when it gave none.
        qint64 declaredLength = -1;
    };

    explicit Downloader(DownloadSettings settings = {});

    Result<Fetched> fetch(const QUrl &url,
                          const QString &targetPath,
                          const CancelToken &cancel,
                          const std::function<void(double)> &progress) const;

private:
    // One request's answer: a redirect to follow, or the file written to `file`.
    struct Answer
    {
        int status = 0;
        qint64 received = 0;
        qint64 declaredLength = -1;
        QByteArray location;
        QByteArray disposition;
    };

    Result<Answer> request(const QUrl &url,
                           QFile &file,
                           const CancelToken &cancel,
                           const std::function<void(double)> &progress) const;

    DownloadSettings m_settings;
};

} // namespace spool
