// The Compose page's presenter logic: the page's values as a GenerationRequest, checked with the engine's
// validateRequest, and the engine's error attached to the field it names.
#pragma once

#include "songloom/generation_request.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace songloom::ui {

enum class ComposeField { None, Caption, NegativePrompt, Lyrics, Duration, Bpm, KeyScale, TimeSignature, Language, Other };

struct ComposeState {
    QString caption;
    QString negativePrompt;
    QString lyrics;
    double durationSeconds = 60.0;
    std::optional<int> bpm;         // unset = the model decides
    QString keyScale;               // "" = the model decides, else "C# minor"
    QString timeSignature;          // "" = the model decides, else one of timeSignatures()
    QString vocalLanguage = QStringLiteral("en");
    bool instrumental = false;
    int batchSize = 1;              // variations per run, 1-8

    // From the variant picker; unset values take the variant's defaults in resolveRequest.
    TaskType task = TaskType::Text2Music;
    QString model;                  // the chosen model set's DiT file, or the preset id
    std::optional<int> steps;
    std::optional<double> guidanceScale;
    std::optional<GuidanceType> guidanceType;
    std::optional<double> shift;
    std::optional<std::int64_t> seed;  // unset: random
    std::optional<double> guidanceIntervalStart;
    std::optional<double> guidanceIntervalEnd;
};

struct ComposeCheck {
    bool ok = true;
    ComposeField field = ComposeField::None;
    QString message;  // the engine's text, as it wrote it
};

// The page's fields written over `base` (its other fields -- seed, steps, batch, ... -- kept as they are).
GenerationRequest toGenerationRequest(const ComposeState& state, GenerationRequest base = {});
// The page's fields of a stored request ("use these settings again").
ComposeState composeStateOf(const GenerationRequest& request);
// validateRequest without file checks (a text2music request names no files).
ComposeCheck checkComposeState(const ComposeState& state);
// The field an engine error message is about (messages start with the field's JSON name).
ComposeField fieldOfError(const QString& message);

}  // namespace songloom::ui
