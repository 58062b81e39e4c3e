#include "catalog/file_probe.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>

namespace songloom::catalog {

namespace {

std::string lowerExtension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return ext;
}

}  // namespace

Result<FileFormat> probeFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        return Status::error(ErrorCode::NotFound, fmt::format("{}: no such file", path.string()));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::error(ErrorCode::Io, fmt::format("{}: cannot be opened for reading", path.string()));
    std::array<unsigned char, 9> head{};
    in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    const auto got = static_cast<std::size_t>(in.gcount());

    // safetensors first: its first byte is the low byte of the header length and may well be 0x80.
    // A header that would not fit the file is not one (a pickle's bytes read as a huge length).
    if (got == 9 && head[8] == '{') {
        std::uint64_t n = 0;
        for (int i = 7; i >= 0; --i) n = (n << 8) | head[static_cast<std::size_t>(i)];
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (!ec && n >= 2 && n <= size - 8) return FileFormat::Safetensors;  // the reader validates the rest
    }
    if (got >= 4 && std::memcmp(head.data(), "PK\x03\x04", 4) == 0) return FileFormat::TorchZip;
    if (got >= 4 && std::memcmp(head.data(), "GGUF", 4) == 0) return FileFormat::Gguf;
    if (got >= 1 && head[0] == 0x80) return FileFormat::Pickle;
    // A file that calls itself safetensors but fails the quick check above (empty, truncated, a bad
    // length or header) goes to the safetensors reader anyway: its diagnosis ("truncated inside the
    // header", "header length exceeds the file") tells the user far more than "not a model file".
    const std::string ext = lowerExtension(path);
    if (ext == ".safetensors" || ext == ".sft") return FileFormat::Safetensors;
    return FileFormat::Other;
}

std::string refusalReason(FileFormat format) {
    switch (format) {
        case FileFormat::Pickle: return "pickle checkpoints are not opened: they can run code";
        case FileFormat::Gguf: return "GGUF files are not supported yet: use the safetensors release of this model";
        case FileFormat::Other: return "not a model file (not a safetensors, GGUF or PyTorch file)";
        case FileFormat::Safetensors:
        case FileFormat::TorchZip: return {};
    }
    return "not a model file";
}

bool isWeightFileCandidate(const std::filesystem::path& path) {
    static const char* const extensions[] = {".safetensors", ".sft", ".pt", ".pth", ".bin",
                                             ".ckpt",        ".gguf", ".pkl", ".pickle"};
    const std::string ext = lowerExtension(path);
    return std::any_of(std::begin(extensions), std::end(extensions), [&](const char* e) { return ext == e; });
}

bool isShardIndexFile(const std::filesystem::path& path) {
    return path.filename().string().ends_with(".safetensors.index.json");
}

}  // namespace songloom::catalog
