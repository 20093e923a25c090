#pragma once

#include "transcript.h"

#include <QJsonObject>

namespace spool {

/// A transcript as the speech task's `intelligence` output (spec §4):
/// `{ "kind": "speech", "text": [...], "languages": [...], "speakers": n,
///    "timeline": [{ "start", "end", "speaker", "text" }] }`, plus, as Spool's extensions,
/// `words` (`{word, start, end, confidence}`) and `duration`. Timeline segments end at pauses
/// of 0.7 s or more, and after 20 words.
class TranscriptJson
{
public:
    static QJsonObject toJson(const Transcript &transcript);
    static Transcript fromJson(const QJsonObject &json);
};

} // namespace spool
