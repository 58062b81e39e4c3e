// Where Songloom's own Qwen3 tokenizer lives: the build writes it to <build>/share/songloom/tokenizer next
// to <build>/bin, the install rule to <prefix>/share/songloom/tokenizer next to <prefix>/bin, so both are
// found from the running executable. Never guessed from model file names.
#include "songloom/model_catalog.h"

#include <system_error>

namespace songloom {

namespace fs = std::filesystem;

fs::path bundledTokenizerFolderFor(const fs::path& executable) {
    if (executable.empty()) return {};
    const fs::path dir = executable.parent_path().parent_path() / "share" / "songloom" / "tokenizer";
    std::error_code ec;
    if (!fs::is_regular_file(dir / "tokenizer.json", ec)) return {};
    const fs::path canonical = fs::weakly_canonical(dir, ec);
    return ec ? dir : canonical;
}

fs::path bundledTokenizerFolder() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);  // Linux: the running program's file
    if (ec) return {};
    return bundledTokenizerFolderFor(self);
}

}  // namespace songloom
