#pragma once
// Incremental Server-Sent Events parser (WHATWG HTML §9.2.6 "Interpreting an
// event stream"): bytes in, (event, data) pairs out.

#include <functional>
#include <string>
#include <string_view>

namespace kiln::client {

/// Feed it the stream in chunks of any size (a line or an event may span
/// chunks; CRLF, LF and CR all end lines). Multi-line `data:` fields are joined
/// with '\n'; the event name defaults to "message"; comments (`:` lines), `id`
/// and `retry` are ignored. Not thread-safe; one parser per stream.
class SseParser {
 public:
  /// Called once per dispatched event; return false to stop parsing.
  using EventHandler = std::function<bool(const std::string& event, const std::string& data)>;

  explicit SseParser(EventHandler on_event);

  /// Parses `chunk`. Returns false once the handler has returned false (the
  /// rest of the chunk and later chunks are then ignored).
  bool feed(std::string_view chunk);

  /// Lines longer than this (bytes) are dropped, so a hostile server cannot
  /// grow memory without bound; an event's data is capped the same way.
  static constexpr size_t kMaxLineBytes = 16 * 1024 * 1024;

 private:
  void processLine(std::string_view line);

  EventHandler on_event_;
  std::string line_;
  std::string event_;
  std::string data_;
  bool has_data_ = false;
  bool skip_lf_ = false;  // the previous chunk ended in CR; a leading LF belongs to it
  bool line_too_long_ = false;
  bool stopped_ = false;
};

}  // namespace kiln::client
