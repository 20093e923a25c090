#include "transcriptjson.h"

#include <QJsonArray>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double SegmentPause = 0.7;
constexpr int SegmentWords = 20;

double rounded(double seconds)
{
    return std::round(seconds * 1000) / 1000;
}

} // namespace

QJsonObject TranscriptJson::toJson(const Transcript &transcript)
{
    QJsonArray text;
    QJsonArray timeline;
    QJsonArray words;
    QStringList segment;
    double segmentStart = 0;
    double segmentEnd = 0;
    const auto close = [&] {
        if (segment.isEmpty())
            return;
        const QString line = segment.join(u' ');
        text.append(line);
        timeline.append(QJsonObject{{u"start"_s, rounded(segmentStart)},
                                    {u"end"_s, rounded(segmentEnd)},
                                    {u"speaker"_s, 0},
                                    {u"text"_s, line}});
        segment.clear();
    };
    for (const Transcript::Word &word : transcript.words) {
        if (!segment.isEmpty()
            && (word.start - segmentEnd >= SegmentPause || segment.size() >= SegmentWords))
            close();
        if (segment.isEmpty())
            segmentStart = word.start;
        segment.append(word.text);
        segmentEnd = word.end;
        words.append(QJsonObject{{u"word"_s, word.text},
                                 {u"start"_s, rounded(word.start)},
                                 {u"end"_s, rounded(word.end)},
                                 {u"confidence"_s, std::round(word.confidence * 1000) / 1000}});
    }
    close();
    return QJsonObject{{u"kind"_s, u"speech"_s},
                       {u"text"_s, text},
                       {u"languages"_s, QJsonArray{transcript.language}},
                       {u"speakers"_s, transcript.words.isEmpty() ? 0 : 1},
                       {u"timeline"_s, timeline},
                       {u"words"_s, words},
                       {u"duration"_s, rounded(transcript.duration)}};
}

Transcript TranscriptJson::fromJson(const QJsonObject &json)
{
    Transcript transcript;
    transcript.language = json.value(u"languages").toArray().at(0).toString(u"en"_s);
    transcript.duration = json.value(u"duration").toDouble();
    for (const QJsonValue &value : json.value(u"words").toArray()) {
        const QJsonObject word = value.toObject();
        transcript.words.append({word.value(u"word").toString(),
                                 word.value(u"start").toDouble(),
                                 word.value(u"end").toDouble(),
                                 word.value(u"confidence").toDouble(1.0)});
    }
    return transcript;
}

} // namespace spool
