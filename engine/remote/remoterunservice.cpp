#include "remoterunservice.h"

#include "remotelogging.h"
#include "remoterequest.h"
#include "runsclient.h"
#include "runsnapshotmerger.h"

#include <QTimer>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

// Answers that mean the run will never be seen again from here.
bool endsTheWatch(const Error &error)
{
    return error.kind == u"run_not_found" || error.httpStatus == 401 || error.httpStatus == 403
           || error.kind == u"tls_failed" || error.kind == u"host_not_found";
}

// The id of a run that cannot exist, for asking whether the cancel route does.
const QString ProbeRunId = u"run_0000000000000000"_s;

} // namespace

RemoteRunService::RemoteRunService(std::unique_ptr<RunsClient> client,
                                   const RemotePolling &polling,
                                   QObject *parent)
    : RunService(parent)
    , m_client(std::move(client))
    , m_polling(polling)
    , m_merger(std::make_unique<RunSnapshotMerger>())
{
    RunSnapshotMerger *merger = m_merger.get();
    connect(merger, &RunSnapshotMerger::runChanged, this, &RunService::runChanged);
    connect(merger, &RunSnapshotMerger::taskChanged, this, &RunService::taskChanged);
    connect(merger, &RunSnapshotMerger::runProgressChanged, this, &RunService::runProgressChanged);
    connect(merger, &RunSnapshotMerger::eventRecorded, this, &RunService::eventRecorded);
    connect(merger, &RunSnapshotMerger::runFinished, this, &RunService::runFinished);
}

RemoteRunService::~RemoteRunService()
{
    for (const Watch &watch : std::as_const(m_watches))
        delete watch.timer;
    m_watches.clear();
    m_client.reset();
}

QFuture<Result<Run>> RemoteRunService::start(const RunRequest &request, const StartOptions &options)
{
    Result<RunRequest> prepared = prepareRemoteRequest(request, options);
    if (!prepared)
        return ready(Result<Run>(prepared.error()));
    return m_client->submit(*prepared).then(this, [this](const Result<Run> &answer) -> Result<Run> {
        if (!answer)
            return answer;
        absorb(*answer);
        return m_merger->known(answer->id).value_or(*answer);
    });
}

QFuture<Result<Run>> RemoteRunService::cancel(const QString &runId)
{
    if (m_cancelUnavailable)
        return ready(Result<Run>(Error{u"cancel_unsupported"_s, *m_cancelUnavailable}));
    return m_client->cancel(runId).then(this, [this](const Result<Run> &answer) -> Result<Run> {
        if (!answer) {
            if (answer.error().kind == u"cancel_unsupported")
                m_cancelUnavailable = answer.error().message;
            return answer;
        }
        if (!m_merger->known(answer->id))
            return answer;
        absorb(*answer);
        return *m_merger->known(answer->id);
    });
}

std::optional<QString> RemoteRunService::cancelUnavailableReason() const
{
    return m_cancelUnavailable;
}

QFuture<std::optional<QString>> RemoteRunService::probeCancel()
{
    return m_client->cancel(ProbeRunId).then(this, [this](const Result<Run> &answer) {
        if (!answer && answer.error().kind == u"cancel_unsupported")
            m_cancelUnavailable = answer.error().message;
        return m_cancelUnavailable;
    });
}

QFuture<Result<Run>> RemoteRunService::run(const QString &runId) const
{
    auto *self = const_cast<RemoteRunService *>(this);
    return m_client->run(runId).then(self, [self](const Result<Run> &answer) -> Result<Run> {
        if (!answer || !self->m_merger->known(answer->id))
            return answer;
        // A run being watched answers as merged: never behind what its signals said.
        self->absorb(*answer);
        return *self->m_merger->known(answer->id);
    });
}

QFuture<Result<RunPage>> RemoteRunService::list(const RunQuery &query) const
{
    return m_client->runs(query).then(m_client.get(),
                                      [](const Result<ListPage<Run>> &page) -> Result<RunPage> {
                                          if (!page)
                                              return page.error();
                                          return RunPage{page->items, page->hasMore};
                                      });
}

