#include "safetensors/header_internal.h"

#include "fileio/file_error.h"

namespace songloom::safetensors_detail {

Result<std::uint64_t> checkHeaderLength(std::span<const std::byte> prefix, std::uint64_t fileSize,
                                        std::string_view label) {
    using fileio::fileError;
    if (fileSize < 8)
        return fileError(ErrorCode::Corrupt, label,
                         "file is {} bytes, shorter than the 8-byte header length prefix of a safetensors file "
                         "(empty or truncated file?)",
                         fileSize);
    if (prefix.size() < 8)
        return fileError(ErrorCode::InvalidArgument, label, "only {} of the 8 header length bytes were given",
                         prefix.size());
    std::uint64_t n = 0;
    for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<std::uint8_t>(prefix[static_cast<std::size_t>(i)]);
    if (n == 0)
        return fileError(ErrorCode::Corrupt, label,
                         "header length is 0 (even an empty header is the 2-byte JSON object {{}})");
    if (n > kMaxSafetensorsHeaderLength)
        return fileError(ErrorCode::Corrupt, label,
                         "header length {} exceeds the {}-byte limit (corrupt length prefix, or not a "
                         "safetensors file)",
                         n, kMaxSafetensorsHeaderLength);
    if (n > fileSize - 8)
        return fileError(ErrorCode::Corrupt, label,
                         "header length {} runs past the end of the file: only {} bytes follow the 8-byte "
                         "prefix (truncated file?)",
                         n, fileSize - 8);
    return n;
}

}  // namespace songloom::safetensors_detail
