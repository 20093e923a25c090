#include "stillencoder.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// What the encoding thread and its caller share; the last of the two to let go frees it.
struct Job
{
    ffmpeg::Codec encoder;
    ffmpeg::Frame picture;
    std::vector<ffmpeg::Packet> packets;
    int status = 0;
    bool done = false;
    std::mutex mutex;
    std::condition_variable finished;
};

void run(Job &job)
{
    int status = avcodec_send_frame(job.encoder.get(), job.picture.get());
    if (status >= 0)
        status = avcodec_send_frame(job.encoder.get(), nullptr); // flush: one picture only
    std::vector<ffmpeg::Packet> packets;
    while (status >= 0) {
        ffmpeg::Packet packet(av_packet_alloc());
        const int received = avcodec_receive_packet(job.encoder.get(), packet.get());
        if (received == AVERROR_EOF)
            break;
        if (received < 0) {
            status = received;
            break;
        }
        packets.push_back(std::move(packet));
    }
    const std::lock_guard lock(job.mutex);
    job.packets = std::move(packets);
    job.status = status;
    job.done = true;
    job.finished.notify_all();
}

} // namespace

Result<std::vector<ffmpeg::Packet>> StillEncoder::encode(ffmpeg::Codec encoder,
                                                         const AVFrame *picture,
                                                         const CancelToken &cancel,
                                                         const ffmpeg::Failure &fail)
{
    auto job = std::make_shared<Job>();
    job->encoder = std::move(encoder);
    job->picture.reset(av_frame_clone(picture));
    if (!job->picture)
        return fail(u"encoder_failed"_s, u"out of memory for the picture"_s);
    std::thread([job] { run(*job); }).detach();
    std::unique_lock lock(job->mutex);
    while (!job->finished.wait_for(lock, std::chrono::milliseconds(20), [&] { return job->done; })) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
    }
    if (job->status < 0)
        return fail(u"encoder_failed"_s, u"encoding failed"_s, job->status);
    return std::move(job->packets);
}

} // namespace spool
