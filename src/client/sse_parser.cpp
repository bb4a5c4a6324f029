// Server-Sent Events, after the WHATWG HTML standard §9.2.6.
#include "client/sse_parser.h"

namespace kiln::client {

SseParser::SseParser(EventHandler on_event) : on_event_(std::move(on_event)) {}

bool SseParser::feed(std::string_view chunk) {
  size_t i = 0;
  if (skip_lf_ && !chunk.empty()) {
    if (chunk.front() == '\n') i = 1;
    skip_lf_ = false;
  }
  while (i < chunk.size() && !stopped_) {
    const size_t end = chunk.find_first_of("\r\n", i);
    if (end == std::string_view::npos) {
      if (line_.size() + (chunk.size() - i) > kMaxLineBytes) {
        line_too_long_ = true;
        line_.clear();
      } else if (!line_too_long_) {
        line_.append(chunk.substr(i));
      }
      break;
    }
    if (!line_too_long_) {
      line_.append(chunk.substr(i, end - i));
      processLine(line_);
    }
    line_.clear();
    line_too_long_ = false;
    i = end + 1;
    if (chunk[end] == '\r') {
      if (i < chunk.size()) {
        if (chunk[i] == '\n') ++i;
      } else {
        skip_lf_ = true;
      }
    }
  }
  return !stopped_;
}

void SseParser::processLine(std::string_view line) {
  if (line.empty()) {
    // Blank line: dispatch. An event with no data lines is not dispatched.
    if (has_data_) {
      const std::string event = event_.empty() ? std::string("message") : event_;
      if (!on_event_(event, data_)) stopped_ = true;
    }
    event_.clear();
    data_.clear();
    has_data_ = false;
    return;
  }
  if (line.front() == ':') return;  // comment / keep-alive
  std::string_view field = line;
  std::string_view value;
  if (const auto colon = line.find(':'); colon != std::string_view::npos) {
    field = line.substr(0, colon);
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field == "event") {
    event_ = value;
  } else if (field == "data") {
    if (data_.size() + value.size() + 1 > kMaxLineBytes) return;
    if (has_data_) data_ += '\n';
    data_.append(value);
    has_data_ = true;
  }
  // "id", "retry" and unknown fields are ignored: the CLI reconnects by polling.
}

}  // namespace kiln::client
