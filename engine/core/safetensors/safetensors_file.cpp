// SafetensorsFile: the whole file mapped read-only (MAP_PRIVATE, PROT_READ), validated once; tensor data
// are spans into the mapping, so loading can hand them to torch without a copy.
#include "songloom/safetensors.h"

#include "fileio/file_error.h"
#include "fileio/mapped_file.h"

#include <algorithm>
#include <new>

namespace songloom {

Result<std::shared_ptr<const SafetensorsFile>> SafetensorsFile::open(const std::filesystem::path& path) {
    auto mapped = fileio::MappedFile::open(path);  // an empty file is not mapped; the parser rejects it
    if (!mapped) return mapped.status();
    try {
        auto header = parseSafetensorsHeader(mapped->bytes(), mapped->size(), mapped->label());
        if (!header) return header.status();
        std::shared_ptr<SafetensorsFile> file(new SafetensorsFile());
        file->path_ = path;
        file->header_ = std::move(*header);
        const std::span<const std::byte> bytes = mapped->release();  // owned by *file from here on
        file->base_ = bytes.data();
        file->size_ = bytes.size();
        return std::shared_ptr<const SafetensorsFile>(std::move(file));
    } catch (const std::bad_alloc&) {
        return fileio::fileError(ErrorCode::OutOfMemory, mapped->label(), "not enough memory to open");
    }
}

SafetensorsFile::~SafetensorsFile() { fileio::unmapBytes({base_, static_cast<std::size_t>(size_)}); }

std::span<const std::byte> SafetensorsFile::data(const TensorInfo& tensor) const {
    const std::uint64_t start = header_.dataOffset();
    // Validated tables always pass; a TensorInfo from elsewhere gets an empty span, never a wild pointer.
    if (tensor.dataBegin > tensor.dataEnd || tensor.dataEnd > size_ - std::min(size_, start)) return {};
    return {base_ + start + tensor.dataBegin, static_cast<std::size_t>(tensor.byteSize())};
}

}  // namespace songloom
