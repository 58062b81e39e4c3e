#include "generate/progresstext.h"

#include <cmath>

namespace songloom::ui {

QString ProgressText::state(JobState state) {
    switch (state) {
    case JobState::Queued: return tr("Waiting");
    case JobState::Running: return tr("Running");
    case JobState::Done: return tr("Done");
    case JobState::Failed: return tr("Failed");
    case JobState::Cancelled: return tr("Stopped");
    case JobState::Interrupted: return tr("Interrupted (the app was closed)");
    }
    return {};
}

QString ProgressText::stage(GenerationStage stage) {
    switch (stage) {
    case GenerationStage::Load: return tr("Loading the models");
    case GenerationStage::EncodeText: return tr("Reading caption and lyrics");
    case GenerationStage::EncodeAudio: return tr("Reading the source audio");
    case GenerationStage::Denoise: return tr("Generating");
    case GenerationStage::Decode: return tr("Decoding audio");
    case GenerationStage::Write: return tr("Saving");
    case GenerationStage::Done: return tr("Finishing");
    }
    return {};
}

QString ProgressText::status(const JobProgress& p) {
    QString text = stage(p.stage);
    if (p.total > 0)
        text = tr("%1 · step %2 of %3").arg(text).arg(p.step).arg(p.total);
    if (p.items > 1)
        text = tr("Take %1 of %2 · %3").arg(p.item + 1).arg(p.items).arg(text);
    return text;
}

QString ProgressText::eta(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds))
        return tr("estimating…");
    const int s = static_cast<int>(std::ceil(seconds));
    if (s < 60)
        return tr("%1 s left").arg(s);
    return tr("%1:%2 left").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace songloom::ui
