#include "tokenizer/nfc.h"

#include "tokenizer/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>

namespace songloom::bpe {
namespace {

// Hangul composes algorithmically, outside utf8proc's property table: conjoining jamo combine into
// syllables (and an LV syllable with a trailing jamo), so jamo are never inert. A syllable is never the
// second element of a composition, and the jamo that could follow it is itself not inert.
bool isHangulJamo(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
}
bool isHangulSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

bool isInertCodePoint(char32_t cp) {
    // Below U+0300 every character is NFC-stable and none is the second half of a composition (those
    // are combining marks, Hangul jamo and a few vowel signs, all higher), so a following mark that
    // would compose with it sends the whole string down the slow path anyway.
    if (cp < 0x300) return true;
    if (isHangulJamo(cp)) return false;
    if (isHangulSyllable(cp)) return true;
#if UTF8PROC_VERSION_MAJOR == 2 && UTF8PROC_VERSION_MINOR < 9
    // utf8proc 2.8 (Debian bookworm): comb_index is UINT16_MAX for characters outside every canonical
    // composition, below 0x8000 for first elements and from 0x8000 for second elements. A first element
    // (e.g. Cyrillic и, which takes a breve) stays inert: what it composes with is a mark that is not.
    const utf8proc_property_t* prop = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    const bool second = prop->comb_index != UINT16_MAX && prop->comb_index >= 0x8000;
    return prop->combining_class == 0 && prop->decomp_seqindex == UINT16_MAX && !second;
#else
    return false;  // property layout changed in utf8proc 2.9: always normalise
#endif
}

}  // namespace

bool isNfcInert(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        if (!isInertCodePoint(nextCodePoint(text, pos))) return false;
    }
    return true;
}

std::string toNfc(std::string_view text) {
    if (isNfcInert(text)) return std::string(text);
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t len =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                     &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
    // The input is valid UTF-8, so utf8proc can only fail for lack of memory.
    if (len < 0) throw std::bad_alloc();
    return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
}

}  // namespace songloom::bpe
