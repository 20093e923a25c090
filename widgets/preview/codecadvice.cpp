#include "codecadvice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Entry
{
    const char *name;
    const char *what;
    const char *plugin;
    const char *package;
};

// What GStreamer 1.22 on Debian 12 uses for each part (gst-inspect-1.0 names the plugin).
constexpr Entry Containers[] = {
    {"mp4",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MP4 container"),
     "isomp4",
     "gstreamer1.0-plugins-good"},
    {"mov",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "QuickTime (MOV) container"),
     "isomp4",
     "gstreamer1.0-plugins-good"},
    {"m4a",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MPEG-4 audio (M4A) container"),
     "isomp4",
     "gstreamer1.0-plugins-good"},
    {"webm",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "WebM container"),
     "matroska",
     "gstreamer1.0-plugins-good"},
    {"mkv",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Matroska container"),
     "matroska",
     "gstreamer1.0-plugins-good"},
    {"ogg",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Ogg container"),
     "ogg",
     "gstreamer1.0-plugins-base"},
    {"wav",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "WAV container"),
     "wavparse",
     "gstreamer1.0-plugins-good"},
    {"flac",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "FLAC stream"),
     "audioparsers",
     "gstreamer1.0-plugins-good"},
    {"mp3",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MP3 stream"),
     "audioparsers",
     "gstreamer1.0-plugins-good"},
    {"aac",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "AAC (ADTS) stream"),
     "audioparsers",
     "gstreamer1.0-plugins-good"},
    {"hls",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "HLS playlist"),
     "hls",
     "gstreamer1.0-plugins-bad"},
    {"m3u8",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "HLS playlist"),
     "hls",
     "gstreamer1.0-plugins-bad"},
    {"ts",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MPEG-TS container"),
     "mpegtsdemux",
     "gstreamer1.0-plugins-bad"},
};

constexpr Entry VideoCodecs[] = {
    {"h264", QT_TRANSLATE_NOOP("spool::CodecAdvice", "H.264 video"), "libav", "gstreamer1.0-libav"},
    {"hevc",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "H.265 (HEVC) video"),
     "libav",
     "gstreamer1.0-libav"},
    {"mpeg4",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MPEG-4 Part 2 video"),
     "libav",
     "gstreamer1.0-libav"},
    {"prores",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "ProRes video"),
     "libav",
     "gstreamer1.0-libav"},
    {"vp8", QT_TRANSLATE_NOOP("spool::CodecAdvice", "VP8 video"), "vpx", "gstreamer1.0-plugins-good"},
    {"vp9", QT_TRANSLATE_NOOP("spool::CodecAdvice", "VP9 video"), "vpx", "gstreamer1.0-plugins-good"},
    {"av1", QT_TRANSLATE_NOOP("spool::CodecAdvice", "AV1 video"), "aom", "gstreamer1.0-plugins-bad"},
    {"theora",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Theora video"),
     "theora",
     "gstreamer1.0-plugins-base"},
    {"mjpeg",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Motion JPEG video"),
     "jpeg",
     "gstreamer1.0-plugins-good"},
};

constexpr Entry AudioCodecs[] = {
    {"aac", QT_TRANSLATE_NOOP("spool::CodecAdvice", "AAC audio"), "libav", "gstreamer1.0-libav"},
    {"mp3",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MP3 audio"),
     "mpg123",
     "gstreamer1.0-plugins-good"},
    {"mp3float",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "MP3 audio"),
     "mpg123",
     "gstreamer1.0-plugins-good"},
    {"opus",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Opus audio"),
     "opus",
     "gstreamer1.0-plugins-base"},
    {"vorbis",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Vorbis audio"),
     "vorbis",
     "gstreamer1.0-plugins-base"},
    {"flac",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "FLAC audio"),
     "flac",
     "gstreamer1.0-plugins-good"},
    {"alac",
     QT_TRANSLATE_NOOP("spool::CodecAdvice", "Apple Lossless audio"),
     "libav",
     "gstreamer1.0-libav"},
    {"ac3", QT_TRANSLATE_NOOP("spool::CodecAdvice", "AC-3 audio"), "libav", "gstreamer1.0-libav"},
};

const Entry *find(const auto &table, const QString &name)
{
    for (const Entry &entry : table) {
        if (name == QLatin1StringView(entry.name))
            return &entry;
    }
    return nullptr;
}

QString translated(const char *what)
{
    return QCoreApplication::translate("spool::CodecAdvice", what);
}

CodecAdvice::Need needOf(const Entry &entry)
{
    return {translated(entry.what),
            QString::fromLatin1(entry.plugin),
            QString::fromLatin1(entry.package),
            CodecAdvice::pluginInstalled(QString::fromLatin1(entry.plugin))};
}

} // namespace

