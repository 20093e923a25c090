#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <limits>

namespace spool {

/// One option of a task kind, declared once and read by the validator and the inspector.
struct OptionSpec
{
    enum class Type {
        Integer,   ///< a whole number within [minimum, maximum]
        Number,    ///< any number within [minimum, maximum]
        String,    ///< free text
        Enum,      ///< one of `allowed`
        Dimension, ///< pixels (a positive integer up to `maximum`) or a percentage string "50%"
        Color,     ///< "#RRGGBB"
        Url,       ///< http(s)://, file:// or a local path
    };

    QString name;
    Type type = Type::String;
    QString description;
    bool required = false;
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    QStringList allowed;
    /// What the engine uses when the option is absent; undefined when there is no default.
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
    /// The default is the own codec of the container the `format` option names
    /// (KindSpec::codecsForContainer), and `defaultValue` that of the default container.
    bool defaultFollowsContainer = false;
};

} // namespace spool
