#include "cuereader.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace spool {

using namespace Qt::Literals::StringLiterals;

qint64 CueReader::parseTime(QStringView text)
{
    const QString value = text.trimmed().toString().replace(u',', u'.');
    const QStringList parts = value.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    bool ok = true;
    qint64 hours = 0;
    int at = 0;
    if (parts.size() == 3) {
        hours = parts.at(0).toLongLong(&ok);
        if (!ok)
            return -1;
        at = 1;
    }
    const qint64 minutes = parts.at(at).toLongLong(&ok);
    if (!ok || minutes < 0 || minutes > 59)
        return -1;
    const double seconds = parts.at(at + 1).toDouble(&ok);
    if (!ok || seconds < 0 || seconds >= 60)
        return -1;
    return (hours * 3600 + minutes * 60) * 1000 + qRound64(seconds * 1000);
}

Result<QList<Cue>> CueReader::read(const QByteArray &bytes)
{
    static const QRegularExpression xywh(u"#xywh=(\\d+),(\\d+),(\\d+),(\\d+)"_s);
    const QStringList lines = QString::fromUtf8(bytes).remove(u'\r').split(u'\n');
    QList<Cue> cues;
    qsizetype i = 0;
    while (i < lines.size()) {
        const QString line = lines.at(i).trimmed();
        const qsizetype arrow = line.indexOf(u"-->"_s);
        if (arrow < 0) {
            ++i;
            continue;
        }
        const qint64 start = parseTime(QStringView(line).left(arrow));
        // Settings may follow the end time (`line:90% align:center`).
        QString rest = line.mid(arrow + 3).trimmed();
        rest = rest.section(u' ', 0, 0);
        const qint64 end = parseTime(rest);
        if (start < 0 || end < 0)
            return Error{u"cues_unreadable"_s,
                         u"line %1: the timing \"%2\" does not read"_s.arg(i + 1).arg(line),
                         QString(),
                         int(i + 1)};
        QStringList text;
        ++i;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) {
            text.append(lines.at(i).trimmed());
            ++i;
        }
        Cue cue;
        cue.startMs = start;
        cue.endMs = std::max(start, end);
        cue.text = text.join(u'\n');
        if (const QRegularExpressionMatch match = xywh.match(cue.text); match.hasMatch())
            cue.region = QRect(match.captured(1).toInt(),
                               match.captured(2).toInt(),
                               match.captured(3).toInt(),
                               match.captured(4).toInt());
        cues.append(cue);
    }
    return cues;
}

Result<QList<Cue>> CueReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"file_unreadable"_s,
                     u"cannot read %1: %2"_s.arg(path, file.errorString()),
                     path};
    Result<QList<Cue>> cues = read(file.readAll());
    if (!cues) {
        Error error = cues.error();
        error.path = path;
        error.message = path + u": "_s + error.message;
        return error;
    }
    return cues;
}

int CueReader::cueAt(const QList<Cue> &cues, qint64 ms)
{
    int found = -1;
    for (int i = 0; i < cues.size(); ++i) {
        if (cues.at(i).contains(ms))
            found = i;
    }
    return found;
}

} // namespace spool