QStringList CodecAdvice::pluginFolders()
{
    QStringList folders;
    for (const char *variable : {"GST_PLUGIN_PATH_1_0",
                                 "GST_PLUGIN_PATH",
                                 "GST_PLUGIN_SYSTEM_PATH_1_0",
                                 "GST_PLUGIN_SYSTEM_PATH"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            folders += value.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    }
    // Where Debian and other distributions keep them when no variable says otherwise.
    const QDir lib(u"/usr/lib"_s);
    for (const QFileInfo &info : lib.entryInfoList({u"*-linux-gnu*"_s}, QDir::Dirs))
        folders.append(info.absoluteFilePath() + u"/gstreamer-1.0"_s);
    folders += {u"/usr/lib64/gstreamer-1.0"_s, u"/usr/lib/gstreamer-1.0"_s};
    return folders;
}

bool CodecAdvice::pluginInstalled(const QString &plugin)
{
    for (const QString &folder : pluginFolders()) {
        if (QFileInfo::exists(folder + u"/libgst"_s + plugin + u".so"_s))
            return true;
    }
    return false;
}

QList<CodecAdvice::Need> CodecAdvice::needs(const QString &container,
                                            const QString &videoCodec,
                                            const QString &audioCodec)
{
    QList<Need> result;
    if (const Entry *entry = find(Containers, container.toLower()))
        result.append(needOf(*entry));
    // Spool's HLS segments are MPEG-TS.
    if (container.toLower() == u"hls" || container.toLower() == u"m3u8")
        result.append(needOf(*find(Containers, u"ts"_s)));
    if (const Entry *entry = find(VideoCodecs, videoCodec.toLower()))
        result.append(needOf(*entry));
    if (const Entry *entry = find(AudioCodecs, audioCodec.toLower()))
        result.append(needOf(*entry));
    return result;
}

QString CodecAdvice::explain(const QString &container,
                             const QString &videoCodec,
                             const QString &audioCodec,
                             const QString &part,
                             const QString &playerError)
{
    const QList<Need> all = needs(container,
                                  part == u"audio" ? QString() : videoCodec,
                                  part == u"video" ? QString() : audioCodec);
    QList<Need> relevant;
    // When only the picture or only the sound is missing, the container was read.
    for (const Need &need : all) {
        const Entry *containerEntry = find(Containers, container.toLower());
        const bool isContainer = containerEntry && need.what == translated(containerEntry->what);
        if (!part.isEmpty() && isContainer)
            continue;
        relevant.append(need);
    }
    QString lead;
    if (part == u"video")
        lead = QCoreApplication::translate("spool::CodecAdvice",
                                           "Qt Multimedia can play this file's sound but not its "
                                           "picture.");
    else if (part == u"audio")
        lead = QCoreApplication::translate("spool::CodecAdvice",
                                           "Qt Multimedia can play this file's picture but not its "
                                           "sound.");
    else
        lead = QCoreApplication::translate("spool::CodecAdvice",
                                           "Qt Multimedia cannot play this file.");
    if (!playerError.isEmpty())
        lead += u' '
                + QCoreApplication::translate("spool::CodecAdvice", "GStreamer says: %1")
                      .arg(playerError);
    if (relevant.isEmpty())
        return lead + u' '
               + QCoreApplication::translate("spool::CodecAdvice",
                                             "Its format (%1) is not one Spool knows a GStreamer "
                                             "plugin for.")
                     .arg(QStringList{container, videoCodec, audioCodec}
                              .filter(QRegularExpression(u".+"_s))
                              .join(u", "_s));
    QStringList missing;
    QStringList present;
    QStringList packages;
    for (const Need &need : std::as_const(relevant)) {
        const QString line = QCoreApplication::translate("spool::CodecAdvice",
                                                         "%1: GStreamer plugin “%2” from the "
                                                         "package %3")
                                 .arg(need.what, need.plugin, need.package);
        (need.installed ? present : missing).append(line);
        if (!need.installed && !packages.contains(need.package))
            packages.append(need.package);
    }
    QString text = lead;
    if (!missing.isEmpty()) {
        text += u"\n\n"_s
                + QCoreApplication::translate("spool::CodecAdvice",
                                              "Missing here (install it with apt install %1):")
                      .arg(packages.join(u' '))
                + u"\n• "_s + missing.join(u"\n• "_s);
    }
    if (!present.isEmpty()) {
        text += u"\n\n"_s
                + (missing.isEmpty()
                       ? QCoreApplication::translate("spool::CodecAdvice",
                                                     "It needs these, which are installed but did "
                                                     "not decode it (a disabled or broken "
                                                     "plugin?):")
                       : QCoreApplication::translate("spool::CodecAdvice", "Installed:"))
                + u"\n• "_s + present.join(u"\n• "_s);
    }
    return text;
}

} // namespace spool
