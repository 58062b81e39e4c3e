// Reading a tensor from a `torch.save` archive without executing pickle (checkpoint-layouts.md §4): the
// zip is walked by hand (STORED entries only), `*/data.pkl` is interpreted by a whitelist mini-unpickler
// that knows only the opcodes and globals torch.save uses for one plain tensor, and the storage bytes are
// converted to float. Torch-free; used for `silence_latent.pt`.
#pragma once

#include "songloom/safetensors.h"
#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

namespace songloom {

struct TorchTensorData {
    std::vector<std::int64_t> shape;
    std::vector<float> values;           // row-major, converted from the stored dtype
    DType storedDType = DType::F32;      // F32, BF16 or F16 (the storages the reader accepts)
};

// Number of latent channels of ACE-Step 1.5's VAE: silence_latent.pt is [1, kSilenceLatentChannels, T].
inline constexpr std::int64_t kSilenceLatentChannels = 64;

// Pure: the archive's bytes; `label` names the file in messages. Errors: Corrupt (malformed zip or pickle,
// CRC mismatch, out-of-bounds storage), Unsupported (compressed or ZIP64 archive, a pickle opcode or global
// outside the whitelist, a non-contiguous tensor, big-endian data), OutOfMemory.
Result<TorchTensorData> parseTorchSavedTensor(std::span<const std::byte> archive, std::string_view label);

// The same for a file (mapped read-only, never executed).
Result<TorchTensorData> readTorchSavedTensor(const std::filesystem::path& path);

// readTorchSavedTensor, and the tensor must have shape [1, 64, T] with T >= 1 (Unsupported otherwise).
Result<TorchTensorData> readSilenceLatent(const std::filesystem::path& path);

}  // namespace songloom
