#include "catalog/tensor_table.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>

namespace songloom::catalog {

std::uint64_t TensorMeta::numel() const {
    std::uint64_t n = 1;
    for (std::int64_t d : shape) n *= static_cast<std::uint64_t>(std::max<std::int64_t>(d, 0));
    return n;
}

void TensorTable::add(std::string name, DType dtype, Shape shape) {
    tensors_.insert_or_assign(std::move(name), TensorMeta{dtype, std::move(shape)});
}

const TensorMeta* TensorTable::find(std::string_view name) const {
    auto it = tensors_.find(name);
    return it == tensors_.end() ? nullptr : &it->second;
}

std::optional<std::int64_t> TensorTable::dim(std::string_view name, std::size_t axis) const {
    const TensorMeta* t = find(name);
    if (t == nullptr || axis >= t->shape.size()) return std::nullopt;
    return t->shape[axis];
}

Shape TensorTable::shape(std::string_view name) const {
    const TensorMeta* t = find(name);
    return t == nullptr ? Shape{} : t->shape;
}

std::int64_t TensorTable::indexedCount(std::string_view prefix) const {
    std::int64_t count = 0;
    for (auto it = tensors_.lower_bound(prefix); it != tensors_.end(); ++it) {
        const std::string& name = it->first;
        if (name.compare(0, prefix.size(), prefix) != 0) break;  // the map is sorted: past the prefix
        const char* first = name.data() + prefix.size();
        const char* last = name.data() + name.size();
        std::int64_t index = -1;
        auto [ptr, ec] = std::from_chars(first, last, index);
        if (ec != std::errc{} || ptr == first || ptr == last || *ptr != '.') continue;
        count = std::max(count, index + 1);
    }
    return count;
}

bool TensorTable::anyKeyStartsWith(std::string_view prefix) const {
    auto it = tensors_.lower_bound(prefix);
    return it != tensors_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool TensorTable::anyKeyContains(std::string_view fragment) const {
    return std::any_of(tensors_.begin(), tensors_.end(),
                       [&](const auto& kv) { return kv.first.find(fragment) != std::string::npos; });
}

std::vector<std::string> TensorTable::firstNames(std::size_t n) const {
    std::vector<std::string> names;
    for (const auto& [name, meta] : tensors_) {
        if (names.size() == n) break;
        names.push_back(name);
    }
    return names;
}

std::uint64_t TensorTable::parameterCount() const {
    std::uint64_t total = 0;
    for (const auto& [name, meta] : tensors_) total += meta.numel();
    return total;
}

DType TensorTable::dominantDType() const {
    std::map<DType, std::uint64_t> values;
    for (const auto& [name, meta] : tensors_) values[meta.dtype] += meta.numel();
    DType best = DType::BF16;
    std::uint64_t bestCount = 0;
    for (const auto& [dtype, count] : values) {
        if (count > bestCount) {
            best = dtype;
            bestCount = count;
        }
    }
    return best;
}

TensorTable tableFromHeaders(const CheckpointHeaders& headers, std::string_view prefix) {
    TensorTable table;
    for (const auto& [name, where] : headers.index) {
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        const TensorInfo& info = headers.shards.at(where.first).header.tensors.at(where.second);
        table.add(name.substr(prefix.size()), info.dtype, info.shape);
    }
    return table;
}

std::string formatShape(const Shape& shape) { return fmt::format("[{}]", fmt::join(shape, ", ")); }

}  // namespace songloom::catalog
