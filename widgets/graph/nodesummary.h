#pragma once

#include <schema/keyorder.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace spool {

/// The one line a node shows under its title: the options a person looks for first
/// ("1280×720 · mp4 · h265", a conditions task's rule with the rule editor's operator
/// signs, an ingest's file name), in the words of the runs JSON (only "auto", "end" and the
/// units are translated).
class NodeSummary
{
    Q_DECLARE_TR_FUNCTIONS(NodeSummary)

public:
    /// `order`: the options' written key order (a conditions task's rules come in it).
    static QString text(const QString &kind,
                        const std::optional<QJsonObject> &options,
                        const KeyOrder &order = {});
    /// A conditions task's checks as one readable rule, in written order: "kind = video,
    /// width > 1920".
    static QString rule(const QJsonObject &options, const KeyOrder &order = {});
};

} // namespace spool
