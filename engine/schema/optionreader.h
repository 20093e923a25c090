#pragma once

#include "kindspec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace spool {

/// Reads a task's options through its kind's table: a value the request gives wins, else the
/// default KindSpec declares, so no default is written anywhere but in kindspec.cpp. The
/// options are expected to have passed the validator; a value of the wrong JSON type reads as
/// absent. Reading an option the kind does not declare is a programming error (asserted), and
/// reads as absent.
class OptionReader
{
public:
    /// `kind` must be a kind of KindSpec::all() with declared options.
    OptionReader(QStringView kind, QJsonObject options);
    OptionReader(const KindSpec &spec, QJsonObject options);

    const KindSpec &spec() const { return *m_spec; }
    const QJsonObject &options() const { return m_options; }

    /// The request gives the option itself.
    bool given(QStringView name) const;
    /// The given value, else the declared default, else undefined.
    QJsonValue value(QStringView name) const;
    /// The declared default alone (undefined when there is none).
    QJsonValue declaredDefault(QStringView name) const;

    /// A string option (also Enum, Color, Url); empty when absent without a default.
    QString text(QStringView name) const;
    std::optional<double> number(QStringView name) const;
    std::optional<qint64> integer(QStringView name) const;

private:
    const OptionSpec *declared(QStringView name) const;

    const KindSpec *m_spec;
    QJsonObject m_options;
};

} // namespace spool
