// Strict parameter loading by canonical name (architecture guide: every expected tensor present with its
// shape, nothing left over). A module asks for each parameter it owns; finish() then names every missing,
// wrong-shape and unexpected tensor in one error. Private to engine/src.
#pragma once

#include "songloom/component_tensors.h"
#include "songloom/status.h"

#include <torch/types.h>

#include <set>
#include <string>
#include <vector>

namespace songloom::nn {

class WeightLoader {
public:
    // Tensors go to `device` as `dtype` (floating-point tensors; integer ones keep their type).
    WeightLoader(const ComponentTensors& tensors, torch::Device device, torch::ScalarType dtype);

    // The tensor `name` with exactly `shape`, as the loader's dtype (or `dtype` when given, e.g. to keep an
    // fp32 buffer). A missing or wrong-shape tensor is recorded and an empty tensor returned: check ok()
    // or finish() before running anything.
    torch::Tensor get(const std::string& name, c10::IntArrayRef shape);
    torch::Tensor get(const std::string& name, c10::IntArrayRef shape, torch::ScalarType dtype);
    // Whether the file has `name` (for optional parts: audio tokenizer, null condition).
    bool has(const std::string& name) const;
    // Marks a present tensor as accounted for without loading it (a parameter the computation never
    // reads, e.g. diffusers ignores the XL timbre special_token).
    void skip(const std::string& name);

    bool ok() const { return missing_.empty() && wrongShape_.empty() && failures_.empty(); }
    // Ok when every requested tensor was there with its shape and every stored tensor whose name starts
    // with one of `scopes` was requested or skipped. Otherwise Corrupt, naming the tensors (a few of each
    // kind, then a count) and the origin of the files.
    Status finish(const std::vector<std::string>& scopes) const;

    torch::Device device() const { return device_; }
    torch::ScalarType dtype() const { return dtype_; }

private:
    const ComponentTensors& tensors_;
    torch::Device device_;
    torch::ScalarType dtype_;
    std::set<std::string> used_;
    std::vector<std::string> missing_, wrongShape_, failures_;
};

}  // namespace songloom::nn
