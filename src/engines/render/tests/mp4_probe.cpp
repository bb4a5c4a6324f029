#include "engines/render/tests/mp4_probe.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
}

namespace kiln::render::testing {
namespace {

uint64_t readBigEndian(const uint8_t* p, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

struct InputCloser {
  void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct CodecCloser {
  void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameFree {
  void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketFree {
  void operator()(AVPacket* p) const { av_packet_free(&p); }
};

}  // namespace

std::vector<std::string> topLevelBoxes(const std::vector<uint8_t>& mp4) {
  std::vector<std::string> types;
  size_t at = 0;
  while (at < mp4.size()) {
    if (mp4.size() - at < 8) return {};
    uint64_t size = readBigEndian(&mp4[at], 4);
    std::string type(reinterpret_cast<const char*>(&mp4[at + 4]), 4);
    if (size == 1) {
      if (mp4.size() - at < 16) return {};
      size = readBigEndian(&mp4[at + 8], 8);
    } else if (size == 0) {
      size = mp4.size() - at;
    }
    if (size < 8 || size > mp4.size() - at) return {};
    types.push_back(type);
    at += size;
  }
  return types;
}

DecodedVideo decodeMp4(const std::vector<uint8_t>& mp4) {
  DecodedVideo out;
  char path[] = "/tmp/kiln-probe-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return {.error = "mkstemp failed"};
  ::close(fd);
  {
    std::ofstream f(path, std::ios::binary);
    f.write(reinterpret_cast<const char*>(mp4.data()), static_cast<std::streamsize>(mp4.size()));
  }
  struct Remove {
    const char* p;
    ~Remove() { std::remove(p); }
  } remove_file{path};

  AVFormatContext* raw = nullptr;
  if (avformat_open_input(&raw, path, nullptr, nullptr) < 0)
    return {.error = "avformat_open_input failed"};
  std::unique_ptr<AVFormatContext, InputCloser> input(raw);
  if (std::string(input->iformat->name).find("mp4") == std::string::npos) {
    return {.error = std::string("demuxer is ") + input->iformat->name};
  }
  if (avformat_find_stream_info(input.get(), nullptr) < 0)
    return {.error = "avformat_find_stream_info failed"};
  const AVCodec* decoder = nullptr;
  const int stream = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
  if (stream < 0 || decoder == nullptr) return {.error = "no decodable video stream"};
  const AVStream* s = input->streams[stream];
  std::unique_ptr<AVCodecContext, CodecCloser> codec(avcodec_alloc_context3(decoder));
  avcodec_parameters_to_context(codec.get(), s->codecpar);
  codec->thread_count = 1;
  if (avcodec_open2(codec.get(), decoder, nullptr) < 0) return {.error = "avcodec_open2 failed"};
  out.codec = avcodec_get_name(s->codecpar->codec_id);
  const char* pix = av_get_pix_fmt_name(static_cast<AVPixelFormat>(s->codecpar->format));
  out.pixel_format = pix != nullptr ? pix : "";
  out.width = s->codecpar->width;
  out.height = s->codecpar->height;
  out.fps = s->avg_frame_rate.den != 0 ? av_q2d(s->avg_frame_rate) : 0.0;

  std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
  std::unique_ptr<AVFrame, FrameFree> frame(av_frame_alloc());
  auto receive = [&]() -> bool {
    while (true) {
      const int got = avcodec_receive_frame(codec.get(), frame.get());
      if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return true;
      if (got < 0) return false;
      std::vector<uint8_t> y(static_cast<size_t>(frame->width) * frame->height);
      for (int row = 0; row < frame->height; ++row) {
        std::copy_n(frame->data[0] + static_cast<ptrdiff_t>(row) * frame->linesize[0], frame->width,
                    y.begin() + static_cast<ptrdiff_t>(row) * frame->width);
      }
      out.luma.push_back(std::move(y));
      av_frame_unref(frame.get());
    }
  };
  while (av_read_frame(input.get(), packet.get()) >= 0) {
    if (packet->stream_index == stream) {
      if (avcodec_send_packet(codec.get(), packet.get()) < 0)
        out.error = "avcodec_send_packet failed";
      if (!receive()) out.error = "avcodec_receive_frame failed";
    }
    av_packet_unref(packet.get());
  }
  avcodec_send_packet(codec.get(), nullptr);
  if (!receive()) out.error = "avcodec_receive_frame failed while flushing";
  return out;
}

double meanAbsDifference(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  if (a.size() != b.size() || a.empty()) return 255.0;
  double sum = 0.0;
  for (size_t i = 0; i < a.size(); ++i)
    sum += std::abs(static_cast<int>(a[i]) - static_cast<int>(b[i]));
  return sum / static_cast<double>(a.size());
}

}  // namespace kiln::render::testing
