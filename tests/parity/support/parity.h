// Parity harness, C++ side: the Python generators (tests/parity/gen) build reference modules with random
// weights, save them in the official layouts and save inputs and reference outputs as safetensors; the
// tests load the same files with the engine and compare with the tolerances of issue 3:
//   fp32: cosine >= 0.99999 and max |error| <= 1e-4 x RMS of the reference output;
//   bf16 (against the reference's own bf16 run): cosine >= 0.999.
// Every comparison prints its measured figures, pass or fail.
#pragma once

#include "songloom/component_tensors.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>

namespace songloom::parity {

struct Tolerance {
    double minCosine = 0.99999;
    double maxAbsOverRms = 1e-4;  // <= 0: not checked
    const char* label = "fp32";
    static Tolerance fp32() { return {}; }
    static Tolerance bf16() { return {0.999, 0.0, "bf16"}; }
};

struct Measured {
    double cosine = 0, maxAbs = 0, rms = 0;
    std::int64_t count = 0;
    bool pass = false;
    std::string line;  // the printed figures
};

// Compares in float64. Shapes must be equal (a mismatch fails the test and returns pass = false).
Measured measure(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected,
                 const Tolerance& tol);
// measure() + print + EXPECT.
void expectClose(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected,
                 const Tolerance& tol = Tolerance::fp32());
// Exact equality (token ids, masks, schedules): prints the number of equal elements.
void expectEqual(const std::string& what, const torch::Tensor& actual, const torch::Tensor& expected);

// The value of an engine result, or a std::runtime_error "<what>: <status message>" (gtest reports it as a
// failure of the running test).
template <class T>
T must(Result<T> r, const std::string& what) {
    if (!r.isOk()) throw std::runtime_error(what + ": " + r.status().message());
    return std::move(r).value();
}

// The tensors of one safetensors file under their canonical names (ComponentTensors::openFile); throws
// like must() when the file does not open.
ComponentTensors openTensors(const std::filesystem::path& file);

// The folder a generator wrote: <build>/parity-data/<name>. Fails the test when it is missing.
std::filesystem::path dataDir(const std::string& name);

// The reason a data step wrote instead of its data (the machine lacked the disk space the checkpoint
// needs, tests/parity/gen/common.py has_disk_space), or "" when the data is there.
std::string dataSkippedReason(const std::filesystem::path& dir);

// Skips the calling test with that reason (it starts with SONGLOOM-DISK-SHORT, which ctest reports as a
// skip) when the data step could not write its data.
#define SONGLOOM_SKIP_IF_DATA_SKIPPED(dir)                                                          \
    do {                                                                                           \
        if (const std::string reason_ = ::songloom::parity::dataSkippedReason(dir); !reason_.empty()) \
            GTEST_SKIP() << reason_;                                                               \
    } while (false)

// A safetensors file of named tensors written by a generator (inputs and reference outputs).
class Reference {
public:
    static Reference load(const std::filesystem::path& file);
    bool has(const std::string& name) const;
    // The tensor as stored, on the CPU (a copy: safe to modify). Throws when missing.
    torch::Tensor operator[](const std::string& name) const;
    std::vector<std::string> names() const { return tensors_.names(); }

private:
    ComponentTensors tensors_;
};

}  // namespace songloom::parity
