#include "io/torch_tensors.h"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <memory>

namespace songloom::io {
namespace {

// Casts and moves a tensor that borrows memory into one that owns its own. Moving the narrower
// representation saves bus traffic: a bf16 checkpoint bound for f32 on the GPU crosses as bf16.
torch::Tensor ownedCopy(const torch::Tensor& source, const torch::Device& device, torch::ScalarType dtype) {
    if (device.is_cpu()) return source.to(dtype, /*non_blocking=*/false, /*copy=*/true);
    const auto onDevice = torch::TensorOptions().device(device);
    if (c10::elementSize(dtype) < c10::elementSize(source.scalar_type()))
        return source.to(dtype, false, /*copy=*/true).to(onDevice);
    return source.to(onDevice, false, /*copy=*/true).to(dtype);
}

Status torchFailure(const c10::Error& e, std::string_view what) {
    const bool oom = dynamic_cast<const c10::OutOfMemoryError*>(&e) != nullptr;
    return Status::error(oom ? ErrorCode::OutOfMemory : ErrorCode::Internal,
                         fmt::format("{}: {}", what, e.what_without_backtrace()));
}

}  // namespace

c10::ScalarType scalarTypeOf(DType dtype) {
    switch (dtype) {
    case DType::Bool: return c10::ScalarType::Bool;
    case DType::U8: return c10::ScalarType::Byte;
    case DType::I8: return c10::ScalarType::Char;
    case DType::I16: return c10::ScalarType::Short;
    case DType::U16: return c10::ScalarType::UInt16;
    case DType::I32: return c10::ScalarType::Int;
    case DType::U32: return c10::ScalarType::UInt32;
    case DType::I64: return c10::ScalarType::Long;
    case DType::U64: return c10::ScalarType::UInt64;
    case DType::F16: return c10::ScalarType::Half;
    case DType::BF16: return c10::ScalarType::BFloat16;
    case DType::F32: return c10::ScalarType::Float;
    case DType::F64: return c10::ScalarType::Double;
    case DType::F8_E4M3: return c10::ScalarType::Float8_e4m3fn;
    case DType::F8_E5M2: return c10::ScalarType::Float8_e5m2;
    }
    return c10::ScalarType::Undefined;
}

Result<torch::Tensor> tensorFromEntry(const Checkpoint::Entry& entry, const torch::Device& device,
                                      torch::ScalarType dtype) {
    if (!entry.file || entry.info == nullptr)
        return Status::error(ErrorCode::InvalidArgument, "tensorFromEntry: empty checkpoint entry");
    const TensorInfo& info = *entry.info;
    const std::string what = fmt::format("{}: tensor \"{}\"", entry.file->path().string(), info.name);
    const std::span<const std::byte> bytes = entry.file->data(info);
    if (bytes.size() != info.byteSize())
        return Status::error(ErrorCode::InvalidArgument, what + ": not a tensor of this file");
    const c10::ScalarType stored = scalarTypeOf(info.dtype);
    const auto storedOnCpu = torch::TensorOptions().dtype(stored).device(torch::kCPU);
    // from_blob wants a mutable pointer; the memory stays read-only (see the header).
    void* data = const_cast<std::byte*>(bytes.data());
    // safetensors does not align data; vectorised kernels may assume element alignment, so an unaligned
    // tensor is copied (real files pad the header to 8 bytes and are aligned).
    const bool aligned = reinterpret_cast<std::uintptr_t>(data) % dtypeSize(info.dtype) == 0;
    try {
        if (stored == dtype && device.is_cpu() && aligned) {
            std::shared_ptr<const SafetensorsFile> keepAlive = entry.file;
            return torch::from_blob(data, info.shape, [keepAlive](void*) {}, storedOnCpu);
        }
        if (aligned) return ownedCopy(torch::from_blob(data, info.shape, storedOnCpu), device, dtype);
        torch::Tensor staging = torch::empty(info.shape, storedOnCpu);
        if (!bytes.empty()) std::memcpy(staging.data_ptr(), bytes.data(), bytes.size());
        if (stored == dtype && device.is_cpu()) return staging;
        return ownedCopy(staging, device, dtype);
    } catch (const c10::Error& e) {
        return torchFailure(e, what);
    } catch (const std::bad_alloc&) {
        return Status::error(ErrorCode::OutOfMemory, what + ": not enough memory");
    }
}

Result<torch::Tensor> tensorFromData(const TorchTensorData& data, const torch::Device& device, torch::ScalarType dtype) {
    std::uint64_t numel = 1;
    for (const std::int64_t d : data.shape)
        if (d < 0 || __builtin_mul_overflow(numel, static_cast<std::uint64_t>(d), &numel))
            return Status::error(ErrorCode::InvalidArgument, "tensorFromData: impossible shape");
    if (numel != data.values.size())
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("tensorFromData: shape has {} elements but {} values were given", numel,
                                         data.values.size()));
    try {
        const auto view = torch::from_blob(const_cast<float*>(data.values.data()), data.shape, torch::kFloat32);
        return ownedCopy(view, device, dtype);
    } catch (const c10::Error& e) {
        return torchFailure(e, "tensorFromData");
    } catch (const std::bad_alloc&) {
        return Status::error(ErrorCode::OutOfMemory, "tensorFromData: not enough memory");
    }
}

}  // namespace songloom::io
