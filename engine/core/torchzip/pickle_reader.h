// A whitelist mini-unpickler for the `data.pkl` that torch.save writes for one plain tensor
// (checkpoint-layouts.md §4 step 2). It implements only the opcodes that record uses, resolves GLOBAL only
// to torch._utils._rebuild_tensor_v2, torch.{Float,BFloat16,Half}Storage and collections.OrderedDict,
// and calls nothing: REDUCE on those callables just builds a description of the tensor.
#pragma once

#include "songloom/safetensors.h"
#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::torchzip {

// _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata]),
// with the storage from the persistent id ('storage', <storage class>, key, location, numel).
struct PickledTensor {
    DType dtype = DType::F32;
    std::string storageKey;       // names the archive entry "<prefix>/data/<key>"
    std::string location;         // "cpu", "cuda:0", ... (informational)
    std::int64_t storageNumel = 0;
    std::int64_t storageOffset = 0;
    std::vector<std::int64_t> shape;
    std::vector<std::int64_t> stride;
};

// `label` names the file and entry in messages. Corrupt for malformed pickles, Unsupported for anything
// outside the whitelist (the message names the opcode or the global).
Result<PickledTensor> readPickledTensor(std::span<const std::byte> pickle, std::string_view label);

}  // namespace songloom::torchzip
