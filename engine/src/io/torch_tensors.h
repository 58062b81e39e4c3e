// The safetensors and torch.save readers' data as torch::Tensor: the one place where file bytes meet
// libtorch. Private to engine/src.
#pragma once

#include "songloom/safetensors.h"
#include "songloom/silence_latent.h"
#include "songloom/status.h"

#include <torch/types.h>

#include <optional>

namespace songloom::io {

// The torch dtype of a safetensors dtype (every DType has one).
c10::ScalarType scalarTypeOf(DType dtype);

// One checkpoint tensor on `device` as `dtype`.
//
// When the stored dtype is `dtype`, the device is the CPU and the data are aligned for their element type,
// the result is a zero-copy view into the file's read-only mapping; its deleter holds the SafetensorsFile,
// so the mapping outlives the Checkpoint for as long as the tensor lives. Such a view must not be written
// to (the pages are PROT_READ: an in-place op faults); clone() it first. Otherwise the data are copied and
// cast, and the result owns its memory. Errors: OutOfMemory, Internal (a libtorch failure).
Result<torch::Tensor> tensorFromEntry(const Checkpoint::Entry& entry, const torch::Device& device,
                                      torch::ScalarType dtype);

// A tensor read from a torch.save archive (silence_latent.pt), copied to `device` as `dtype`.
Result<torch::Tensor> tensorFromData(const TorchTensorData& data, const torch::Device& device, torch::ScalarType dtype);

}  // namespace songloom::io
