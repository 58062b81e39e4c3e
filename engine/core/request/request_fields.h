// Internal: the JSON field names of a generation request (canonical snake_case first, then the seeds'
// aliases) and the small helpers the request files share.
#pragma once

#include "songloom/generation_request.h"

#include <string>
#include <string_view>
#include <vector>

namespace songloom::request {

struct FieldNames {
    const char* canonical;
    std::vector<const char*> aliases;  // every accepted spelling except the canonical one
};
// Every field parseRequestJson knows, in the order requestToJson writes them.
const std::vector<FieldNames>& fieldNames();

inline Status invalid(std::string message) { return Status::error(ErrorCode::InvalidArgument, std::move(message)); }

// %.9g without trailing noise, for messages and JSON-free printing.
std::string num(double value);

std::optional<AudioFormat> parseAudioFormat(std::string_view name);       // any case
std::optional<GuidanceType> parseGuidanceType(std::string_view name);     // any case
std::optional<RegionAnchor> parseAnchor(std::string_view name);           // "start" / "end", any case
const char* anchorName(RegionAnchor anchor);
// "4", "4/4" -> "4"; "3/4" -> "3"; "2/4" -> "2"; "6/8" -> "6"; anything else unchanged.
std::string normaliseTimeSignature(std::string_view text);

}  // namespace songloom::request
