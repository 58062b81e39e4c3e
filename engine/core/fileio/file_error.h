// Error messages about files: every one starts with the file's label and quotes names and values so that
// a hostile file cannot put control bytes, broken UTF-8 or megabytes of text into a message (messages
// travel to the studio, to JSON output and to logs).
#pragma once

#include "songloom/status.h"

#include <fmt/format.h>

#include <string>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace songloom::fileio {

// `text` with control bytes, DEL and invalid UTF-8 written as \xNN, cut to about `maxBytes` bytes.
std::string printable(std::string_view text, std::size_t maxBytes = 200);

// printable(text) in double quotes: the form names take in messages ("decoder.proj_in.1.weight").
std::string quoteText(std::string_view text, std::size_t maxBytes = 200);

// "[2048,192,2]": a shape or stride as messages show it.
std::string formatDims(const std::vector<std::int64_t>& dims);

// "<label>: <message>" with the given code.
template <class... Args>
Status fileError(ErrorCode code, std::string_view label, fmt::format_string<Args...> format, Args&&... args) {
    return Status::error(code, fmt::format("{}: {}", label, fmt::format(format, std::forward<Args>(args)...)));
}

// The same status with "<prefix>: " in front of its message (an index naming the shard that failed).
Status withPrefix(const Status& status, std::string_view prefix);

}  // namespace songloom::fileio
