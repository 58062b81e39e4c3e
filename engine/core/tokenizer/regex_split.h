// The Split pre-tokenizer (spec §3.2 step 3) on PCRE2 with UTF + UCP. HF `tokenizers` runs the pattern on
// Oniguruma; regex_split.cpp rewrites the few constructs whose meaning differs in PCRE2 (see
// adaptPatternForPcre2), so that matches, and therefore pieces, are the same.
#pragma once

#include "songloom/status.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace songloom::bpe {

// Oniguruma's \s is the Unicode White_Space property; PCRE2's \s under UCP also takes U+180E. Every \s
// and \S becomes an explicit White_Space class; inside a class \s is spliced in and \S is refused.
// Everything else is passed through. Returns Unsupported naming the construct it cannot translate.
Result<std::string> adaptPatternForPcre2(std::string_view pattern);

// A compiled pattern. Splitting keeps every byte: matches and the text between them become pieces, in
// order (HF's "Isolated" behaviour). Thread-safe: each call uses its own match data.
class RegexSplitter {
public:
    // `pattern` in HF's (Oniguruma) syntax; `source` names the file in error messages.
    static Result<RegexSplitter> compile(std::string_view pattern, std::string_view source);

    // Appends the pieces of valid UTF-8 `text` to `out` as views into `text`.
    void split(std::string_view text, std::vector<std::string_view>& out) const;

    RegexSplitter(RegexSplitter&&) noexcept;
    RegexSplitter& operator=(RegexSplitter&&) noexcept;
    ~RegexSplitter();

private:
    struct Code;
    explicit RegexSplitter(std::unique_ptr<Code> code);
    std::unique_ptr<Code> code_;
};

}  // namespace songloom::bpe
