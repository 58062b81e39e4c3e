// parseSafetensorsHeader: the pure validation of a safetensors header (checkpoint-layouts.md section 9,
// step 2). Every message names the file, the tensor and the numbers that disagree.
#include "songloom/safetensors.h"

#include "fileio/file_error.h"
#include "fileio/strict_json.h"
#include "safetensors/header_internal.h"

#include <algorithm>
#include <limits>
#include <new>
#include <tuple>

namespace songloom {
namespace {

using Json = nlohmann::json;
using fileio::fileError;
using fileio::formatDims;
using fileio::jsonExcerpt;
using fileio::jsonTypeName;
using fileio::quoteText;

// Real headers nest three levels (root, tensor entry, shape array); a deep file is not a header.
constexpr std::size_t kMaxHeaderDepth = 8;
constexpr std::string_view kMetadataKey = "__metadata__";

std::string formatRange(std::uint64_t begin, std::uint64_t end) { return fmt::format("[{},{}]", begin, end); }

// Errors about one tensor entry: "<label>: tensor "<name>": <problem>".
class EntryChecker {
public:
    EntryChecker(std::string_view label, std::string_view name) : label_(label), name_(quoteText(name)) {}

    template <class... Args>
    Status fail(ErrorCode code, fmt::format_string<Args...> format, Args&&... args) const {
        return fileError(code, label_, "tensor {}: {}", name_, fmt::format(format, std::forward<Args>(args)...));
    }

    // The field `key` of `entry`, or the error that it is missing.
    Result<const Json*> field(const Json& entry, const char* key) const {
        const auto it = entry.find(key);
        if (it == entry.end()) return fail(ErrorCode::Corrupt, "missing \"{}\"", key);
        return &*it;
    }

private:
    std::string_view label_;
    std::string name_;
};

Result<DType> parseEntryDType(const EntryChecker& check, const Json& value) {
    if (!value.is_string()) return check.fail(ErrorCode::Corrupt, "\"dtype\" must be a string, found {}", jsonTypeName(value));
    const auto& name = value.get_ref<const std::string&>();
    if (const auto dtype = parseDType(name)) return *dtype;
    // A well-formed name we do not know (newer safetensors add F4, F8_E8M0, complex kinds, ...).
    return check.fail(ErrorCode::Unsupported, "unknown dtype {} (known: {})", quoteText(name),
                      safetensors_detail::knownDTypeList());
}

Result<std::vector<std::int64_t>> parseEntryShape(const EntryChecker& check, const Json& value) {
    if (!value.is_array())
        return check.fail(ErrorCode::Corrupt, "\"shape\" must be an array of non-negative integers, found {}",
                          jsonTypeName(value));
    std::vector<std::int64_t> dims;
    dims.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json& d = value[i];
        if (d.is_number_unsigned()) {
            const auto v = d.get<std::uint64_t>();
            if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                return check.fail(ErrorCode::Corrupt, "shape {}: dimension {} = {} is too large",
                                  jsonExcerpt(value), i, v);
            dims.push_back(static_cast<std::int64_t>(v));
        } else if (d.is_number_integer()) {
            return check.fail(ErrorCode::Corrupt, "shape {}: dimension {} is negative", jsonExcerpt(value), i);
        } else {
            return check.fail(ErrorCode::Corrupt, "shape {}: dimension {} is not an integer (found {})",
                              jsonExcerpt(value), i, jsonTypeName(d));
        }
    }
    return dims;
}

Result<std::pair<std::uint64_t, std::uint64_t>> parseEntryOffsets(const EntryChecker& check, const Json& value) {
    if (!value.is_array())
        return check.fail(ErrorCode::Corrupt, "\"data_offsets\" must be an array [begin, end], found {}",
                          jsonTypeName(value));
    if (value.size() != 2)
        return check.fail(ErrorCode::Corrupt, "\"data_offsets\" must hold two offsets [begin, end], found {}: {}",
                          value.size(), jsonExcerpt(value));
    if (!value[0].is_number_unsigned() || !value[1].is_number_unsigned())
        return check.fail(ErrorCode::Corrupt, "\"data_offsets\" must be two non-negative integers, found {}",
                          jsonExcerpt(value));
    const auto begin = value[0].get<std::uint64_t>();
    const auto end = value[1].get<std::uint64_t>();
    if (begin > end)
        return check.fail(ErrorCode::Corrupt, "data_offsets {}: begin is after end", formatRange(begin, end));
    return std::pair{begin, end};
}

// One tensor entry; `dataSize` is the length of the data section (file size - 8 - N).
Result<TensorInfo> parseTensorEntry(std::string_view label, const std::string& name, const Json& entry,
                                    std::uint64_t dataSize) {
    const EntryChecker check(label, name);
    if (!entry.is_object())
        return check.fail(ErrorCode::Corrupt, "entry must be an object with dtype, shape and data_offsets, found {}",
                          jsonTypeName(entry));
    // Unknown extra fields are ignored: the format does not forbid them and ignoring them is harmless.
    auto dtypeField = check.field(entry, "dtype");
    if (!dtypeField) return dtypeField.status();
    auto shapeField = check.field(entry, "shape");
    if (!shapeField) return shapeField.status();
    auto offsetsField = check.field(entry, "data_offsets");
    if (!offsetsField) return offsetsField.status();

    auto dtype = parseEntryDType(check, **dtypeField);
    if (!dtype) return dtype.status();
    auto shape = parseEntryShape(check, **shapeField);
    if (!shape) return shape.status();
    auto offsets = parseEntryOffsets(check, **offsetsField);
    if (!offsets) return offsets.status();

    TensorInfo info;
    info.name = name;
    info.dtype = *dtype;
    info.shape = std::move(*shape);
    info.dataBegin = offsets->first;
    info.dataEnd = offsets->second;

    std::uint64_t numel = 1;
    for (const std::int64_t d : info.shape)
        if (__builtin_mul_overflow(numel, static_cast<std::uint64_t>(d), &numel))
            return check.fail(ErrorCode::Corrupt, "shape {} has more elements than fit in 64 bits",
                              formatDims(info.shape));
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(numel, dtypeSize(info.dtype), &bytes))
        return check.fail(ErrorCode::Corrupt, "shape {} x {} needs more than 2^64 bytes", formatDims(info.shape),
                          dtypeName(info.dtype));
    if (bytes != info.byteSize())
        return check.fail(ErrorCode::Corrupt, "shape {} x {} needs {} bytes but data_offsets span {}",
                          formatDims(info.shape), dtypeName(info.dtype), bytes, info.byteSize());
    if (info.dataEnd > dataSize)
        return check.fail(ErrorCode::Corrupt,
                          "data_offsets {} reach past the end of the data section, which holds {} bytes "
                          "(truncated file?)",
                          formatRange(info.dataBegin, info.dataEnd), dataSize);
    return info;
}

