#include "engines/render/mp4_encoder.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
}

#include "engines/render/render.h"

namespace kiln::render {
namespace {

std::string ffmpegError(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof(text));
  return text;
}

Error ffmpegFailure(std::string_view what, int code) {
  return makeError(ErrorCode::kInternal,
                   fmt::format("MP4 encoding failed: {}: {}", what, ffmpegError(code)));
}

// One deleter per FFmpeg handle type; each frees through the library's own function.
struct CodecContextDeleter {
  void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
  void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct FormatContextDeleter {
  void operator()(AVFormatContext* c) const {
    if (c->pb != nullptr) avio_closep(&c->pb);
    avformat_free_context(c);
  }
};
// An AVDictionary of options; av_dict_set allocates it on first use.
struct Dictionary {
  AVDictionary* dict = nullptr;
  Dictionary() = default;
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;
  ~Dictionary() { av_dict_free(&dict); }
};

// A private temporary file (mkstemp), removed on destruction.
class TempFile {
 public:
  static Result<TempFile> create() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kiln-mp4-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) return fail(ErrorCode::kIo, "MP4 encoding failed: cannot create a temporary file");
    ::close(fd);
    return TempFile(std::move(pattern));
  }
  TempFile(TempFile&& other) noexcept : path_(std::exchange(other.path_, {})) {}
  TempFile& operator=(TempFile&&) = delete;
  TempFile(const TempFile&) = delete;
  ~TempFile() {
    if (path_.empty()) return;
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

// x264 and libavcodec log every encode's statistics at info level; keep only errors.
void quietFfmpegLogs() {
  static std::once_flag once;
  std::call_once(once, [] { av_log_set_level(AV_LOG_ERROR); });
}

bool supportsYuv420p(const AVCodec* codec) {
  if (codec->pix_fmts == nullptr)
    return true;  // the encoder does not say; avcodec_open2 will check
  for (const AVPixelFormat* f = codec->pix_fmts; *f != AV_PIX_FMT_NONE; ++f) {
    if (*f == AV_PIX_FMT_YUV420P) return true;
  }
  return false;
}

// sRGB-encoded RGB → limited-range BT.709 Y'CbCr 4:2:0 (ITU-R BT.709-6 §3):
// Y' = 0.2126 R' + 0.7152 G' + 0.0722 B', Cb = (B' − Y') / 1.8556,
// Cr = (R' − Y') / 1.5748, scaled to 16–235 (Y) and 16–240 (Cb, Cr); each
// chroma sample is the mean of its 2×2 block. Done here rather than with
// libswscale: a few exact lines, and no SIMD reads past the end of the
// caller's buffer (swscale's RGB24 input path over-reads the last row, which
// valgrind reports and which made encodes of the same frames differ).
void rgbToYuv420(const Image8& image, int width, int height, AVFrame& frame) {
  constexpr float kR = 0.2126f, kG = 0.7152f, kB = 0.0722f;
  constexpr float kLumaScale = 219.0f / 255.0f;
  constexpr float kChromaScale = 224.0f / 255.0f;
  const auto to_byte = [](float v) {
    return static_cast<uint8_t>(std::clamp(std::lround(v), 0L, 255L));
  };
  for (int y = 0; y < height; ++y) {
    uint8_t* luma = frame.data[0] + static_cast<ptrdiff_t>(y) * frame.linesize[0];
    for (int x = 0; x < width; ++x) {
      const uint8_t* p = image.at(x, y);
      luma[x] = to_byte(16.0f + kLumaScale * (kR * p[0] + kG * p[1] + kB * p[2]));
    }
  }
  for (int cy = 0; cy < height / 2; ++cy) {
    uint8_t* cb = frame.data[1] + static_cast<ptrdiff_t>(cy) * frame.linesize[1];
    uint8_t* cr = frame.data[2] + static_cast<ptrdiff_t>(cy) * frame.linesize[2];
    for (int cx = 0; cx < width / 2; ++cx) {
      float rgb[3] = {0.0f, 0.0f, 0.0f};
      for (int dy = 0; dy < 2; ++dy) {
        for (int dx = 0; dx < 2; ++dx) {
          const uint8_t* p = image.at(2 * cx + dx, 2 * cy + dy);
          for (int c = 0; c < 3; ++c) rgb[c] += 0.25f * p[c];
        }
      }
      const float luma = kR * rgb[0] + kG * rgb[1] + kB * rgb[2];
      cb[cx] = to_byte(128.0f + kChromaScale * (rgb[2] - luma) / 1.8556f);
      cr[cx] = to_byte(128.0f + kChromaScale * (rgb[0] - luma) / 1.5748f);
    }
  }
}

}  // namespace

struct Mp4Encoder::Impl {
  int input_width = 0;
  int input_height = 0;
  int width = 0;
  int height = 0;
  int frames = 0;
  bool spent = false;
  std::string encoder_name;
  TempFile file;
  std::unique_ptr<AVFormatContext, FormatContextDeleter> format;
  std::unique_ptr<AVCodecContext, CodecContextDeleter> codec;
  std::unique_ptr<AVFrame, FrameDeleter> frame;
  std::unique_ptr<AVPacket, PacketDeleter> packet;
  AVStream* stream = nullptr;  // owned by `format`

