#include "client/sse_parser.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace kiln::client {
namespace {

using Events = std::vector<std::pair<std::string, std::string>>;

Events parseInChunks(std::string_view stream, size_t chunk_size) {
  Events events;
  SseParser parser([&](const std::string& e, const std::string& d) {
    events.emplace_back(e, d);
    return true;
  });
  for (size_t i = 0; i < stream.size(); i += chunk_size) parser.feed(stream.substr(i, chunk_size));
  return events;
}

TEST(SseParser, JoinsMultiLineDataAndDefaultsEventName) {
  const std::string stream =
      ": keep-alive\n\n"
      "event: status\ndata: {\"a\":\ndata: 1}\n\n"
      "data:no-space\n\n"
      "id: 7\nretry: 100\nevent: ignored-without-data\n\n"
      "event: done\ndata\n\n";
  const Events expected = {{"status", "{\"a\":\n1}"}, {"message", "no-space"}, {"done", ""}};
  for (size_t chunk : {1u, 2u, 3u, 7u, 1000u}) EXPECT_EQ(parseInChunks(stream, chunk), expected) << chunk;
}

TEST(SseParser, AcceptsCrLfAndLoneCrLineEnds) {
  const std::string stream = "event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\rdata: 3\n\n";
  const Events expected = {{"a", "1"}, {"b", "2"}, {"message", "3"}};
  for (size_t chunk : {1u, 2u, 5u, 1000u}) EXPECT_EQ(parseInChunks(stream, chunk), expected) << chunk;
}

TEST(SseParser, IncompleteEventIsNotDispatched) {
  EXPECT_TRUE(parseInChunks("data: half", 4).empty());
}

TEST(SseParser, StopsWhenHandlerReturnsFalse) {
  int calls = 0;
  SseParser parser([&](const std::string&, const std::string&) { return ++calls < 2; });
  EXPECT_TRUE(parser.feed("data: 1\n\n"));
  EXPECT_FALSE(parser.feed("data: 2\n\ndata: 3\n\n"));
  EXPECT_FALSE(parser.feed("data: 4\n\n"));
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace kiln::client
