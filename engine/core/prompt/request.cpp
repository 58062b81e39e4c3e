// A generation request's text fields: checked against the published ranges (shared/seeds: bpm 30-300,
// time signature 2/3/4/6, key "{A-G}{#|b|♯|♭|} {major|minor}", the 51 language codes, duration up to
// 10 minutes), then turned into the prompt strings and their token batches.
#include "songloom/prompts.h"
#include "songloom/tokenizer.h"

#include "tokenizer/utf8.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace songloom {

namespace {

Status invalid(std::string message) { return Status::error(ErrorCode::InvalidArgument, std::move(message)); }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(const std::vector<std::string>& values, std::string_view v) {
    return std::find(values.begin(), values.end(), v) != values.end();
}

// "C major", "F# minor", "Bb major", "B♭ major" (mode in any case: the official API's examples write
// "C Major").
bool validKeyScale(std::string_view key) {
    if (key.empty() || std::string_view("ABCDEFG").find(key.front()) == std::string_view::npos) return false;
    key.remove_prefix(1);
    for (std::string_view accidental : {"#", "b", "\u266F", "\u266D"}) {
        if (key.starts_with(accidental)) {
            key.remove_prefix(accidental.size());
            break;
        }
    }
    if (!key.starts_with(' ')) return false;
    key.remove_prefix(1);
    const std::string mode = lowerAscii(key);
    return mode == "major" || mode == "minor";
}

Status checkText(std::string_view field, std::size_t item, std::size_t batch, std::string_view text) {
    if (!bpe::isValidUtf8(text)) {
        return invalid(batch > 1 ? fmt::format("{}[{}] is not valid UTF-8 text", field, item)
                                 : fmt::format("{} is not valid UTF-8 text", field));
    }
    return Status::ok();
}

Status checkTrack(std::string_view field, std::string_view name) {
    if (!contains(trackNames(), lowerAscii(name))) {
        return invalid(fmt::format("{} \"{}\" is not a track ACE-Step knows; allowed: {}", field, name,
                                   fmt::join(trackNames(), ", ")));
    }
    return Status::ok();
}

}  // namespace

Status validatePromptRequest(const PromptRequest& r) {
    const std::size_t batch = r.captions.size();
    if (batch == 0) return invalid("caption: at least one caption is needed (the batch size is the number of captions)");
    if (r.lyrics.size() != batch) {
        return invalid(fmt::format("lyrics: one entry per caption is needed ({} caption(s), {} lyrics; use \"\" for none)",
                                   batch, r.lyrics.size()));
    }
    if (r.languages.size() != 1 && r.languages.size() != batch) {
        return invalid(fmt::format("vocal_language: give one code for the whole batch or one per caption ({}), not {}",
                                   batch, r.languages.size()));
    }
    for (std::size_t i = 0; i < batch; ++i) {
        if (Status s = checkText("caption", i, batch, r.captions[i]); !s) return s;
        if (Status s = checkText("lyrics", i, batch, r.lyrics[i]); !s) return s;
    }
    for (const std::string& language : r.languages) {
        if (!contains(vocalLanguages(), language)) {
            return invalid(fmt::format("vocal_language \"{}\" is not supported; allowed: {}", language,
                                       fmt::join(vocalLanguages(), ", ")));
        }
    }
    const CaptionMetas& m = r.metas;
    if (m.bpm && (*m.bpm < kMinBpm || *m.bpm > kMaxBpm)) {
        return invalid(fmt::format("bpm {} is out of range: allowed {}-{} beats per minute, or unset for N/A", *m.bpm,
                                   kMinBpm, kMaxBpm));
    }
    if (!trimmed(m.timeSignature).empty() && !contains(timeSignatures(), m.timeSignature)) {
        return invalid(fmt::format("timesignature \"{}\" is not supported; allowed: {} (beats per bar), or empty for N/A",
                                   m.timeSignature, fmt::join(timeSignatures(), ", ")));
    }
    if (!trimmed(m.keyScale).empty() && !validKeyScale(m.keyScale)) {
        return invalid(fmt::format("keyscale \"{}\" is not a key: write a note A-G, an optional #, b, \u266F or \u266D, a "
                                   "space and major or minor (\"C major\", \"F# minor\"), or leave it empty for N/A",
                                   m.keyScale));
    }
    if (!std::isfinite(m.durationSeconds) || m.durationSeconds < kMinDurationSeconds ||
        m.durationSeconds > kMaxDurationSeconds) {
        return invalid(fmt::format("duration {} s is out of range: allowed {}-{} seconds", m.durationSeconds,
                                   kMinDurationSeconds, kMaxDurationSeconds));
    }
    const bool trackTask = r.task == TaskType::Extract || r.task == TaskType::Lego;
    if (!r.trackName.empty()) {
        if (!trackTask) {
            return invalid(fmt::format("track_name applies to the extract and lego tasks only, not {}", taskTypeName(r.task)));
        }
        if (Status s = checkTrack("track_name", r.trackName); !s) return s;
    }
    if (!r.completeTrackClasses.empty()) {
        if (r.task != TaskType::Complete) {
            return invalid(fmt::format("complete_track_classes applies to the complete task only, not {}",
                                       taskTypeName(r.task)));
        }
        for (const std::string& name : r.completeTrackClasses) {
            if (Status s = checkTrack("complete_track_classes", name); !s) return s;
        }
    }
    if (r.instruction) {
        if (trimmed(*r.instruction).empty()) return invalid("instruction is empty: leave it unset to use the task's own");
        if (!bpe::isValidUtf8(*r.instruction)) return invalid("instruction is not valid UTF-8 text");
    }
    return Status::ok();
}

Result<PromptTexts> buildPrompts(const PromptRequest& r) {
    if (Status s = validatePromptRequest(r); !s) return s;
    PromptTexts out;
    out.instruction = r.instruction ? finishInstruction(*r.instruction)
                                    : taskInstruction(r.task, r.trackName, r.completeTrackClasses);
    for (std::size_t i = 0; i < r.captions.size(); ++i) {
        out.captions.push_back(captionPrompt(out.instruction, r.captions[i], r.metas));
        out.lyrics.push_back(lyricPrompt(r.languages.size() == 1 ? r.languages[0] : r.languages[i], r.lyrics[i]));
    }
    return out;
}

Result<EncodedPrompts> tokenizePrompts(const Tokenizer& tokenizer, const PromptTokenizerConfig& config,
                                       const PromptTexts& texts, std::size_t maxCaptionTokens, std::size_t maxLyricTokens) {
    if (texts.captions.size() != texts.lyrics.size()) {
        return Status::error(ErrorCode::InvalidArgument,
                             fmt::format("{} caption prompt(s) but {} lyric prompt(s): one each per item",
                                         texts.captions.size(), texts.lyrics.size()));
    }
    auto caption = tokenizeBatch(tokenizer, texts.captions, maxCaptionTokens, config);
    if (!caption) return caption.status();
    auto lyric = tokenizeBatch(tokenizer, texts.lyrics, maxLyricTokens, config);
    if (!lyric) return lyric.status();
    return EncodedPrompts{std::move(*caption), std::move(*lyric)};
}

}  // namespace songloom
