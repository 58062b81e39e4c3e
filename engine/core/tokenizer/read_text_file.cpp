#include "tokenizer/tokenizer_spec.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

namespace songloom::bpe {

Result<std::string> readTextFile(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Status::error(ErrorCode::NotFound, fmt::format("{}: no such file", path.string()));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status::error(ErrorCode::Io, fmt::format("{}: cannot open: {}", path.string(), std::strerror(errno)));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return Status::error(ErrorCode::Io, fmt::format("{}: read failed", path.string()));
    return text;
}

}  // namespace songloom::bpe
