#include "builtinexecutors.h"

#include "adaptivevideoexecutor.h"
#include "audioexecutor.h"
#include "chaptersexecutor.h"
#include "conditionsexecutor.h"
#include "imageexecutor.h"
#include "ingestexecutor.h"
#include "outlineexecutor.h"
#include "speechexecutor.h"
#include "subtitlesexecutor.h"
#include "summaryexecutor.h"
#include "thumbnailsexecutor.h"
#include "videoexecutor.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::shared_ptr<const ExecutorRegistry> BuiltInExecutors::create(const DownloadSettings &downloads)
{
    auto registry = std::make_shared<ExecutorRegistry>();
    registry->add(u"ingest"_s, std::make_shared<IngestExecutor>(downloads));
    registry->add(u"conditions"_s, std::make_shared<ConditionsExecutor>());
    registry->add(u"audio"_s, std::make_shared<AudioExecutor>());
    registry->add(u"image"_s, std::make_shared<ImageExecutor>());
    registry->add(u"video"_s, std::make_shared<VideoExecutor>());
    registry->add(u"thumbnails"_s, std::make_shared<ThumbnailsExecutor>());
    registry->add(u"adaptive_video"_s, std::make_shared<AdaptiveVideoExecutor>());
    registry->add(u"speech"_s, std::make_shared<SpeechExecutor>());
    registry->add(u"subtitles"_s, std::make_shared<SubtitlesExecutor>());
    registry->add(u"chapters"_s, std::make_shared<ChaptersExecutor>());
    registry->add(u"outline"_s, std::make_shared<OutlineExecutor>());
    registry->add(u"summary"_s, std::make_shared<SummaryExecutor>());
    return registry;
}

} // namespace spool
