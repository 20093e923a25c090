#include "downloader.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int CancelPollMs = 25;
// What the reply may hold before its network thread stops reading the socket, and the most
// read from it at once: together they bound a download's memory whatever the source's speed.
constexpr qint64 ReadBufferBytes = 1024 * 1024;
constexpr qint64 ChunkBytes = 256 * 1024;

QString nameFromDisposition(const QByteArray &header)
{
    static const QRegularExpression filename(uR"re(filename\*?=(?:UTF-8'')?"?([^";]+)"?)re"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = filename.match(QString::fromUtf8(header));
    return match.hasMatch()
               ? QFileInfo(QUrl::fromPercentEncoding(match.captured(1).toUtf8())).fileName()
               : QString();
}

// Content types that are documents, never media: a server answering with one sent a page (a
// login form, an error page with status 200), whatever the URL's name says.
bool isTextDocument(const QString &type)
{
    static const QStringList documents{u"application/json"_s,
                                       u"application/xml"_s,
                                       u"application/xhtml+xml"_s,
                                       u"application/javascript"_s,
                                       u"application/ld+json"_s};
    return type.startsWith(u"text/") || documents.contains(type);
}

} // namespace

Downloader::Downloader(DownloadSettings settings)
    : m_settings(settings)
{}

Result<Downloader::Fetched> Downloader::fetch(const QUrl &url,
                                              const QString &targetPath,
                                              const CancelToken &cancel,
                                              const std::function<void(double)> &progress) const
{
    QFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{u"file_unwritable"_s,
                     u"cannot write %1: %2"_s.arg(targetPath, file.errorString())};
    }
    const auto failed = [&](const Error &error) {
        file.close();
        QFile::remove(targetPath);
        return error;
    };

    // Redirects are followed here rather than by Qt, so that each refusal says what it was
    // (Qt calls a redirect without a Location, or to ftp:, an "unknown protocol").
    QUrl current = url;
    for (int redirects = 0;; ++redirects) {
        Result<Answer> answer = request(current, file, cancel, progress);
        if (!answer)
            return failed(answer.error());
        if (answer->status < 300 || answer->status >= 400) {
            file.close();
            Fetched fetched;
            fetched.bytes = answer->received;
            fetched.status = answer->status;
            fetched.declaredLength = answer->declaredLength;
            fetched.finalUrl = current;
            fetched.suggestedName = nameFromDisposition(answer->disposition);
            if (fetched.suggestedName.isEmpty())
                fetched.suggestedName = fetched.finalUrl.fileName();
            return fetched;
        }
        const QString shown = current.toDisplayString();
        if (answer->location.isEmpty()) {
            return failed(Error{u"download_failed"_s,
                                u"%1 answered HTTP %2, a redirect, but with no Location header "
                                "saying where to"_s.arg(shown)
                                    .arg(answer->status)});
        }
        const QUrl next = current.resolved(QUrl(QString::fromUtf8(answer->location)));
        const QString scheme = next.scheme().toLower();
        if (scheme != u"http" && scheme != u"https") {
            return failed(Error{u"download_failed"_s,
                                u"%1 redirects to %2; only a redirect to http:// or https:// is "
                                "followed"_s.arg(shown, next.toDisplayString().left(200))});
        }
        if (current.scheme().toLower() == u"https" && scheme == u"http") {
            return failed(Error{u"download_failed"_s,
                                u"%1 redirects from https to http (%2), which is refused"_s
                                    .arg(shown, next.toDisplayString())});
        }
        if (redirects >= m_settings.maxRedirects) {
            return failed(Error{u"download_failed"_s,
                                u"%1 redirected more than %2 times"_s.arg(url.toDisplayString())
                                    .arg(m_settings.maxRedirects)});
        }
        current = next;
    }
}

