// One picture encoded on its own thread: the packets come back, a cancel is obeyed without
// waiting for the encoder, and the abandoned work does not disturb what follows.

#include <media/stillencoder.h>

#include <gtest/gtest.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/opt.h>
}

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

ffmpeg::Codec openAv1(int width, int height)
{
    const AVCodec *codec = avcodec_find_encoder_by_name("libaom-av1");
    if (!codec)
        return {};
    ffmpeg::Codec encoder(avcodec_alloc_context3(codec));
    encoder->width = width;
    encoder->height = height;
    encoder->pix_fmt = AV_PIX_FMT_YUV420P;
    encoder->time_base = AVRational{1, 25};
    av_opt_set_int(encoder->priv_data, "crf", 32, 0);
    av_opt_set_int(encoder->priv_data, "cpu-used", 6, 0);
    if (avcodec_open2(encoder.get(), codec, nullptr) < 0)
        return {};
    return encoder;
}

ffmpeg::Frame picture(int width, int height)
{
    ffmpeg::Frame frame(av_frame_alloc());
    frame->width = width;
    frame->height = height;
    frame->format = AV_PIX_FMT_YUV420P;
    frame->pts = 0;
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return {};
    // A gradient with some detail, so the encoder has work to do.
    for (int plane = 0; plane < 3; ++plane) {
        const int w = plane ? width / 2 : width;
        const int h = plane ? height / 2 : height;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x)
                frame->data[plane][y * frame->linesize[plane] + x] = uint8_t(
                    (x * 7 + y * 3 + (x ^ y)) & 0xff);
        }
    }
    return frame;
}

} // namespace

TEST(StillEncoder, EncodesOnePicture)
{
    ffmpeg::Codec encoder = openAv1(320, 240);
    if (!encoder)
        GTEST_SKIP() << "this FFmpeg has no libaom-av1 encoder";
    const ffmpeg::Frame frame = picture(320, 240);
    Result<std::vector<ffmpeg::Packet>> packets = StillEncoder::encode(std::move(encoder),
                                                                       frame.get(),
                                                                       CancelToken(),
                                                                       {u"test"_s});
    ASSERT_TRUE(packets.ok()) << packets.error().message.toStdString();
    ASSERT_EQ(packets->size(), 1u);
    EXPECT_GT(packets->front()->size, 0);
    EXPECT_TRUE(packets->front()->flags & AV_PKT_FLAG_KEY);
}

TEST(StillEncoder, ACancelIsObeyedAndTheAbandonedEncodeIsHarmless)
{
    ffmpeg::Codec encoder = openAv1(3840, 2160);
    if (!encoder)
        GTEST_SKIP() << "this FFmpeg has no libaom-av1 encoder";
    ffmpeg::Frame frame = picture(3840, 2160);
    CancelToken cancel;
    cancel.cancel();
    Result<std::vector<ffmpeg::Packet>> packets = StillEncoder::encode(std::move(encoder),
                                                                       frame.get(),
                                                                       cancel,
                                                                       {u"test"_s});
    ASSERT_FALSE(packets.ok());
    EXPECT_EQ(packets.error().kind, u"cancelled");
    // The caller's picture is its own again at once (the encoder works on a copy).
    frame.reset();
    // The next encode works while the abandoned one may still run.
    ffmpeg::Codec next = openAv1(320, 240);
    ASSERT_TRUE(next);
    const ffmpeg::Frame small = picture(320, 240);
    Result<std::vector<ffmpeg::Packet>> again = StillEncoder::encode(std::move(next),
                                                                     small.get(),
                                                                     CancelToken(),
                                                                     {u"test"_s});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->size(), 1u);
}
