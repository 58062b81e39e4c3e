// A regular file opened read-only with plain POSIX IO: size and positioned reads, nothing else. Used where
// only a few bytes of a possibly huge file are needed (safetensors headers, index files).
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace songloom::fileio {

class ReadOnlyFile {
public:
    // NotFound when the path is not there, InvalidArgument for a folder, Unsupported for a device or
    // pipe (reading one could block or never end), Io for anything else the system refuses.
    static Result<ReadOnlyFile> open(const std::filesystem::path& path);

    ReadOnlyFile(ReadOnlyFile&& other) noexcept;
    ReadOnlyFile& operator=(ReadOnlyFile&& other) noexcept;
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
    ~ReadOnlyFile();

    int descriptor() const { return fd_; }
    std::uint64_t size() const { return size_; }
    const std::string& label() const { return label_; }

    // Fills `out` from byte `offset`; a short read (the file shrank) is an Io error.
    Status readAt(std::uint64_t offset, std::span<std::byte> out) const;

private:
    ReadOnlyFile(int fd, std::uint64_t size, std::string label) : fd_(fd), size_(size), label_(std::move(label)) {}
    int fd_ = -1;
    std::uint64_t size_ = 0;
    std::string label_;
};

// The label a file goes by in messages: its path as the caller spelled it.
std::string fileLabel(const std::filesystem::path& path);

}  // namespace songloom::fileio
