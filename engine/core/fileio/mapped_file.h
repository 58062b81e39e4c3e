// A whole file mapped read-only (MAP_PRIVATE, PROT_READ). An empty file is never mapped: mmap of length 0
// fails, and there is nothing to read anyway; bytes() is then empty.
//
// The mapping follows the file: if another program truncates the file while it is mapped, touching the
// lost pages raises SIGBUS. Songloom never writes model files, so this is accepted, not guarded.
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

namespace songloom::fileio {

class MappedFile {
public:
    static Result<MappedFile> open(const std::filesystem::path& path);

    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::span<const std::byte> bytes() const { return {base_, size_}; }
    std::uint64_t size() const { return size_; }
    const std::string& label() const { return label_; }

    // Gives up ownership: the caller unmaps the returned bytes with unmapBytes() (for classes whose
    // public layout holds a raw pointer and size, such as SafetensorsFile).
    std::span<const std::byte> release();

private:
    MappedFile(const std::byte* base, std::uint64_t size, std::string label)
        : base_(base), size_(size), label_(std::move(label)) {}
    void unmap();
    const std::byte* base_ = nullptr;
    std::uint64_t size_ = 0;
    std::string label_;
};

// Unmaps bytes obtained from MappedFile::release(); an empty span is ignored.
void unmapBytes(std::span<const std::byte> bytes);

}  // namespace songloom::fileio
