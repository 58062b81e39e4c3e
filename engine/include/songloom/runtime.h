// What the engine can run on here: the libtorch it was built with and the GPUs it can see.
#pragma once

#include <string>
#include <vector>

namespace songloom {

struct RuntimeInfo {
    std::string torchVersion;   // empty when the engine was built without torch
    bool cudaBuilt = false;     // libtorch has its CUDA backend linked in
    bool cudaAvailable = false; // a driver and at least one GPU are usable now
    std::vector<std::string> gpus;  // "NVIDIA H100 80GB HBM3 (79.1 GiB)"
};

RuntimeInfo runtimeInfo();
// One line for --version output: "libtorch 2.11.0, CUDA: no GPU found (CPU only)".
std::string describeRuntime(const RuntimeInfo& info);

}  // namespace songloom
