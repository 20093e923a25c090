#include "mediafixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

MediaFixtures::MediaFixtures(QString dir)
    : m_dir(std::move(dir))
{}

QString MediaFixtures::ffmpeg(const QString &name, const QStringList &arguments)
{
    const QString path = m_dir + u'/' + name;
    QProcess process;
    process.start(u"ffmpeg"_s,
                  QStringList{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s} + arguments
                      + QStringList{path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        m_lastError = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return path;
}

QString MediaFixtures::custom(const QString &name, const QStringList &arguments)
{
    return ffmpeg(name, arguments);
}

QString MediaFixtures::video(const QString &name, int width, int height, double seconds)
{
    return ffmpeg(name,
                  {u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=%1x%2:rate=25"_s.arg(width).arg(height),
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=frequency=440:sample_rate=44100"_s,
                   u"-t"_s,
                   QString::number(seconds),
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-pix_fmt"_s,
                   u"yuv420p"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   u"-shortest"_s});
}

QString MediaFixtures::audio(const QString &name, double seconds)
{
    return ffmpeg(name,
                  {u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=frequency=440:sample_rate=44100"_s,
                   u"-t"_s,
                   QString::number(seconds)});
}

QString MediaFixtures::image(const QString &name, int width, int height)
{
    return ffmpeg(name,
                  {u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=%1x%2"_s.arg(width).arg(height),
                   u"-frames:v"_s,
                   u"1"_s});
}

QString MediaFixtures::silentVideo(const QString &name, double seconds)
{
    return ffmpeg(name,
                  {u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=160x120:rate=25"_s,
                   u"-t"_s,
                   QString::number(seconds),
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-pix_fmt"_s,
                   u"yuv420p"_s});
}

QJsonObject MediaFixtures::ffprobe(const QString &path)
{
    QProcess process;
    process.start(u"ffprobe"_s,
                  {u"-v"_s,
                   u"error"_s,
                   u"-print_format"_s,
                   u"json"_s,
                   u"-show_format"_s,
                   u"-show_streams"_s,
                   path});
    if (!process.waitForFinished(60000))
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QList<int> MediaFixtures::videoFrameCounts(const QString &path)
{
    QProcess process;
    process.start(u"ffprobe"_s,
                  {u"-v"_s,
                   u"error"_s,
                   u"-count_frames"_s,
                   u"-select_streams"_s,
                   u"v"_s,
                   u"-show_entries"_s,
                   u"stream=nb_read_frames"_s,
                   u"-of"_s,
                   u"json"_s,
                   path});
    if (!process.waitForFinished(60000))
        return {};
    // Only the top-level list: the programs of an HLS package list the same streams again.
    QList<int> counts;
    const QJsonObject probe = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue &stream : probe.value(u"streams").toArray())
        counts.append(stream.toObject().value(u"nb_read_frames").toString().toInt());
    return counts;
}

QByteArray MediaFixtures::pixels(const QString &path, int *width, int *height)
{
    const QJsonObject probe = ffprobe(path);
    const QJsonObject stream = probe.value(u"streams").toArray().at(0).toObject();
    *width = stream.value(u"width").toInt();
    *height = stream.value(u"height").toInt();
    QProcess process;
    process.start(u"ffmpeg"_s,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-i"_s,
                   path,
                   u"-frames:v"_s,
                   u"1"_s,
                   u"-f"_s,
                   u"rawvideo"_s,
                   u"-pix_fmt"_s,
                   u"rgb24"_s,
                   u"-"_s});
    if (!process.waitForFinished(60000))
        return {};
    return process.readAllStandardOutput();
}

QString MediaFixtures::empty(const QString &name)
{
    QFile file(m_dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    return file.fileName();
}

QString MediaFixtures::randomBytes(const QString &name, int size)
{
    QFile file(m_dir + u'/' + name);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes(size, '\0');
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    file.write(bytes);
    return file.fileName();
}

QString MediaFixtures::truncated(const QString &source, const QString &name, qint64 bytes)
{
    QFile in(source);
    QFile out(m_dir + u'/' + name);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return {};
    out.write(in.read(bytes));
    return out.fileName();
}

} // namespace spool::test
