#pragma once

#include <QString>
#include <QStringView>

namespace spool {

struct KindSpec;
struct OptionSpec;

/// KindSpec's texts in the user's language, for every widget that shows one. The engine's
/// table holds them in English (spool-cli, the server and the validator speak English) and
/// marks them with QT_TRANSLATE_NOOP under the context "spool::KindSpec"; this is the one
/// place that looks them up there. Without a translator they come back unchanged.
class SpecText
{
public:
    SpecText() = delete;

    static QString kindDescription(const KindSpec &spec);
    /// The description of a kind by name; empty for a kind KindSpec does not know.
    static QString kindDescription(QStringView kind);
    static QString optionDescription(const OptionSpec &option);
    /// The title of a palette group; KindSpec's group names double as untranslated keys.
    static QString groupTitle(QStringView group);

private:
    static QString translated(QStringView english);
};

} // namespace spool
