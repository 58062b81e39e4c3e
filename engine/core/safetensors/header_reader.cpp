// readSafetensorsHeader: plain positioned reads of the 8-byte prefix and the N header bytes, never the
// tensor data, so inspecting a 20 GB (possibly sparse) checkpoint costs one small read.
#include "songloom/safetensors.h"

#include "fileio/file_error.h"
#include "fileio/read_only_file.h"
#include "safetensors/header_internal.h"

#include <array>
#include <new>

namespace songloom {

Result<SafetensorsHeader> readSafetensorsHeader(const std::filesystem::path& path) {
    auto file = fileio::ReadOnlyFile::open(path);
    if (!file) return file.status();
    const std::uint64_t size = file->size();
    std::array<std::byte, 8> prefix{};
    const std::size_t prefixBytes = size < 8 ? static_cast<std::size_t>(size) : prefix.size();
    if (Status s = file->readAt(0, std::span(prefix).first(prefixBytes)); !s) return s;
    // Bound N before allocating anything for it.
    auto n = safetensors_detail::checkHeaderLength(std::span(prefix).first(prefixBytes), size, file->label());
    if (!n) return n.status();
    try {
        std::vector<std::byte> bytes(static_cast<std::size_t>(8 + *n));
        if (Status s = file->readAt(0, bytes); !s) return s;
        return parseSafetensorsHeader(bytes, size, file->label());
    } catch (const std::bad_alloc&) {
        return fileio::fileError(ErrorCode::OutOfMemory, file->label(), "not enough memory for the {}-byte header",
                                 *n);
    }
}

}  // namespace songloom
