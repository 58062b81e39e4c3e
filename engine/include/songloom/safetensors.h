// The safetensors reader: header validation, memory-mapped tensor views and sharded checkpoints.
// Torch-free; engine/src/io turns these views into torch tensors.
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace songloom {

enum class DType : std::uint8_t {
    Bool, U8, I8, I16, U16, I32, U32, I64, U64, F16, BF16, F32, F64, F8_E4M3, F8_E5M2,
};

std::string_view dtypeName(DType dtype);           // the safetensors spelling: "BF16", "F32", ...
std::size_t dtypeSize(DType dtype);                // bytes per element
std::optional<DType> parseDType(std::string_view name);
bool isFloatingPoint(DType dtype);                 // F16, BF16, F32, F64 (the F8 kinds count as quantised)

struct TensorInfo {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t dataBegin = 0;  // byte offsets relative to the start of the data section
    std::uint64_t dataEnd = 0;

    std::uint64_t numel() const;
    std::uint64_t byteSize() const { return dataEnd - dataBegin; }
};

struct SafetensorsHeader {
    std::uint64_t headerLength = 0;            // N, the JSON length after the 8-byte prefix
    std::vector<TensorInfo> tensors;           // sorted by dataBegin
    std::map<std::string, std::string> metadata;  // "__metadata__", string to string

    std::uint64_t dataOffset() const { return 8 + headerLength; }  // where the data section starts in the file
    const TensorInfo* find(std::string_view name) const;
};

// Upper bound on N accepted by the parser (real ACE-Step headers are well under 1 MB).
inline constexpr std::uint64_t kMaxSafetensorsHeaderLength = 100ull * 1024 * 1024;

// Pure parser. `bytes` holds at least the first 8 + N bytes of the file; `fileSize` is the whole file's
// size; `label` names the file in error messages. Validates: length bound, well-formed JSON object, every
// dtype known, shape x dtype size == byte range, ranges inside the file, no overlaps, no duplicate names.
Result<SafetensorsHeader> parseSafetensorsHeader(std::span<const std::byte> bytes, std::uint64_t fileSize,
                                                 std::string_view label);

// Reads and validates only the header (8 + N bytes), never the tensor data: cheap on a 10 GB file.
Result<SafetensorsHeader> readSafetensorsHeader(const std::filesystem::path& path);

// A whole safetensors file mapped read-only; tensor data are zero-copy views into the mapping.
class SafetensorsFile {
public:
    static Result<std::shared_ptr<const SafetensorsFile>> open(const std::filesystem::path& path);
    ~SafetensorsFile();
    SafetensorsFile(const SafetensorsFile&) = delete;
    SafetensorsFile& operator=(const SafetensorsFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    const SafetensorsHeader& header() const { return header_; }
    std::uint64_t fileSize() const { return size_; }
    std::span<const std::byte> data(const TensorInfo& tensor) const;

private:
    SafetensorsFile() = default;
    std::filesystem::path path_;
    SafetensorsHeader header_;
    const std::byte* base_ = nullptr;
    std::uint64_t size_ = 0;
};

// One checkpoint that may span several files: a single .safetensors or a *.safetensors.index.json whose
// weight_map names the shards. Every shard must exist and every listed name must appear exactly once.
struct ShardEntry {
    std::filesystem::path file;
    SafetensorsHeader header;
};
struct CheckpointHeaders {
    std::vector<ShardEntry> shards;
    std::map<std::string, std::pair<std::size_t, std::size_t>> index;  // name -> (shard, tensor) indices
    const TensorInfo* find(std::string_view name) const;
    std::size_t tensorCount() const { return index.size(); }
};
// Header-only view of a single file or an index (detected from the path).
Result<CheckpointHeaders> readCheckpointHeaders(const std::filesystem::path& fileOrIndex);

// Mapped view of the same, for loading.
class Checkpoint {
public:
    static Result<Checkpoint> open(const std::filesystem::path& fileOrIndex);
    struct Entry {
        std::shared_ptr<const SafetensorsFile> file;
        const TensorInfo* info = nullptr;
    };
    std::optional<Entry> find(std::string_view name) const;
    std::vector<std::string> names() const;
    const std::vector<std::shared_ptr<const SafetensorsFile>>& files() const { return files_; }

private:
    std::vector<std::shared_ptr<const SafetensorsFile>> files_;
    std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace songloom
