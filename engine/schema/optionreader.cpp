#include "optionreader.h"

#include <cmath>

namespace spool {

namespace {

const KindSpec &specOf(QStringView kind)
{
    const KindSpec *spec = KindSpec::find(kind);
    Q_ASSERT_X(spec, "OptionReader", "unknown task kind");
    // An unknown kind reads every option as absent rather than crashing a release build.
    static const KindSpec none;
    return spec ? *spec : none;
}

} // namespace

OptionReader::OptionReader(QStringView kind, QJsonObject options)
    : OptionReader(specOf(kind), std::move(options))
{}

OptionReader::OptionReader(const KindSpec &spec, QJsonObject options)
    : m_spec(&spec)
    , m_options(std::move(options))
{}

const OptionSpec *OptionReader::declared(QStringView name) const
{
    const OptionSpec *option = m_spec->option(name);
    Q_ASSERT_X(option || m_spec->kind.isEmpty(), "OptionReader", "option not in the kind table");
    return option;
}

bool OptionReader::given(QStringView name) const
{
    return declared(name) && m_options.contains(name);
}

QJsonValue OptionReader::declaredDefault(QStringView name) const
{
    const OptionSpec *option = declared(name);
    return option ? option->defaultValue : QJsonValue(QJsonValue::Undefined);
}

QJsonValue OptionReader::value(QStringView name) const
{
    const OptionSpec *option = declared(name);
    if (!option)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue given = m_options.value(name);
    if (!given.isUndefined() && !given.isNull())
        return given;
    if (option->defaultFollowsContainer) {
        const QString container = text(u"format");
        const QStringList codecs = KindSpec::codecsForContainer(container);
        if (!codecs.isEmpty())
            return codecs.first();
    }
    return option->defaultValue;
}

QString OptionReader::text(QStringView name) const
{
    const QJsonValue read = value(name);
    return read.isString() ? read.toString() : QString();
}

std::optional<double> OptionReader::number(QStringView name) const
{
    const QJsonValue read = value(name);
    if (!read.isDouble())
        return std::nullopt;
    return read.toDouble();
}

std::optional<qint64> OptionReader::integer(QStringView name) const
{
    const std::optional<double> read = number(name);
    if (!read || !std::isfinite(*read))
        return std::nullopt;
    return qint64(*read);
}

} // namespace spool
