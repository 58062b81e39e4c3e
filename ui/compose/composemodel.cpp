#include "compose/composemodel.h"

namespace songloom::ui {

// `r` carries what the page has no field for (batch size, source audio ...); the page's fields and the
// variant picker's values replace the rest.
GenerationRequest toGenerationRequest(const ComposeState& s, GenerationRequest r) {
    r.task = s.task;
    r.caption = s.caption.toStdString();
    r.negativePrompt = s.negativePrompt.trimmed().toStdString();
    r.lyrics = s.instrumental ? std::string() : s.lyrics.toStdString();
    r.instrumental = s.instrumental;
    r.durationSeconds = s.durationSeconds;
    r.batchSize = s.batchSize;
    r.bpm = s.bpm;
    r.keyScale = s.keyScale.toStdString();
    r.timeSignature = s.timeSignature.toStdString();
    r.vocalLanguage = s.instrumental ? std::string("unknown") : s.vocalLanguage.toStdString();
    r.model = s.model.toStdString();
    r.steps = s.steps;
    r.guidanceScale = s.guidanceScale;
    r.guidanceType = s.guidanceType;
    r.shift = s.shift;
    r.seed = s.seed;
    r.guidanceIntervalStart = s.guidanceIntervalStart;
    r.guidanceIntervalEnd = s.guidanceIntervalEnd;
    return r;
}

ComposeState composeStateOf(const GenerationRequest& r) {
    ComposeState s;
    s.caption = QString::fromStdString(r.caption);
    s.negativePrompt = QString::fromStdString(r.negativePrompt);
    s.lyrics = QString::fromStdString(r.lyrics);
    s.durationSeconds = r.durationSeconds.value_or(s.durationSeconds);
    s.batchSize = r.batchSize.value_or(1);
    s.bpm = r.bpm;
    s.keyScale = QString::fromStdString(r.keyScale);
    s.timeSignature = QString::fromStdString(r.timeSignature);
    s.instrumental = r.instrumental.value_or(false);
    // An instrumental stores "unknown"; the page keeps its language choice for when vocals come back.
    if (r.vocalLanguage && *r.vocalLanguage != "unknown")
        s.vocalLanguage = QString::fromStdString(*r.vocalLanguage);
    return s;
}

ComposeField fieldOfError(const QString& message) {
    static const struct {
        const char* prefix;
        ComposeField field;
    } table[] = {
        {"caption", ComposeField::Caption},         {"negative_prompt", ComposeField::NegativePrompt},
        {"lyrics", ComposeField::Lyrics},           {"duration", ComposeField::Duration},
        {"bpm", ComposeField::Bpm},                 {"keyscale", ComposeField::KeyScale},
        {"key_scale", ComposeField::KeyScale},      {"timesignature", ComposeField::TimeSignature},
        {"time_signature", ComposeField::TimeSignature}, {"vocal_language", ComposeField::Language},
    };
    qsizetype end = 0;
    while (end < message.size() && (message[end].isLetterOrNumber() || message[end] == QLatin1Char('_')))
        ++end;
    const QString head = message.left(end);
    for (const auto& entry : table)
        if (head == QLatin1String(entry.prefix))
            return entry.field;
    return ComposeField::Other;
}

ComposeCheck checkComposeState(const ComposeState& state) {
    const Status status = validateRequest(toGenerationRequest(state), /*checkFiles=*/false);
    if (status)
        return {};
    const QString message = QString::fromStdString(status.message());
    return {false, fieldOfError(message), message};
}

}  // namespace songloom::ui
