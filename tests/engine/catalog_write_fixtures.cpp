// catalog_write_fixtures OUTDIR: writes every fixture at both scales to OUTDIR/tiny and OUTDIR/real
// (ctest setup step for the ASan catalog test, which cannot link the fixture library's core build).
#include "songloom/fixtures.h"

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: catalog_write_fixtures OUTDIR\n";
        return 2;
    }
    namespace fx = songloom::fixtures;
    const std::filesystem::path out = argv[1];
    std::error_code ec;
    std::filesystem::remove_all(out, ec);
    for (fx::Scale scale : {fx::Scale::Tiny, fx::Scale::Real}) {
        if (songloom::Status s = fx::writeAll(out / fx::scaleName(scale), scale, fx::kDefaultSeed); !s) {
            std::cerr << "error: " << s.message() << "\n";
            return 1;
        }
    }
    return 0;
}
