#include "nn/weights.h"

#include "io/torch_tensors.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace songloom::nn {

namespace {

std::string listSome(const std::vector<std::string>& names, std::size_t n = 8) {
    std::vector<std::string> head(names.begin(), names.begin() + std::min(n, names.size()));
    std::string s = fmt::format("{}", fmt::join(head, ", "));
    if (names.size() > n) s += fmt::format(" and {} more", names.size() - n);
    return s;
}

std::string shapeText(c10::IntArrayRef shape) { return fmt::format("[{}]", fmt::join(shape, ", ")); }

}  // namespace

WeightLoader::WeightLoader(const ComponentTensors& tensors, torch::Device device, torch::ScalarType dtype)
    : tensors_(tensors), device_(device), dtype_(dtype) {}

torch::Tensor WeightLoader::get(const std::string& name, c10::IntArrayRef shape) {
    return get(name, shape, dtype_);
}

torch::Tensor WeightLoader::get(const std::string& name, c10::IntArrayRef shape, torch::ScalarType dtype) {
    used_.insert(name);
    const ComponentTensors::Entry* entry = tensors_.find(name);
    if (!entry) {
        missing_.push_back(name);
        return {};
    }
    const auto& stored = entry->info->shape;
    if (!std::equal(stored.begin(), stored.end(), shape.begin(), shape.end())) {
        wrongShape_.push_back(fmt::format("{} is [{}], expected {}", name, fmt::join(stored, ", "), shapeText(shape)));
        return {};
    }
    const bool floating = isFloatingPoint(entry->info->dtype);
    const auto target = floating ? dtype : io::scalarTypeOf(entry->info->dtype);
    auto tensor = io::tensorFromEntry(Checkpoint::Entry{entry->file, entry->info}, device_, target);
    if (!tensor) {
        failures_.push_back(fmt::format("{}: {}", name, tensor.status().message()));
        return {};
    }
    return *tensor;
}

bool WeightLoader::has(const std::string& name) const { return tensors_.find(name) != nullptr; }

void WeightLoader::skip(const std::string& name) { used_.insert(name); }

Status WeightLoader::finish(const std::vector<std::string>& scopes) const {
    std::vector<std::string> unexpected;
    for (const std::string& name : tensors_.names()) {
        if (used_.count(name)) continue;
        for (const std::string& scope : scopes) {
            if (name.starts_with(scope)) {
                unexpected.push_back(name);
                break;
            }
        }
    }
    if (ok() && unexpected.empty()) return Status::ok();
    std::vector<std::string> parts;
    if (!missing_.empty()) parts.push_back(fmt::format("missing {}", listSome(missing_)));
    if (!wrongShape_.empty()) parts.push_back(fmt::format("wrong shape: {}", listSome(wrongShape_, 4)));
    if (!unexpected.empty()) parts.push_back(fmt::format("unexpected {}", listSome(unexpected)));
    if (!failures_.empty()) parts.push_back(fmt::format("unreadable: {}", listSome(failures_, 2)));
    return Status::error(ErrorCode::Corrupt,
                         fmt::format("{} does not match the model: {}", tensors_.origin(), fmt::join(parts, "; ")));
}

}  // namespace songloom::nn
