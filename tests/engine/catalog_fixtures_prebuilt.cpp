// fixtureRoot() for the ASan catalog test: the fixtures a ctest FIXTURES_SETUP step wrote with the
// normal (uninstrumented) fixture writer, catalog_write_fixtures.
#include "catalog_support.h"

namespace songloom::catalog_test {

fs::path fixtureRoot(const std::string& scale) { return fs::path(SONGLOOM_CATALOG_FIXTURE_DIR) / scale; }

}  // namespace songloom::catalog_test
