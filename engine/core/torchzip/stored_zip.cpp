// Field offsets follow PKWARE's APPNOTE.TXT 6.3: end of central directory 4.3.16, central directory
// header 4.3.12, local file header 4.3.7.
#include "torchzip/stored_zip.h"

#include "fileio/file_error.h"
#include "torchzip/crc32.h"

#include <optional>
#include <unordered_set>

namespace songloom::torchzip {
namespace {

using fileio::fileError;
using fileio::quoteText;

constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kCentralSignature = 0x02014b50;
constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::uint64_t kEndSize = 22;
constexpr std::uint64_t kCentralSize = 46;
constexpr std::uint64_t kLocalSize = 30;
constexpr std::uint64_t kMaxCommentLength = 0xFFFF;

// Little-endian reads; callers have checked that [offset, offset + width) is inside `bytes`.
std::uint32_t readLE(std::span<const std::byte> bytes, std::uint64_t offset, int width) {
    std::uint32_t v = 0;
    for (int i = width - 1; i >= 0; --i)
        v = (v << 8) | static_cast<std::uint8_t>(bytes[static_cast<std::size_t>(offset) + static_cast<std::size_t>(i)]);
    return v;
}
std::uint16_t le16(std::span<const std::byte> b, std::uint64_t off) { return static_cast<std::uint16_t>(readLE(b, off, 2)); }
std::uint32_t le32(std::span<const std::byte> b, std::uint64_t off) { return readLE(b, off, 4); }

std::string_view textAt(std::span<const std::byte> b, std::uint64_t off, std::uint64_t length) {
    return {reinterpret_cast<const char*>(b.data()) + off, static_cast<std::size_t>(length)};
}

// The end record is the last 22 bytes plus a comment of up to 64 KiB; scan back for a signature whose
// comment length reaches exactly the end of the archive.
std::optional<std::uint64_t> findEndRecord(std::span<const std::byte> archive) {
    const std::uint64_t size = archive.size();
    const std::uint64_t last = size - kEndSize;
    const std::uint64_t first = last > kMaxCommentLength ? last - kMaxCommentLength : 0;
    for (std::uint64_t pos = last + 1; pos-- > first;)
        if (le32(archive, pos) == kEndSignature && pos + kEndSize + le16(archive, pos + 20) == size) return pos;
    return std::nullopt;
}

struct EndRecord {
    std::uint64_t position = 0;
    std::uint32_t entries = 0;
    std::uint64_t directoryOffset = 0;
    std::uint64_t directorySize = 0;
};

Result<EndRecord> readEndRecord(std::span<const std::byte> archive, std::string_view label) {
    if (archive.size() < kEndSize)
        return fileError(ErrorCode::Corrupt, label,
                         "file is {} bytes, too short for a zip archive (a torch.save file is a zip)", archive.size());
    const auto pos = findEndRecord(archive);
    if (!pos)
        return fileError(ErrorCode::Corrupt, label,
                         "no zip end-of-central-directory record (not a torch.save archive, or truncated)");
    EndRecord end;
    end.position = *pos;
    const std::uint16_t disk = le16(archive, *pos + 4);
    const std::uint16_t directoryDisk = le16(archive, *pos + 6);
    const std::uint16_t entriesHere = le16(archive, *pos + 8);
    const std::uint16_t entries = le16(archive, *pos + 10);
    const std::uint32_t directorySize = le32(archive, *pos + 12);
    const std::uint32_t directoryOffset = le32(archive, *pos + 16);
    // APPNOTE 4.4.1.4: saturated fields defer to a ZIP64 record. torch.save also writes a ZIP64 record when
    // nothing is saturated; it then repeats these values and is ignored.
    if (entries == 0xFFFF || entriesHere == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        return fileError(ErrorCode::Unsupported, label,
                         "ZIP64 archive (the end record defers to ZIP64 fields); only plain zip archives are read");
    if (disk != 0 || directoryDisk != 0 || entriesHere != entries)
        return fileError(ErrorCode::Unsupported, label, "multi-disk zip archive");
    if (directoryOffset > end.position || directorySize > end.position - directoryOffset)
        return fileError(ErrorCode::Corrupt, label,
                         "zip central directory [{},{}) lies outside the archive (its end record is at byte {})",
                         directoryOffset, std::uint64_t{directoryOffset} + directorySize, end.position);
    end.entries = entries;
    end.directoryOffset = directoryOffset;
    end.directorySize = directorySize;
    return end;
}

// One central directory header at `pos` (inside [pos, limit)); advances `pos` past it.
Result<ZipEntry> readEntry(std::span<const std::byte> archive, std::uint64_t& pos, std::uint64_t limit,
                           std::uint64_t dataLimit, std::size_t index, std::string_view label) {
    if (limit - pos < kCentralSize || le32(archive, pos) != kCentralSignature)
        return fileError(ErrorCode::Corrupt, label, "zip central directory entry {} at byte {} is truncated or malformed",
                         index, pos);
    const std::uint16_t flags = le16(archive, pos + 8);
    const std::uint16_t method = le16(archive, pos + 10);
    const std::uint32_t crc = le32(archive, pos + 16);
    const std::uint32_t packedSize = le32(archive, pos + 20);
    const std::uint32_t size = le32(archive, pos + 24);
    const std::uint64_t nameLength = le16(archive, pos + 28);
    const std::uint64_t extraLength = le16(archive, pos + 30);
    const std::uint64_t commentLength = le16(archive, pos + 32);
    const std::uint32_t localOffset = le32(archive, pos + 42);
    const std::uint64_t recordSize = kCentralSize + nameLength + extraLength + commentLength;
    if (limit - pos < recordSize)
        return fileError(ErrorCode::Corrupt, label, "zip central directory entry {} at byte {} runs past the directory",
                         index, pos);
    ZipEntry entry;
    entry.name = std::string(textAt(archive, pos + kCentralSize, nameLength));
    entry.crc32 = crc;
    entry.size = size;
    const std::string name = quoteText(entry.name);
    if (flags & 0x1u) return fileError(ErrorCode::Unsupported, label, "zip entry {} is encrypted", name);
    if (packedSize == 0xFFFFFFFF || size == 0xFFFFFFFF || localOffset == 0xFFFFFFFF)
        return fileError(ErrorCode::Unsupported, label, "zip entry {} needs ZIP64 fields; only plain zip is read", name);
    if (method != 0)
        return fileError(ErrorCode::Unsupported, label,
                         "zip entry {} is compressed (method {}); only STORED (uncompressed) entries are read, as "
                         "torch.save writes them",
                         name, method);
    if (packedSize != size)
        return fileError(ErrorCode::Corrupt, label, "STORED zip entry {} records {} stored bytes but a size of {}",
                         name, packedSize, size);

    // Sizes in the local header may be zero (torch sets flag bit 3 and writes a data descriptor): the
    // central directory is authoritative; the local header only tells where the data start.
    if (localOffset > dataLimit || dataLimit - localOffset < kLocalSize || le32(archive, localOffset) != kLocalSignature)
        return fileError(ErrorCode::Corrupt, label, "zip entry {}: no local header at byte {}", name, localOffset);
    const std::uint64_t localNameLength = le16(archive, localOffset + 26);
    const std::uint64_t localExtraLength = le16(archive, localOffset + 28);
    entry.dataOffset = localOffset + kLocalSize + localNameLength + localExtraLength;
    if (entry.dataOffset > dataLimit || entry.size > dataLimit - entry.dataOffset)
        return fileError(ErrorCode::Corrupt, label,
                         "zip entry {}: data [{},{}) run past the central directory at byte {} (truncated archive?)",
                         name, entry.dataOffset, entry.dataOffset + entry.size, dataLimit);
    if (textAt(archive, localOffset + kLocalSize, localNameLength) != entry.name)
        return fileError(ErrorCode::Corrupt, label, "zip entry {}: its local header names {}", name,
                         quoteText(textAt(archive, localOffset + kLocalSize, localNameLength)));
    pos += recordSize;
    return entry;
}

}  // namespace

const ZipEntry* StoredZip::find(std::string_view name) const {
    for (const ZipEntry& e : entries)
        if (e.name == name) return &e;
    return nullptr;
}

Result<StoredZip> readStoredZip(std::span<const std::byte> archive, std::string_view label) {
    auto end = readEndRecord(archive, label);
    if (!end) return end.status();
    StoredZip zip;
    std::unordered_set<std::string> names;
    std::uint64_t pos = end->directoryOffset;
    const std::uint64_t limit = end->directoryOffset + end->directorySize;
    for (std::size_t i = 0; i < end->entries; ++i) {
        auto entry = readEntry(archive, pos, limit, end->directoryOffset, i, label);
        if (!entry) return entry.status();
        if (!names.insert(entry->name).second)
            return fileError(ErrorCode::Corrupt, label, "zip entry {} appears twice", quoteText(entry->name));
        zip.entries.push_back(std::move(*entry));
    }
    return zip;
}

std::span<const std::byte> entryBytes(std::span<const std::byte> archive, const ZipEntry& entry) {
    return archive.subspan(static_cast<std::size_t>(entry.dataOffset), static_cast<std::size_t>(entry.size));
}

Status checkEntryCrc(std::span<const std::byte> archive, const ZipEntry& entry, std::string_view label) {
    const std::uint32_t actual = crc32(entryBytes(archive, entry));
    if (actual != entry.crc32)
        return fileError(ErrorCode::Corrupt, label, "zip entry {}: CRC-32 of its data is {:08x}, the archive records {:08x}",
                         quoteText(entry.name), actual, entry.crc32);
    return Status::ok();
}

}  // namespace songloom::torchzip
