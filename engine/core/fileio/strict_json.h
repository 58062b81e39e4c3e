// JSON parsing for headers and index files written by strangers. nlohmann's DOM parser keeps the last of
// two equal keys and recurses when it copies or prints deep values, so a SAX pass runs first and refuses
// duplicate keys (an ambiguous tensor table) and nesting deeper than the caller allows.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::fileio {

struct JsonProblem {
    enum class Kind { Syntax, TooDeep, DuplicateKey };
    Kind kind = Kind::Syntax;
    std::string detail;             // Syntax: nlohmann's description with the position, made printable
    std::vector<std::string> path;  // DuplicateKey: the keys of the enclosing objects, outermost first
    std::string key;                // DuplicateKey: the repeated key
};

struct StrictJson {
    nlohmann::json value;                // discarded when there is a problem
    std::optional<JsonProblem> problem;
};

// Parses one JSON value (surrounding whitespace allowed, nothing else). Throws only std::bad_alloc.
StrictJson parseStrictJson(std::string_view text, std::size_t maxDepth);

// "object", "array", "string", "number", "boolean", "null": for "found <type>" in messages.
std::string jsonTypeName(const nlohmann::json& value);

// A short printable rendering of a value for messages ("[0.0,16.0]"), cut to `maxBytes`.
std::string jsonExcerpt(const nlohmann::json& value, std::size_t maxBytes = 80);

}  // namespace songloom::fileio