QFuture<Result<QList<RunEvent>>> RemoteRunService::events(const QString &runId) const
{
    if (!m_merger->known(runId)) {
        return ready(Result<QList<RunEvent>>(
            Error{u"events_unavailable"_s,
                  u"the /runs API serves no events; they are known only for runs this service "
                  "watched, and it did not watch %1"_s.arg(runId)}));
    }
    return ready(Result<QList<RunEvent>>(m_merger->events(runId)));
}

QFuture<Result<QStringList>> RemoteRunService::taskLog(const QString &runId,
                                                       const QString &taskId) const
{
    return ready(Result<QStringList>(
        Error{u"task_log_unavailable"_s,
              u"the /runs API serves no task logs (run %1, task %2)"_s.arg(runId, taskId)}));
}

void RemoteRunService::watch(const QString &runId)
{
    if (m_watches.contains(runId) || m_merger->isFinished(runId))
        return;
    startWatching(runId);
    poll(runId);
}

bool RemoteRunService::isWatching(const QString &runId) const
{
    return m_watches.contains(runId);
}

int RemoteRunService::pollIntervalMs(const QString &runId) const
{
    const auto it = m_watches.constFind(runId);
    return it == m_watches.constEnd() ? -1 : it->intervalMs;
}

void RemoteRunService::absorb(const Run &snapshot)
{
    m_merger->merge(snapshot);
    if (m_merger->isFinished(snapshot.id))
        endWatch(snapshot.id, std::nullopt);
    else if (!m_watches.contains(snapshot.id))
        startWatching(snapshot.id);
}

void RemoteRunService::startWatching(const QString &runId)
{
    Watch watch;
    watch.intervalMs = m_polling.fastMs;
    watch.timer = new QTimer(this);
    watch.timer->setSingleShot(true);
    connect(watch.timer, &QTimer::timeout, this, [this, runId] { poll(runId); });
    watch.timer->start(watch.intervalMs);
    m_watches.insert(runId, watch);
}

void RemoteRunService::poll(const QString &runId)
{
    auto it = m_watches.find(runId);
    if (it == m_watches.end() || it->inFlight)
        return;
    it->inFlight = true;
    m_client->run(runId).then(this, [this, runId](const Result<Run> &answer) {
        onPolled(runId, answer);
    });
}

void RemoteRunService::onPolled(const QString &runId, const Result<Run> &answer)
{
    auto it = m_watches.find(runId);
    if (it == m_watches.end())
        return;
    it->inFlight = false;
    if (!answer) {
        const Error &error = answer.error();
        if (endsTheWatch(error)) {
            endWatch(runId, error);
            return;
        }
        if (!it->failing) {
            it->failing = true;
            it->failingSince.start();
            Error reported = error;
            reported.message = u"lost contact with the server while watching run %1, trying "
                               "again: %2"_s.arg(runId, error.message);
            Q_EMIT problemOccurred(runId, reported);
            it = m_watches.find(runId);
            if (it == m_watches.end())
                return;
        } else if (it->failingSince.elapsed() > m_polling.giveUpAfterMs) {
            Error lost = error;
            lost.kind = u"run_unreachable"_s;
            lost.message = u"the server did not answer for run %1 for %2 s; stopped watching "
                           "it: %3"_s.arg(runId)
                               .arg(m_polling.giveUpAfterMs / 1000)
                               .arg(error.message);
            endWatch(runId, lost);
            return;
        }
        it->intervalMs = std::min(m_polling.maxMs, it->intervalMs * 2);
        it->timer->start(it->intervalMs);
        return;
    }
    if (it->failing) {
        it->failing = false;
        qCInfo(lcRemote, "run %ls: the server answers again", qUtf16Printable(runId));
    }
    const bool changed = m_merger->merge(*answer);
    if (m_merger->isFinished(runId)) {
        endWatch(runId, std::nullopt);
        return;
    }
    it = m_watches.find(runId); // the signals' handlers may have changed the watches
    if (it == m_watches.end())
        return;
    it->intervalMs = changed ? m_polling.fastMs : std::min(m_polling.maxMs, it->intervalMs * 2);
    it->timer->start(it->intervalMs);
}

void RemoteRunService::endWatch(const QString &runId, const std::optional<Error> &error)
{
    auto it = m_watches.find(runId);
    if (it == m_watches.end())
        return;
    it->timer->deleteLater();
    m_watches.erase(it);
    if (error)
        Q_EMIT watchEnded(runId, *error);
}

} // namespace spool