  explicit Impl(TempFile temp) : file(std::move(temp)) {}

  // Moves every packet the encoder has ready into the muxer.
  Status drainPackets() {
    while (true) {
      const int got = avcodec_receive_packet(codec.get(), packet.get());
      if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return {};
      if (got < 0) return fail(ffmpegFailure("receiving a packet", got));
      av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
      packet->stream_index = stream->index;
      const int written =
          av_interleaved_write_frame(format.get(), packet.get());  // takes the packet's reference
      if (written < 0) return fail(ffmpegFailure("writing a packet", written));
    }
  }
};

Mp4Encoder::Mp4Encoder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Mp4Encoder::~Mp4Encoder() = default;

int Mp4Encoder::width() const {
  return impl_->width;
}
int Mp4Encoder::height() const {
  return impl_->height;
}
const std::string& Mp4Encoder::encoderName() const {
  return impl_->encoder_name;
}
int Mp4Encoder::framesAdded() const {
  return impl_->frames;
}

Result<std::unique_ptr<Mp4Encoder>> Mp4Encoder::create(int width, int height,
                                                       const Mp4Options& options) {
  if (width < 2 || height < 2 || width > kMaxImageSide || height > kMaxImageSide) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("video frames must be 2 to {} pixels per side, not {}x{}",
                            kMaxImageSide, width, height),
                {{"parameter", "size"}, {"width", width}, {"height", height}});
  }
  if (options.fps < 1 || options.fps > 120) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("fps must be 1 to 120, not {}", options.fps), {{"parameter", "fps"}});
  }
  if (options.crf < 0 || options.crf > 51) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("video quality (CRF) must be 0 to 51, not {}", options.crf),
                {{"parameter", "crf"}});
  }
  quietFfmpegLogs();

  const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
  if (codec == nullptr) codec = avcodec_find_encoder(AV_CODEC_ID_H264);
  if (codec == nullptr) {
    return fail(ErrorCode::kUnavailable,
                "this FFmpeg build has no H.264 encoder; install libavcodec with libx264 "
                "(Debian: libavcodec-extra or libavcodec59 with libx264) to make videos");
  }
  if (!supportsYuv420p(codec)) {
    return fail(
        ErrorCode::kUnavailable,
        fmt::format(
            "the H.264 encoder '{}' does not take yuv420p frames; install libavcodec with libx264",
            codec->name));
  }
  const bool is_x264 = std::string_view(codec->name) == "libx264";

  auto temp = TempFile::create();
  if (!temp) return fail(temp.error());
  auto impl = std::make_unique<Impl>(std::move(*temp));
  impl->input_width = width;
  impl->input_height = height;
  impl->width = width & ~1;
  impl->height = height & ~1;
  impl->encoder_name = codec->name;
  // "file:" keeps a path with a colon from being read as another protocol.
  const std::string url = "file:" + impl->file.path();

  AVFormatContext* format = nullptr;
  if (const int made = avformat_alloc_output_context2(&format, nullptr, "mp4", url.c_str());
      made < 0) {
    return fail(ffmpegFailure("creating the MP4 muxer", made));
  }
  impl->format.reset(format);
  format->flags |= AVFMT_FLAG_BITEXACT;
  impl->stream = avformat_new_stream(format, nullptr);
  if (impl->stream == nullptr)
    return fail(ErrorCode::kInternal, "MP4 encoding failed: cannot add a video stream");

  impl->codec.reset(avcodec_alloc_context3(codec));
  if (!impl->codec)
    return fail(ErrorCode::kInternal, "MP4 encoding failed: out of memory for the encoder");
  AVCodecContext* c = impl->codec.get();
  c->width = impl->width;
  c->height = impl->height;
  c->pix_fmt = AV_PIX_FMT_YUV420P;
  c->time_base = AVRational{1, options.fps};
  c->framerate = AVRational{options.fps, 1};
  c->gop_size = 2 * options.fps;  // a keyframe every two seconds: quick seeking, small files
  c->color_range = AVCOL_RANGE_MPEG;
  c->colorspace = AVCOL_SPC_BT709;
  c->color_primaries = AVCOL_PRI_BT709;
  c->color_trc = AVCOL_TRC_BT709;
  c->flags |= AV_CODEC_FLAG_BITEXACT;
  if ((format->oformat->flags & AVFMT_GLOBALHEADER) != 0) c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  if (is_x264) {
    c->thread_count = 1;  // see the header: one thread makes x264's output reproducible
    av_opt_set(c->priv_data, "preset", "medium", 0);
    av_opt_set_double(c->priv_data, "crf", options.crf, 0);
  } else {
    // No CRF: a bit rate that roughly matches x264's at this CRF on rendered
    // frames (≈ 0.1 bit per pixel at CRF 23, doubling every 6 steps down).
    const double bits_per_pixel = 0.1 * std::exp2((23.0 - options.crf) / 6.0);
    c->bit_rate = static_cast<int64_t>(bits_per_pixel * impl->width * impl->height * options.fps);
  }
  if (const int opened = avcodec_open2(c, codec, nullptr); opened < 0) {
    return fail(ffmpegFailure(fmt::format("opening the {} encoder", codec->name), opened));
  }
  if (const int copied = avcodec_parameters_from_context(impl->stream->codecpar, c); copied < 0) {
    return fail(ffmpegFailure("copying the stream parameters", copied));
  }
  impl->stream->time_base = c->time_base;
  impl->stream->avg_frame_rate = c->framerate;

  if (const int opened = avio_open(&format->pb, url.c_str(), AVIO_FLAG_WRITE); opened < 0) {
    return fail(makeError(
        ErrorCode::kIo, fmt::format("MP4 encoding failed: cannot open the temporary file '{}': {}",
                                    impl->file.path(), ffmpegError(opened))));
  }
  Dictionary muxer_options;
  av_dict_set(&muxer_options.dict, "movflags", "+faststart", 0);
  if (const int written = avformat_write_header(format, &muxer_options.dict); written < 0) {
    return fail(ffmpegFailure("writing the MP4 header", written));
  }

  impl->frame.reset(av_frame_alloc());
  impl->packet.reset(av_packet_alloc());
  if (!impl->frame || !impl->packet)
    return fail(ErrorCode::kInternal, "MP4 encoding failed: out of memory");
  impl->frame->format = AV_PIX_FMT_YUV420P;
  impl->frame->width = impl->width;
  impl->frame->height = impl->height;
  if (const int got = av_frame_get_buffer(impl->frame.get(), 0); got < 0) {
    return fail(ffmpegFailure("allocating a frame", got));
  }
  // The encoder may read a little past each row's end: keep that padding defined.
  for (AVBufferRef* plane : impl->frame->buf) {
    if (plane != nullptr) std::fill_n(plane->data, plane->size, uint8_t{0});
  }
  return std::unique_ptr<Mp4Encoder>(new Mp4Encoder(std::move(impl)));
}

