// The central directory of a zip archive whose entries are STORED (uncompressed), as torch.save writes
// them (checkpoint-layouts.md §4 step 1). Every offset is bounds-checked against the archive; compressed,
// encrypted, multi-disk and ZIP64-dependent archives are refused.
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::torchzip {

struct ZipEntry {
    std::string name;
    std::uint64_t dataOffset = 0;  // where the entry's bytes start in the archive
    std::uint64_t size = 0;
    std::uint32_t crc32 = 0;       // as the central directory records it
};

struct StoredZip {
    std::vector<ZipEntry> entries;  // central directory order, names unique
    const ZipEntry* find(std::string_view name) const;
};

Result<StoredZip> readStoredZip(std::span<const std::byte> archive, std::string_view label);

// The entry's bytes (readStoredZip has checked they lie inside `archive`).
std::span<const std::byte> entryBytes(std::span<const std::byte> archive, const ZipEntry& entry);

// Corrupt when the bytes' CRC-32 differs from the recorded one.
Status checkEntryCrc(std::span<const std::byte> archive, const ZipEntry& entry, std::string_view label);

}  // namespace songloom::torchzip
