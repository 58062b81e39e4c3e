#include "tokenizer/regex_split.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <fmt/format.h>

#include <new>

namespace songloom::bpe {
namespace {

// Unicode White_Space (PropList.txt), the meaning of \s in Oniguruma and in Rust.
constexpr std::string_view kWhiteSpaceItems =
    "\\t\\n\\x{0B}\\f\\r\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}";

std::string pcre2Message(int code) {
    PCRE2_UCHAR buffer[256];
    const int len = pcre2_get_error_message(code, buffer, sizeof buffer);
    return len < 0 ? fmt::format("PCRE2 error {}", code) : std::string(reinterpret_cast<char*>(buffer), len);
}

}  // namespace

Result<std::string> adaptPatternForPcre2(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size() * 2);
    bool inClass = false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\') {
            if (i + 1 >= pattern.size())
                return Status::error(ErrorCode::Unsupported, "pattern ends with a lone backslash");
            const char e = pattern[++i];
            if (e == 's') {
                out += inClass ? std::string(kWhiteSpaceItems) : fmt::format("[{}]", kWhiteSpaceItems);
            } else if (e == 'S') {
                if (inClass)
                    return Status::error(ErrorCode::Unsupported,
                                         "\\S inside a character class has no PCRE2 translation");
                out += fmt::format("[^{}]", kWhiteSpaceItems);
            } else {
                out += c;
                out += e;
            }
            continue;
        }
        if (!inClass && c == '[') {
            inClass = true;
            out += c;
            // A ']' or '^]' right after the opening bracket is a literal, not the end of the class.
            if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
            if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
            continue;
        }
        if (inClass && c == '[')
            return Status::error(ErrorCode::Unsupported, "nested character classes are not supported");
        if (inClass && c == ']') inClass = false;
        out += c;
    }
    if (inClass) return Status::error(ErrorCode::Unsupported, "pattern has an unterminated character class");
    return out;
}

struct RegexSplitter::Code {
    pcre2_code* code = nullptr;
    ~Code() { pcre2_code_free(code); }
};

RegexSplitter::RegexSplitter(std::unique_ptr<Code> code) : code_(std::move(code)) {}
RegexSplitter::RegexSplitter(RegexSplitter&&) noexcept = default;
RegexSplitter& RegexSplitter::operator=(RegexSplitter&&) noexcept = default;
RegexSplitter::~RegexSplitter() = default;

Result<RegexSplitter> RegexSplitter::compile(std::string_view pattern, std::string_view source) {
    auto adapted = adaptPatternForPcre2(pattern);
    if (!adapted)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: split pattern: {}", source, adapted.status().message()));
    int error = 0;
    PCRE2_SIZE offset = 0;
    auto code = std::make_unique<Code>();
    code->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(adapted->data()), adapted->size(), PCRE2_UTF | PCRE2_UCP,
                               &error, &offset, nullptr);
    if (code->code == nullptr)
        return Status::error(ErrorCode::Unsupported,
                             fmt::format("{}: split pattern does not compile with PCRE2 at offset {}: {}", source,
                                         offset, pcre2Message(error)));
    // JIT is an optimisation only: pcre2_match falls back to the interpreter when it is unavailable.
    pcre2_jit_compile(code->code, PCRE2_JIT_COMPLETE);
    return RegexSplitter(std::move(code));
}

void RegexSplitter::split(std::string_view text, std::vector<std::string_view>& out) const {
    std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> match(
        pcre2_match_data_create_from_pattern(code_->code, nullptr), &pcre2_match_data_free);
    if (!match) throw std::bad_alloc();
    const auto* subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    std::size_t done = 0;  // end of the last piece
    std::size_t from = 0;  // where the next search starts
    while (from < text.size()) {
        const int rc = pcre2_match(code_->code, subject, text.size(), from, PCRE2_NO_UTF_CHECK, match.get(), nullptr);
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) break;  // a resource limit on a pathological pattern: the rest stays one piece
        const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(match.get());
        const std::size_t begin = ovector[0], end = ovector[1];
        if (end == begin) {
            // An empty match splits nothing; step over one character and search again.
            from = begin + 1;
            while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
            continue;
        }
        if (done < begin) out.push_back(text.substr(done, begin - done));
        out.push_back(text.substr(begin, end - begin));
        done = from = end;
    }
    if (done < text.size()) out.push_back(text.substr(done));
}

}  // namespace songloom::bpe