Status Mp4Encoder::addFrame(const Image8& image) {
  Impl& s = *impl_;
  if (s.spent)
    return fail(ErrorCode::kInternal,
                "MP4 encoding failed: the encoder is already finished or failed");
  if (image.width != s.input_width || image.height != s.input_height ||
      image.rgb.size() != static_cast<size_t>(image.width) * image.height * 3) {
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("video frame {} is {}x{}; every frame must be {}x{}", s.frames,
                            image.width, image.height, s.input_width, s.input_height));
  }
  // The encoder may still hold the previous frame's buffer; write into a fresh one if so.
  if (const int ok = av_frame_make_writable(s.frame.get()); ok < 0) {
    s.spent = true;
    return fail(ffmpegFailure("preparing a frame", ok));
  }
  rgbToYuv420(image, s.width, s.height, *s.frame);
  s.frame->pts = s.frames;
  if (const int sent = avcodec_send_frame(s.codec.get(), s.frame.get()); sent < 0) {
    s.spent = true;
    return fail(ffmpegFailure("encoding a frame", sent));
  }
  ++s.frames;
  if (auto drained = s.drainPackets(); !drained) {
    s.spent = true;
    return drained;
  }
  return {};
}

Result<std::vector<uint8_t>> Mp4Encoder::finish() {
  Impl& s = *impl_;
  if (s.spent)
    return fail(ErrorCode::kInternal,
                "MP4 encoding failed: the encoder is already finished or failed");
  s.spent = true;
  if (s.frames == 0) return fail(ErrorCode::kInvalidArgument, "a video needs at least one frame");
  if (const int sent = avcodec_send_frame(s.codec.get(), nullptr); sent < 0) {
    return fail(ffmpegFailure("flushing the encoder", sent));
  }
  if (auto drained = s.drainPackets(); !drained) return fail(drained.error());
  // With +faststart the trailer rewrites the file with the index first, reopening it by its URL.
  if (const int written = av_write_trailer(s.format.get()); written < 0) {
    return fail(ffmpegFailure("writing the MP4 index", written));
  }
  if (const int closed = avio_closep(&s.format->pb); closed < 0) {
    return fail(ffmpegFailure("closing the MP4 file", closed));
  }
  std::ifstream in(s.file.path(), std::ios::binary);
  std::vector<uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in.eof() && in.fail()) {
    return fail(ErrorCode::kIo,
                fmt::format("MP4 encoding failed: cannot read back '{}'", s.file.path()));
  }
  return bytes;
}

Result<std::vector<uint8_t>> encodeMp4(const std::vector<Image8>& frames,
                                       const Mp4Options& options) {
  if (frames.empty()) return fail(ErrorCode::kInvalidArgument, "a video needs at least one frame");
  auto encoder = Mp4Encoder::create(frames.front().width, frames.front().height, options);
  if (!encoder) return fail(encoder.error());
  for (const auto& frame : frames) {
    if (auto added = (*encoder)->addFrame(frame); !added) return fail(added.error());
  }
  return (*encoder)->finish();
}

}  // namespace kiln::render
