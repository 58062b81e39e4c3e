// Step 1 for a single file (checkpoint-layouts 9): the container, from the first bytes only.
#pragma once

#include "songloom/status.h"

#include <filesystem>
#include <string>

namespace songloom::catalog {

enum class FileFormat {
    Safetensors,  // u64 little-endian header length, then '{'
    TorchZip,     // "PK\x03\x04": torch.save archive
    Pickle,       // 0x80: a raw pickle stream (legacy torch.save, .pkl)
    Gguf,         // "GGUF"
    Other,
};

// Reads at most 9 bytes. Errors: NotFound, Io.
Result<FileFormat> probeFile(const std::filesystem::path& path);

// Why a format is refused (Pickle, Gguf, Other); empty for formats that are read.
std::string refusalReason(FileFormat format);

// Which files a folder walk opens: weight-file extensions (so a README or a song in the models folder is
// not reported). What the file is, is then decided by its bytes.
bool isWeightFileCandidate(const std::filesystem::path& path);
bool isShardIndexFile(const std::filesystem::path& path);  // *.safetensors.index.json

}  // namespace songloom::catalog
