#include "songloom/runtime.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <torch/torch.h>
#if defined(SONGLOOM_TORCH_CUDA)
#include <ATen/cuda/CUDAContext.h>
#endif

namespace songloom {

RuntimeInfo runtimeInfo() {
    RuntimeInfo info;
    info.torchVersion = TORCH_VERSION;
#if defined(SONGLOOM_TORCH_CUDA)
    info.cudaBuilt = true;
    try {
        info.cudaAvailable = torch::cuda::is_available();
        if (info.cudaAvailable) {
            const int count = static_cast<int>(torch::cuda::device_count());
            for (int i = 0; i < count; ++i) {
                const cudaDeviceProp* prop = at::cuda::getDeviceProperties(i);
                info.gpus.push_back(fmt::format("{} ({:.1f} GiB)", prop->name,
                                                static_cast<double>(prop->totalGlobalMem) / (1u << 30)));
            }
        }
    } catch (const c10::Error&) {
        info.cudaAvailable = false;  // a broken driver reads as "no GPU", never as a crash
    }
#endif
    return info;
}

std::string describeRuntime(const RuntimeInfo& info) {
    if (info.torchVersion.empty()) return "engine built without libtorch";
    std::string gpu;
    if (!info.cudaBuilt)
        gpu = "CPU only (libtorch without CUDA)";
    else if (!info.cudaAvailable)
        gpu = "no usable GPU found, running on the CPU";
    else
        gpu = fmt::format("GPU: {}", fmt::join(info.gpus, ", "));
    return fmt::format("libtorch {}, {}", info.torchVersion, gpu);
}

}  // namespace songloom
