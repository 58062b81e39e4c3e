// Helpers shared by the safetensors / torch.save reader tests.
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>

namespace songloom::testsupport {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    explicit TempDir(const std::string& tag);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

void writeFile(const std::filesystem::path& path, const std::string& bytes);
std::string readFile(const std::filesystem::path& path);

inline std::span<const std::byte> asBytes(const std::string& text) { return std::as_bytes(std::span(text)); }

// "Corrupt" -> ErrorCode::Corrupt, ... (the manifest spelling); Internal for an unknown name.
ErrorCode errorCodeFromName(const std::string& name);

// True when `text` is valid UTF-8 without control characters: safe for JSON output and the studio.
bool isPrintableUtf8(const std::string& text);

}  // namespace songloom::testsupport
