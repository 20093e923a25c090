#pragma once

#include "downloader.h"
#include <runtime/executorregistry.h>

#include <memory>

namespace spool {

/// The executors the embedded engine ships, in one registry. Kinds that have no executor here
/// are reported by the validator as kinds the embedded engine cannot run yet.
class BuiltInExecutors
{
public:
    static std::shared_ptr<const ExecutorRegistry> create(const DownloadSettings &downloads = {});
};

} // namespace spool
