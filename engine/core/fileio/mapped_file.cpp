#include "fileio/mapped_file.h"

#include "fileio/file_error.h"
#include "fileio/read_only_file.h"

#include <cerrno>
#include <cstring>
#include <limits>
#include <utility>

#include <sys/mman.h>

namespace songloom::fileio {

Result<MappedFile> MappedFile::open(const std::filesystem::path& path) {
    auto file = ReadOnlyFile::open(path);
    if (!file) return file.status();
    const std::uint64_t size = file->size();
    if (size == 0) return MappedFile(nullptr, 0, file->label());
    if (size > std::numeric_limits<std::size_t>::max())
        return fileError(ErrorCode::Unsupported, file->label(), "{} bytes is too large to map", size);
    void* base = ::mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_PRIVATE, file->descriptor(), 0);
    if (base == MAP_FAILED) {
        const int err = errno;
        return fileError(err == ENOMEM ? ErrorCode::OutOfMemory : ErrorCode::Io, file->label(),
                         "cannot map {} bytes: {}", size, std::strerror(err));
    }
    // The descriptor closes with `file`; the mapping stays valid without it.
    return MappedFile(static_cast<const std::byte*>(base), size, file->label());
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : base_(std::exchange(other.base_, nullptr)), size_(std::exchange(other.size_, 0)),
      label_(std::move(other.label_)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        unmap();
        base_ = std::exchange(other.base_, nullptr);
        size_ = std::exchange(other.size_, 0);
        label_ = std::move(other.label_);
    }
    return *this;
}

MappedFile::~MappedFile() { unmap(); }

std::span<const std::byte> MappedFile::release() {
    const std::span<const std::byte> bytes{base_, static_cast<std::size_t>(size_)};
    base_ = nullptr;
    size_ = 0;
    return bytes;
}

void MappedFile::unmap() {
    unmapBytes(release());
}

void unmapBytes(std::span<const std::byte> bytes) {
    if (bytes.data() != nullptr) ::munmap(const_cast<std::byte*>(bytes.data()), bytes.size());
}

}  // namespace songloom::fileio
