// The text front-end of the DiT: the task instruction, the caption prompt with its metas block, the lyric
// prompt with its language header, and their batched tokenisation -- all exactly as diffusers 0.40.0's
// AceStepPipeline builds them (engine-spec-diffusers 2.3, engine-spec-vae-text-lm 4.3-4.5, engine-spec-dit
// 4.1, 6.2). Torch-free: ids and masks come back as plain row-major vectors.
//
// Decisions (documented in docs/prompts.md):
// * bpm is an integer (the APIs in shared/seeds carry an integer, 30-300), so the metas print it the way
//   Python's str(int) does: plain decimal digits. diffusers would print a float 120.0 as "120.0"; our
//   requests never carry one.
// * duration is seconds as a double; the metas print int() of it (truncation toward zero).
// * Batches are tokenised in one call as diffusers does: truncation keeps room for the appended EOS, then
//   every row is padded to the longest on the tokenizer's padding_side (tokenizer_config.json, default
//   right) with its pad token (<|endoftext|>, 151643).
#pragma once

#include "songloom/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace songloom {

class Tokenizer;

enum class TaskType { Text2Music, Repaint, Cover, Extract, Lego, Complete };

const char* taskTypeName(TaskType task);                       // "text2music", "repaint", "cover", ...
std::optional<TaskType> parseTaskType(std::string_view name);  // exact lower-case names
const std::vector<TaskType>& allTaskTypes();

// The stem names ACE-Step was trained with (extract / lego track, complete classes), lower case.
const std::vector<std::string>& trackNames();
// The 51 vocal language codes of the official API (ar ... zh, plus "unknown").
const std::vector<std::string>& vocalLanguages();

// The instruction diffusers picks for a task: the track name upper-cased for extract / lego, the complete
// classes upper-cased and joined with " | ", the default sentence without a track. Always ends with ':'.
std::string taskInstruction(TaskType task, std::string_view trackName = {},
                            std::span<const std::string> completeTrackClasses = {});
// A user instruction as the prompt carries it: ':' appended unless it already ends with one.
std::string finishInstruction(std::string_view instruction);

// The metas block of the caption prompt. Unset / blank values print as "N/A".
struct CaptionMetas {
    std::optional<int> bpm;        // > 0 prints as decimal digits; unset or <= 0 prints "N/A"
    std::string timeSignature;     // verbatim ("4"), blank -> "N/A"
    std::string keyScale;          // verbatim ("C major"), blank -> "N/A"
    double durationSeconds = 60.0; // int()-truncated; not > 0 -> "30 seconds" (diffusers' fallback)
};
std::string formatMetas(const CaptionMetas& metas);

// "# Instruction\n{instruction}\n\n# Caption\n{caption}\n\n# Metas\n{metas}<|endoftext|>\n"
// (`instruction` is used as given: pass taskInstruction() or finishInstruction() output).
std::string captionPrompt(std::string_view instruction, std::string_view caption, const CaptionMetas& metas);
// "# Languages\n{language}\n\n# Lyric\n{lyrics}<|endoftext|>"
std::string lyricPrompt(std::string_view language, std::string_view lyrics);

// ---- batched tokenisation ------------------------------------------------------------------------------

enum class PaddingSide { Right, Left };

// How the text encoder's tokenizer pads, read from its folder the way transformers does.
struct PromptTokenizerConfig {
    PaddingSide paddingSide = PaddingSide::Right;
    std::int32_t padId = 151643;  // <|endoftext|>
};
// From `tokenizer_config.json` in `folder` (padding_side: "left" / "right", absent = right; pad_token as a
// string or {"content": ...}, else from special_tokens_map.json), the pad token's id looked up in
// `tokenizer`. A folder without tokenizer_config.json gives the defaults above when the tokenizer knows
// <|endoftext|>. Errors name the file and the member.
Result<PromptTokenizerConfig> readPromptTokenizerConfig(const std::filesystem::path& folder, const Tokenizer& tokenizer);

// A padded batch, row-major: ids[b * length + i], mask 1 for a real token, 0 for padding.
struct TokenBatch {
    std::size_t batch = 0;
    std::size_t length = 0;  // the longest row after truncation
    std::vector<std::int32_t> ids;
    std::vector<std::uint8_t> mask;

    std::span<const std::int32_t> row(std::size_t b) const { return {ids.data() + b * length, length}; }
    std::span<const std::uint8_t> rowMask(std::size_t b) const { return {mask.data() + b * length, length}; }
};

// tokenizer(texts, padding="longest", truncation=True, max_length=maxLength): each text is encoded, cut
// to maxLength minus the tokens the post-processor adds (so the appended EOS is always last), post-
// processed, then padded to the longest row. maxLength must leave room for those tokens.
Result<TokenBatch> tokenizeBatch(const Tokenizer& tokenizer, std::span<const std::string> texts,
                                 std::size_t maxLength, const PromptTokenizerConfig& config);

// ---- one request --------------------------------------------------------------------------------------

inline constexpr int kMinBpm = 30, kMaxBpm = 300;                 // shared/seeds: the ACE-Step API range
inline constexpr double kMinDurationSeconds = 1.0;               // shared/seeds: the widest published range
inline constexpr double kMaxDurationSeconds = 600.0;             //   (1 s minimum, 10 minutes maximum)
inline constexpr std::size_t kMaxCaptionTokens = 256;            // diffusers max_text_length
inline constexpr std::size_t kMaxLyricTokens = 2048;             // diffusers max_lyric_length
const std::vector<std::string>& timeSignatures();                // "2", "3", "4", "6"

// What the text front-end needs of a generation request. Task, instruction and metas apply to the whole
// batch; captions, lyrics and languages are per item (one language is used for every item).
struct PromptRequest {
    TaskType task = TaskType::Text2Music;
    std::string trackName;                          // extract / lego only; empty = the default instruction
    std::vector<std::string> completeTrackClasses;  // complete only; empty = the default instruction
    std::optional<std::string> instruction;         // replaces the task instruction (':' appended)
    CaptionMetas metas;
    std::vector<std::string> captions;              // batch size = captions.size() (>= 1)
    std::vector<std::string> lyrics;                // one per caption; "" = no lyrics
    std::vector<std::string> languages = {"en"};    // one for all, or one per caption
};

// Every field checked; the error names the field and the allowed range or values.
Status validatePromptRequest(const PromptRequest& request);

struct PromptTexts {
    std::string instruction;
    std::vector<std::string> captions;  // the caption prompts, one per item
    std::vector<std::string> lyrics;    // the lyric prompts, one per item
};
// Validates, then builds the strings.
Result<PromptTexts> buildPrompts(const PromptRequest& request);

struct EncodedPrompts {
    TokenBatch caption;  // max kMaxCaptionTokens per row
    TokenBatch lyric;    // max kMaxLyricTokens per row
};
Result<EncodedPrompts> tokenizePrompts(const Tokenizer& tokenizer, const PromptTokenizerConfig& config,
                                       const PromptTexts& texts, std::size_t maxCaptionTokens = kMaxCaptionTokens,
                                       std::size_t maxLyricTokens = kMaxLyricTokens);

}  // namespace songloom
