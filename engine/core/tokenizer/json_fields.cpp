#include "tokenizer/json_fields.h"

#include <fmt/format.h>

#include <limits>

namespace songloom::bpe {

Result<Json> parseJson(const std::string& text, std::string_view file) {
    try {
        return Json::parse(text);
    } catch (const Json::exception& e) {
        return Status::error(ErrorCode::Corrupt, fmt::format("{}: not valid JSON: {}", file, e.what()));
    }
}

Status jsonError(ErrorCode code, std::string_view where, std::string_view problem) {
    return Status::error(code, fmt::format("{}: {}", where, problem));
}

const Json* optionalMember(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

Result<bool> optionalBool(const Json& object, const char* key, bool fallback, std::string_view where) {
    const Json* value = optionalMember(object, key);
    if (value == nullptr) return fallback;
    if (!value->is_boolean())
        return jsonError(ErrorCode::Corrupt, fmt::format("{}.{}", where, key), "must be true or false");
    return value->get<bool>();
}

Result<std::string> requiredString(const Json& object, const char* key, std::string_view where) {
    const Json* value = optionalMember(object, key);
    if (value == nullptr || !value->is_string())
        return jsonError(ErrorCode::Corrupt, fmt::format("{}.{}", where, key), "missing or not a string");
    return value->get<std::string>();
}

Result<std::int32_t> toInt32(const Json& value, std::string_view where) {
    if (!value.is_number_integer()) return jsonError(ErrorCode::Corrupt, where, "must be an integer");
    const auto v = value.get<std::int64_t>();
    if (v < 0 || v > std::numeric_limits<std::int32_t>::max())
        return jsonError(ErrorCode::Corrupt, where, fmt::format("id {} is outside 0..2147483647", v));
    return static_cast<std::int32_t>(v);
}

Result<std::string> typeTag(const Json& object, std::string_view where) {
    if (!object.is_object()) return jsonError(ErrorCode::Corrupt, where, "must be an object");
    return requiredString(object, "type", where);
}

}  // namespace songloom::bpe
