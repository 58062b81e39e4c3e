#include "catalog/key_check.h"

#include <fmt/format.h>

namespace songloom::catalog {

KeyCheck checkKeys(const TensorTable& actual, const ExpectedTensors& expected,
                   const std::function<bool(const Shape&, const Shape&)>& sameShape,
                   const std::function<bool(const std::string&)>& ignored) {
    KeyCheck check;
    for (const auto& [name, shape] : expected) {
        const TensorMeta* t = actual.find(name);
        if (t == nullptr) {
            check.missing.push_back(name);
            continue;
        }
        const bool same = sameShape ? sameShape(t->shape, shape) : t->shape == shape;
        if (!same) {
            check.wrongShape.push_back(
                fmt::format("{} is {}, expected {}", name, formatShape(t->shape), formatShape(shape)));
        }
    }
    for (const auto& [name, meta] : actual) {
        if (expected.find(name) == expected.end() && !(ignored && ignored(name))) check.unexpected.push_back(name);
    }
    return check;
}

std::string listNames(const std::vector<std::string>& names, std::size_t maxNames) {
    std::string out;
    const std::size_t shown = std::min(names.size(), maxNames);
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += ", ";
        out += names[i];
    }
    if (names.size() > shown) out += fmt::format(" and {} more", names.size() - shown);
    return out;
}

std::vector<std::string> describeKeyCheck(const KeyCheck& check, std::size_t maxNames) {
    std::vector<std::string> problems;
    if (!check.missing.empty()) {
        problems.push_back(fmt::format("{} expected tensor(s) missing: {}", check.missing.size(),
                                       listNames(check.missing, maxNames)));
    }
    if (!check.unexpected.empty()) {
        problems.push_back(fmt::format("{} unexpected tensor(s): {}", check.unexpected.size(),
                                       listNames(check.unexpected, maxNames)));
    }
    if (!check.wrongShape.empty()) {
        problems.push_back(fmt::format("{} tensor(s) with the wrong shape: {}", check.wrongShape.size(),
                                       listNames(check.wrongShape, maxNames)));
    }
    return problems;
}

}  // namespace songloom::catalog
