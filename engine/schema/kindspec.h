#pragma once

#include "optionspec.h"

#include <QList>
#include <QString>

namespace spool {

/// What a task kind needs, makes and accepts (spec §4), in one declarative table: the
/// validator checks requests against it and the editor builds its palette and forms from it.
struct KindSpec
{
    /// What flows along a `next` edge.
    enum Media : unsigned {
        NoMedia = 0,
        Video = 1,
        Audio = 2,
        Image = 4,
        Transcript = 8,
        Track = 16,
        Intelligence = 32,
        Playlist = 64,
        AnyMedia = Video | Audio | Image,
        Anything = 127,
    };

    QString kind;
    QString group; ///< palette group: Sources, Media, Tracks, Intelligence, Logic, Hosted only
    QString description;
    /// What the task accepts as input; NoMedia for a root-only kind (ingest).
    unsigned accepts = NoMedia;
    /// What the task passes to its `next` tasks; `PassThrough` for conditions.
    unsigned produces = NoMedia;
    bool passesInputThrough = false;
    /// Hosted-only kinds are offered for remote runs; the embedded engine rejects them.
    bool hostedOnly = false;
    /// Options are a condition map (spec §5) rather than the table below.
    bool conditionOptions = false;
    /// Options are not declared here (hosted-only kinds): any object is accepted.
    bool freeFormOptions = false;
    QList<OptionSpec> options;

    const OptionSpec *option(QStringView name) const;
    /// What the task passes to its `next` tasks when it is given `input`.
    unsigned outputFor(unsigned input) const { return passesInputThrough ? input : produces; }

    /// Every kind of spec §4, in palette order.
    static const QList<KindSpec> &all();
    static const KindSpec *find(QStringView kind);
    /// Whether a task of this known kind reads a file (so that, in the flat form, it waits for
    /// the single root ingest).
    static bool readsInput(QStringView kind);
    static QStringList kindNames();

    /// The video codecs a container can hold, its default first (for `video` and
    /// `adaptive_video`); empty for an unknown container.
    static QStringList codecsForContainer(QStringView format);
};

} // namespace spool
