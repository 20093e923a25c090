#include "builtinexecutors.h"

#include "adaptivevideoexecutor.h"
#include "audioexecutor.h"
#include "conditionsexecutor.h"
#include "imageexecutor.h"
#include "ingestexecutor.h"
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
    return registry;
}

} // namespace spool
