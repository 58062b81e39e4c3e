// The strict one-to-one match the architecture guide asks for, done on headers only: which expected
// tensors are missing, which names are unexpected, which have the wrong shape.
#pragma once

#include "catalog/tensor_table.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace songloom::catalog {

using ExpectedTensors = std::map<std::string, Shape, std::less<>>;

struct KeyCheck {
    std::vector<std::string> missing;
    std::vector<std::string> unexpected;
    std::vector<std::string> wrongShape;  // "name is [a, b], expected [c, d]"
    bool clean() const { return missing.empty() && unexpected.empty() && wrongShape.empty(); }
};

// `sameShape` decides shape equality (default: exact); `ignored` names are neither expected nor unexpected.
KeyCheck checkKeys(const TensorTable& actual, const ExpectedTensors& expected,
                   const std::function<bool(const Shape& actual, const Shape& expected)>& sameShape = {},
                   const std::function<bool(const std::string& name)>& ignored = {});

// Problem sentences for a component, each listing at most `maxNames` names ("and 12 more").
std::vector<std::string> describeKeyCheck(const KeyCheck& check, std::size_t maxNames = 6);

// "a, b, c and 4 more"
std::string listNames(const std::vector<std::string>& names, std::size_t maxNames);

}  // namespace songloom::catalog
