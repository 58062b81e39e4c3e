// Typed reads of JSON members for the tokenizer loaders. `where` names the file and the member path
// ("tokenizer.json: added_tokens[3]") so that every error says where the problem is.
#pragma once

#include "songloom/status.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace songloom::bpe {

using Json = nlohmann::json;

Result<Json> parseJson(const std::string& text, std::string_view file);

Status jsonError(ErrorCode code, std::string_view where, std::string_view problem);

// The member, or nullptr when absent or null.
const Json* optionalMember(const Json& object, const char* key);

Result<bool> optionalBool(const Json& object, const char* key, bool fallback, std::string_view where);
Result<std::string> requiredString(const Json& object, const char* key, std::string_view where);
Result<std::int32_t> toInt32(const Json& value, std::string_view where);

// "type" of a tagged object such as {"type": "NFC"}.
Result<std::string> typeTag(const Json& object, std::string_view where);

}  // namespace songloom::bpe
