// Task instructions and the caption / lyric prompt strings (engine-spec-diffusers 2.3, spec-vae 4.3-4.5,
// spec-dit 6.2). The strings are the ones the text encoder was trained on: every newline counts.
#include "songloom/prompts.h"

#include <fmt/format.h>

#include <cctype>
#include <cmath>

namespace songloom {

namespace {

std::string upperAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// Python's `not (s and s.strip())` for the values validation lets through (ASCII): empty or only
// whitespace.
bool blank(std::string_view s) {
    for (char c : s) {
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    }
    return true;
}

}  // namespace

const char* taskTypeName(TaskType task) {
    switch (task) {
        case TaskType::Text2Music: return "text2music";
        case TaskType::Repaint: return "repaint";
        case TaskType::Cover: return "cover";
        case TaskType::Extract: return "extract";
        case TaskType::Lego: return "lego";
        case TaskType::Complete: return "complete";
    }
    return "text2music";
}

const std::vector<TaskType>& allTaskTypes() {
    static const std::vector<TaskType> all = {TaskType::Text2Music, TaskType::Repaint, TaskType::Cover,
                                              TaskType::Extract,    TaskType::Lego,    TaskType::Complete};
    return all;
}

std::optional<TaskType> parseTaskType(std::string_view name) {
    for (TaskType t : allTaskTypes()) {
        if (name == taskTypeName(t)) return t;
    }
    return std::nullopt;
}

const std::vector<std::string>& trackNames() {
    static const std::vector<std::string> names = {"woodwinds", "brass",    "fx",   "synth", "strings",        "percussion",
                                                   "keyboard",  "guitar",   "bass", "drums", "backing_vocals", "vocals"};
    return names;
}

const std::vector<std::string>& vocalLanguages() {
    static const std::vector<std::string> codes = {
        "ar", "az", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hr",
        "ht", "hu", "id", "is", "it", "ja", "ko", "la", "lt", "ms", "ne", "nl", "no", "pa", "pl", "pt", "ro",
        "ru", "sa", "sk", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi", "yue", "zh", "unknown"};
    return codes;
}

const std::vector<std::string>& timeSignatures() {
    static const std::vector<std::string> values = {"2", "3", "4", "6"};
    return values;
}

std::string taskInstruction(TaskType task, std::string_view trackName, std::span<const std::string> completeTrackClasses) {
    switch (task) {
        case TaskType::Text2Music: return "Fill the audio semantic mask based on the given conditions:";
        case TaskType::Repaint: return "Repaint the mask area based on the given conditions:";
        case TaskType::Cover: return "Generate audio semantic tokens based on the given conditions:";
        case TaskType::Extract:
            if (trackName.empty()) return "Extract the track from the audio:";
            return fmt::format("Extract the {} track from the audio:", upperAscii(trackName));
        case TaskType::Lego:
            if (trackName.empty()) return "Generate the track based on the audio context:";
            return fmt::format("Generate the {} track based on the audio context:", upperAscii(trackName));
        case TaskType::Complete: {
            if (completeTrackClasses.empty()) return "Complete the input track:";
            std::string classes;
            for (std::size_t i = 0; i < completeTrackClasses.size(); ++i) {
                if (i != 0) classes += " | ";
                classes += upperAscii(completeTrackClasses[i]);
            }
            return fmt::format("Complete the input track with {}:", classes);
        }
    }
    return "Fill the audio semantic mask based on the given conditions:";
}

std::string finishInstruction(std::string_view instruction) {
    std::string out(instruction);
    if (out.empty() || out.back() != ':') out += ':';
    return out;
}

std::string formatMetas(const CaptionMetas& metas) {
    const std::string bpm = metas.bpm && *metas.bpm > 0 ? std::to_string(*metas.bpm) : "N/A";
    const std::string ts = blank(metas.timeSignature) ? "N/A" : metas.timeSignature;
    const std::string ks = blank(metas.keyScale) ? "N/A" : metas.keyScale;
    // int(duration): truncation toward zero. Only reached with a finite positive duration.
    const std::string duration = std::isfinite(metas.durationSeconds) && metas.durationSeconds > 0
                                     ? fmt::format("{} seconds", static_cast<long long>(std::trunc(metas.durationSeconds)))
                                     : std::string("30 seconds");
    return fmt::format("- bpm: {}\n- timesignature: {}\n- keyscale: {}\n- duration: {}\n", bpm, ts, ks, duration);
}

std::string captionPrompt(std::string_view instruction, std::string_view caption, const CaptionMetas& metas) {
    return fmt::format("# Instruction\n{}\n\n# Caption\n{}\n\n# Metas\n{}<|endoftext|>\n", instruction, caption,
                       formatMetas(metas));
}

std::string lyricPrompt(std::string_view language, std::string_view lyrics) {
    return fmt::format("# Languages\n{}\n\n# Lyric\n{}<|endoftext|>", language, lyrics);
}

}  // namespace songloom