Result<std::map<std::string, std::string>> parseMetadata(std::string_view label, const Json& value) {
    std::map<std::string, std::string> metadata;
    if (value.is_null()) return metadata;  // the reference writer emits no key at all; null means the same
    if (!value.is_object())
        return fileError(ErrorCode::Corrupt, label, "\"__metadata__\" must be an object of strings, found {}",
                         jsonTypeName(value));
    for (const auto& [key, item] : value.items()) {
        if (!item.is_string())
            return fileError(ErrorCode::Corrupt, label, "\"__metadata__\" entry {} must be a string, found {}",
                             quoteText(key), jsonTypeName(item));
        metadata.emplace(key, item.get<std::string>());
    }
    return metadata;
}

Status describeJsonProblem(std::string_view label, const fileio::JsonProblem& problem) {
    using Kind = fileio::JsonProblem::Kind;
    switch (problem.kind) {
    case Kind::Syntax: return fileError(ErrorCode::Corrupt, label, "header is not valid JSON: {}", problem.detail);
    case Kind::TooDeep:
        return fileError(ErrorCode::Corrupt, label, "header JSON nests deeper than {} levels", kMaxHeaderDepth);
    case Kind::DuplicateKey:
        if (problem.path.empty())
            return fileError(ErrorCode::Corrupt, label, "duplicate tensor name {}", quoteText(problem.key));
        if (problem.path.front() == kMetadataKey)
            return fileError(ErrorCode::Corrupt, label, "duplicate key {} in \"__metadata__\"", quoteText(problem.key));
        return fileError(ErrorCode::Corrupt, label, "duplicate key {} in the entry for tensor {}",
                         quoteText(problem.key), quoteText(problem.path.front()));
    }
    return fileError(ErrorCode::Corrupt, label, "header is not valid JSON");
}