Result<Downloader::Answer> Downloader::request(const QUrl &url,
                                               QFile &file,
                                               const CancelToken &cancel,
                                               const std::function<void(double)> &progress) const
{
    const QString targetPath = file.fileName();
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_settings.readTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Spool"_s);
    QNetworkReply *reply = manager.get(request);
    reply->setReadBufferSize(ReadBufferBytes);

    std::optional<Error> error;
    bool connected = false;
    qint64 received = 0;
    QEventLoop loop;

    const auto fail = [&](const Error &problem) {
        if (!error)
            error = problem;
        reply->abort();
    };

    QTimer connectTimer;
    connectTimer.setSingleShot(true);
    QObject::connect(&connectTimer, &QTimer::timeout, &loop, [&] {
        if (!connected) {
            fail(Error{u"download_timeout"_s,
                       u"no answer from %1 within %2 s"_s.arg(url.host())
                           .arg(m_settings.connectTimeoutMs / 1000.0)});
        }
    });
    connectTimer.start(m_settings.connectTimeoutMs);

    QTimer cancelTimer;
    QObject::connect(&cancelTimer, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled())
            fail(Error{u"cancelled"_s, u"the download was cancelled"_s});
    });
    cancelTimer.start(CancelPollMs);

    // The minimum rate, checked once a window from the answer's headers on.
    QTimer rateTimer;
    qint64 receivedAtWindowStart = 0;
    QObject::connect(&rateTimer, &QTimer::timeout, &loop, [&] {
        const qint64 inWindow = received - receivedAtWindowStart;
        receivedAtWindowStart = received;
        const double seconds = m_settings.rateWindowMs / 1000.0;
        if (double(inWindow) < double(m_settings.minBytesPerSecond) * seconds) {
            fail(Error{u"download_too_slow"_s,
                       u"%1 sent %2 bytes in %3 s, slower than the minimum of %4 bytes a second"_s
                           .arg(url.toDisplayString())
                           .arg(inWindow)
                           .arg(seconds)
                           .arg(m_settings.minBytesPerSecond)});
        }
    });

    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        connected = true;
        if (m_settings.minBytesPerSecond > 0 && !rateTimer.isActive())
            rateTimer.start(m_settings.rateWindowMs);
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_settings.maxBytes) {
            fail(Error{u"download_too_large"_s,
                       u"%1 is %2 bytes; the limit is %3 bytes"_s.arg(url.toDisplayString())
                           .arg(length.toLongLong())
                           .arg(m_settings.maxBytes)});
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader)
                                 .toString()
                                 .section(u';', 0, 0)
                                 .trimmed()
                                 .toLower();
        if (status >= 200 && status < 300 && isTextDocument(type)) {
            fail(Error{u"format_unsupported"_s,
                       u"%1 answered with Content-Type %2, a text document, not a media file"_s
                           .arg(url.toDisplayString(), type)});
        }
    });
    // Chunk by chunk, each checked against the limit before it is written.
    const auto drain = [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            return; // the body of a redirect or an error page is not the file
        while (!error && reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(ChunkBytes);
            if (chunk.isEmpty())
                break;
            received += chunk.size();
            if (received > m_settings.maxBytes) {
                fail(Error{u"download_too_large"_s,
                           u"%1 exceeds the limit of %2 bytes"_s.arg(url.toDisplayString())
                               .arg(m_settings.maxBytes)});
                return;
            }
            if (file.write(chunk) != chunk.size()) {
                fail(Error{u"file_unwritable"_s,
                           u"cannot write %1: %2"_s.arg(targetPath, file.errorString())});
            }
        }
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        connected = true;
        drain();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 done, qint64 total) {
        if (total > 0 && progress)
            progress(double(done) / double(total));
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        drain();
        loop.quit();
    });
    loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!error && status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                   .toString();
        error = Error{u"http_error"_s,
                      u"HTTP %1%2 from %3"_s.arg(status).arg(reason.isEmpty() ? QString()
                                                                              : u" "_s + reason,
                                                             url.toDisplayString())};
    }
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                          || reply->error() == QNetworkReply::TimeoutError;
    if (!error && !timedOut && status >= 200 && status < 300 && declared.isValid()
        && received < declared.toLongLong()) {
        error = Error{u"download_failed"_s,
                      u"%1 ended after %2 of the %3 bytes its Content-Length announced"_s
                          .arg(url.toDisplayString())
                          .arg(received)
                          .arg(declared.toLongLong())};
    }
    if (!error && reply->error() != QNetworkReply::NoError) {
        error = Error{timedOut ? u"download_timeout"_s : u"download_failed"_s,
                      timedOut ? u"%1 stopped sending data for %2 s"_s.arg(url.toDisplayString())
                                     .arg(m_settings.readTimeoutMs / 1000.0)
                               : u"cannot download %1: %2"_s.arg(url.toDisplayString(),
                                                                 reply->errorString())};
    }
    if (error)
        return *error;

    Answer answer;
    answer.status = status;
    answer.received = received;
    answer.location = reply->rawHeader("Location");
    answer.disposition = reply->rawHeader("Content-Disposition");
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    answer.declaredLength = length.isValid() ? length.toLongLong() : -1;
    return answer;
}

} // namespace spool
