#include "fileio/read_only_file.h"

#include "fileio/file_error.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace songloom::fileio {

std::string fileLabel(const std::filesystem::path& path) { return printable(path.string(), 1000); }

Result<ReadOnlyFile> ReadOnlyFile::open(const std::filesystem::path& path) {
    std::string label = fileLabel(path);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return fileError(ErrorCode::NotFound, label, "no such file");
        return fileError(ErrorCode::Io, label, "cannot open: {}", std::strerror(err));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return fileError(ErrorCode::Io, label, "cannot stat: {}", std::strerror(err));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return fileError(ErrorCode::InvalidArgument, label, "is a folder, expected a file");
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fileError(ErrorCode::Unsupported, label, "is not a regular file (device, pipe or socket)");
    }
    return ReadOnlyFile(fd, static_cast<std::uint64_t>(st.st_size), std::move(label));
}

ReadOnlyFile::ReadOnlyFile(ReadOnlyFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), size_(other.size_), label_(std::move(other.label_)) {}

ReadOnlyFile& ReadOnlyFile::operator=(ReadOnlyFile&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        size_ = other.size_;
        label_ = std::move(other.label_);
    }
    return *this;
}

ReadOnlyFile::~ReadOnlyFile() {
    if (fd_ >= 0) ::close(fd_);
}

Status ReadOnlyFile::readAt(std::uint64_t offset, std::span<std::byte> out) const {
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return fileError(ErrorCode::Io, label_, "read of {} bytes at offset {} failed: {}", out.size(), offset,
                             std::strerror(errno));
        }
        if (n == 0)
            return fileError(ErrorCode::Io, label_,
                             "read of {} bytes at offset {} stopped after {} bytes (did the file change?)",
                             out.size(), offset, done);
        done += static_cast<std::size_t>(n);
    }
    return Status::ok();
}

}  // namespace songloom::fileio