// No two non-empty byte ranges may share a byte (empty tensors occupy nothing and may sit anywhere).
Status checkOverlaps(std::string_view label, const std::vector<TensorInfo>& sorted) {
    const TensorInfo* reach = nullptr;  // the non-empty tensor seen so far that ends last
    for (const TensorInfo& t : sorted) {
        if (t.byteSize() == 0) continue;
        if (reach != nullptr && reach->dataEnd > t.dataBegin)
            return fileError(ErrorCode::Corrupt, label, "tensors {} (data_offsets {}) and {} (data_offsets {}) overlap",
                             quoteText(reach->name), formatRange(reach->dataBegin, reach->dataEnd), quoteText(t.name),
                             formatRange(t.dataBegin, t.dataEnd));
        if (reach == nullptr || t.dataEnd > reach->dataEnd) reach = &t;
    }
    return Status::ok();
}

Result<SafetensorsHeader> parseValidated(std::span<const std::byte> bytes, std::uint64_t fileSize,
                                         std::string_view label) {
    if (bytes.size() > fileSize)
        return fileError(ErrorCode::InvalidArgument, label, "{} bytes given for a file of {} bytes", bytes.size(),
                         fileSize);
    auto length = safetensors_detail::checkHeaderLength(bytes.first(std::min<std::size_t>(bytes.size(), 8)),
                                                        fileSize, label);
    if (!length) return length.status();
    const std::uint64_t n = *length;
    if (bytes.size() - 8 < n)
        return fileError(ErrorCode::InvalidArgument, label, "the header needs {} bytes but only {} were given",
                         8 + n, bytes.size());

    // The JSON may be padded with trailing spaces (format README); JSON whitespace rules accept them.
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()) + 8, static_cast<std::size_t>(n));
    fileio::StrictJson json = fileio::parseStrictJson(text, kMaxHeaderDepth);
    if (json.problem) return describeJsonProblem(label, *json.problem);
    if (!json.value.is_object())
        return fileError(ErrorCode::Corrupt, label, "header must be a JSON object, found {}", jsonTypeName(json.value));

    SafetensorsHeader header;
    header.headerLength = n;
    const std::uint64_t dataSize = fileSize - 8 - n;
    header.tensors.reserve(json.value.size());
    for (const auto& [key, value] : json.value.items()) {
        if (key == kMetadataKey) {
            auto metadata = parseMetadata(label, value);
            if (!metadata) return metadata.status();
            header.metadata = std::move(*metadata);
            continue;
        }
        auto info = parseTensorEntry(label, key, value, dataSize);
        if (!info) return info.status();
        header.tensors.push_back(std::move(*info));
    }
    std::sort(header.tensors.begin(), header.tensors.end(), [](const TensorInfo& a, const TensorInfo& b) {
        return std::tie(a.dataBegin, a.dataEnd, a.name) < std::tie(b.dataBegin, b.dataEnd, b.name);
    });
    if (Status s = checkOverlaps(label, header.tensors); !s) return s;
    return header;
}

}  // namespace

std::uint64_t TensorInfo::numel() const {
    std::uint64_t n = 1;
    for (const std::int64_t d : shape)
        if (d < 0 || __builtin_mul_overflow(n, static_cast<std::uint64_t>(d), &n))
            return std::numeric_limits<std::uint64_t>::max();  // only for tables that skipped validation
    return n;
}

const TensorInfo* SafetensorsHeader::find(std::string_view name) const {
    for (const TensorInfo& t : tensors)
        if (t.name == name) return &t;
    return nullptr;
}

Result<SafetensorsHeader> parseSafetensorsHeader(std::span<const std::byte> bytes, std::uint64_t fileSize,
                                                 std::string_view label) {
    try {
        return parseValidated(bytes, fileSize, label);
    } catch (const std::bad_alloc&) {
        return fileError(ErrorCode::OutOfMemory, label, "not enough memory to parse the header");
    } catch (const nlohmann::json::exception& e) {
        // Not expected after the checks above; a library surprise must still not cross the API.
        return fileError(ErrorCode::Corrupt, label, "header could not be read: {}", fileio::printable(e.what()));
    }
}

}  // namespace songloom
