#include "fileio/strict_json.h"

#include "fileio/file_error.h"

#include <fmt/format.h>

#include <unordered_set>

namespace songloom::fileio {
namespace {

using Json = nlohmann::json;

// SAX consumer that only checks; the DOM is built afterwards by nlohmann's own parser.
class GuardSax {
public:
    explicit GuardSax(std::size_t maxDepth) : maxDepth_(maxDepth) {}

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const Json::string_t&) { return true; }
    bool string(Json::string_t&) { return true; }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return enter(true); }
    bool start_array(std::size_t) { return enter(false); }
    bool end_object() { return leave(); }
    bool end_array() { return leave(); }

    bool key(Json::string_t& key) {
        Level& level = levels_.back();
        if (!level.keys.insert(key).second) {
            JsonProblem p;
            p.kind = JsonProblem::Kind::DuplicateKey;
            for (std::size_t i = 0; i + 1 < levels_.size(); ++i)
                if (levels_[i].isObject) p.path.push_back(levels_[i].currentKey);
            p.key = key;
            problem = std::move(p);
            return false;
        }
        level.currentKey = key;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) {
        std::string_view what = error.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> drop the bracketed id.
        if (const auto close = what.find("] "); !what.empty() && what.front() == '[' && close != std::string_view::npos)
            what.remove_prefix(close + 2);
        problem = JsonProblem{JsonProblem::Kind::Syntax, printable(what, 300), {}, {}};
        return false;
    }

    std::optional<JsonProblem> problem;

private:
    struct Level {
        bool isObject = false;
        std::unordered_set<std::string> keys;
        std::string currentKey;
    };

    bool enter(bool isObject) {
        if (levels_.size() >= maxDepth_) {
            problem = JsonProblem{JsonProblem::Kind::TooDeep, {}, {}, {}};
            return false;
        }
        levels_.push_back(Level{isObject, {}, {}});
        return true;
    }
    bool leave() {
        levels_.pop_back();
        return true;
    }

    std::size_t maxDepth_;
    std::vector<Level> levels_;
};

}  // namespace

StrictJson parseStrictJson(std::string_view text, std::size_t maxDepth) {
    StrictJson result;
    // nlohmann reads a NUL byte as the end of input, so "{}\0garbage" would pass. JSON never holds a raw
    // NUL (inside strings it must be escaped), so any NUL is an error.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        result.problem = JsonProblem{JsonProblem::Kind::Syntax, fmt::format("NUL byte at offset {}", nul), {}, {}};
        return result;
    }
    GuardSax guard(maxDepth);
    bool accepted = false;
    try {
        accepted = Json::sax_parse(text.begin(), text.end(), &guard);
    } catch (const nlohmann::json::exception& e) {
        // sax_parse reports through parse_error; this is a second line of defence.
        result.problem = JsonProblem{JsonProblem::Kind::Syntax, printable(e.what(), 300), {}, {}};
        return result;
    }
    if (!accepted || guard.problem) {
        result.problem = guard.problem ? std::move(guard.problem)
                                       : std::optional(JsonProblem{JsonProblem::Kind::Syntax, "rejected", {}, {}});
        return result;
    }
    try {
        result.value = Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {
        result.problem = JsonProblem{JsonProblem::Kind::Syntax, printable(e.what(), 300), {}, {}};
    }
    return result;
}

std::string jsonTypeName(const nlohmann::json& value) { return value.type_name(); }

std::string jsonExcerpt(const nlohmann::json& value, std::size_t maxBytes) {
    // Values reaching this have passed parseStrictJson's depth bound, so dump() cannot recurse deeply.
    return printable(value.dump(-1, ' ', false, Json::error_handler_t::replace), maxBytes);
}

}  // namespace songloom::fileio
