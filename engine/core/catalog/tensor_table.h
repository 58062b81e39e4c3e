// A name -> (dtype, shape) table: one prefix group of a checkpoint, with the prefix stripped (or one
// diffusers component set mapped back to official names). Classification only ever looks at this.
#pragma once

#include "songloom/safetensors.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::catalog {

using Shape = std::vector<std::int64_t>;

struct TensorMeta {
    DType dtype = DType::F32;
    Shape shape;
    std::uint64_t numel() const;
};

class TensorTable {
public:
    using Map = std::map<std::string, TensorMeta, std::less<>>;

    void add(std::string name, DType dtype, Shape shape);
    const TensorMeta* find(std::string_view name) const;
    bool has(std::string_view name) const { return find(name) != nullptr; }
    // Size of `axis` of tensor `name`, if the tensor exists and has that many axes.
    std::optional<std::int64_t> dim(std::string_view name, std::size_t axis) const;
    // The shape when `name` exists, else empty.
    Shape shape(std::string_view name) const;

    // 1 + the highest i among keys "<prefix>{i}.<...>" (0 when there are none): a missing middle
    // layer then shows up as missing keys instead of silently shrinking the count.
    std::int64_t indexedCount(std::string_view prefix) const;
    bool anyKeyStartsWith(std::string_view prefix) const;
    bool anyKeyContains(std::string_view fragment) const;
    std::vector<std::string> firstNames(std::size_t n) const;

    std::uint64_t parameterCount() const;
    DType dominantDType() const;  // by number of values

    std::size_t size() const { return tensors_.size(); }
    bool empty() const { return tensors_.empty(); }
    Map::const_iterator begin() const { return tensors_.begin(); }
    Map::const_iterator end() const { return tensors_.end(); }

private:
    Map tensors_;
};

// The whole checkpoint (all shards) as one table, keeping only names that start with `prefix`, which is
// stripped. An empty prefix keeps everything.
TensorTable tableFromHeaders(const CheckpointHeaders& headers, std::string_view prefix = {});

std::string formatShape(const Shape& shape);  // "[2048, 192, 2]"

}  // namespace songloom::catalog
