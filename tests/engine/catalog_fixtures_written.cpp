// fixtureRoot() for the normal catalog test: every fixture of the scale, written once per test process
// into a temporary folder by the fixture library (real scale: sparse files, headers only).
#include "catalog_support.h"

#include "songloom/fixtures.h"

#include <map>
#include <memory>
#include <stdexcept>

namespace songloom::catalog_test {

fs::path fixtureRoot(const std::string& scale) {
    static std::map<std::string, std::unique_ptr<TempDir>> written;
    auto& dir = written[scale];
    if (!dir) {
        const auto parsed = fixtures::parseScale(scale);
        if (!parsed) throw std::runtime_error("unknown fixture scale " + scale);
        dir = std::make_unique<TempDir>("catalog-fixtures-" + scale);
        if (Status s = fixtures::writeAll(dir->path(), *parsed, fixtures::kDefaultSeed); !s) {
            throw std::runtime_error("writing fixtures failed: " + s.message());
        }
    }
    return dir->path();
}

}  // namespace songloom::catalog_test
