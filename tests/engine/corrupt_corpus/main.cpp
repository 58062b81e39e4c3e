// songloom-corrupt-corpus OUTDIR: writes the corrupted-file corpus and OUTDIR/manifest.json.
#include "corpus.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: songloom-corrupt-corpus OUTDIR\n"
                     "Writes files every Songloom reader must refuse, and OUTDIR/manifest.json with the error\n"
                     "code and message substring expected for each.\n";
        return 2;
    }
    try {
        const auto cases = songloom::testsupport::writeCorruptCorpus(argv[1]);
        std::cout << "wrote " << cases.size() << " corrupt files to " << argv[1] << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "songloom-corrupt-corpus: " << e.what() << "\n";
        return 1;
    }
}
