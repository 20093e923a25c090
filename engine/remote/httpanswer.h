#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QUrl>

#include <utility>

namespace spool {

/// A successful (2xx) answer of a `/runs` server: its status, headers and JSON body.
struct HttpAnswer
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QJsonValue json;
    QUrl url;

    /// The value of a header, its name matched without regard to case; empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace spool
