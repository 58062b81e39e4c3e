#include "editor/editplan.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace songloom::ui {

namespace {

QString seconds(double s) {
    return QString::number(s, 'f', 2);
}

// The take's own request, ready for a new edit: a fresh random seed, the batch, nothing left from an earlier
// edit of it.
GenerationRequest fromBase(const GenerationRequest& base, const QString& caption, const QString& lyrics, int takes) {
    GenerationRequest r = base;
    r.seed = -1;
    r.batchSize = takes;
    r.repaintStart.reset();
    r.repaintEnd.reset();
    r.coverStrength.reset();
    r.coverMode.reset();
    r.keepSourceAudio.reset();
    r.crossfadeSeconds.reset();
    r.extendContextSeconds.reset();
    r.referenceAudio.clear();
    if (!caption.trimmed().isEmpty())
        r.caption = caption.trimmed().toStdString();
    if (!lyrics.trimmed().isEmpty())
        r.lyrics = lyrics.toStdString();
    return r;
}

QString checkTakes(int takes, const QString& field) {
    if (takes < 1 || takes > kMaxTakesPerRegion)
        return QCoreApplication::translate("EditPlan", "%1 must be between 1 and %2 (it is %3).").arg(field).arg(kMaxTakesPerRegion).arg(takes);
    return {};
}

BuiltRequest finish(GenerationRequest r) {
    BuiltRequest out;
    // The engine's own checks (ranges, the variant's tasks are checked when it runs); files are checked
    // when the job is queued.
    if (const Status st = validateRequest(r, /*checkFiles=*/false); !st)
        out.error = QString::fromStdString(st.message());
    out.request = std::move(r);
    return out;
}

}  // namespace

BuiltRequest repaintRequest(const GenerationRequest& base, const QString& sourcePath, double sourceSeconds,
                            const RepaintPlan& plan) {
    BuiltRequest out;
    if (QString e = checkTakes(plan.takes, QCoreApplication::translate("EditPlan", "Takes per region")); !e.isEmpty())
        return out.error = e, out;
    if (!(plan.start >= 0.0) || !(plan.end <= sourceSeconds + 1e-9) || !(plan.end > plan.start))
        return out.error = QCoreApplication::translate("EditPlan", "The region %1–%2 s must lie within the take (0–%3 s) and end after it starts.")
                               .arg(seconds(plan.start), seconds(plan.end), seconds(sourceSeconds)),
               out;
    if (plan.end - plan.start < kMinRegionSeconds)
        return out.error = QCoreApplication::translate("EditPlan", "The region is %1 s long; a repaint needs at least %2 s.")
                               .arg(seconds(plan.end - plan.start), seconds(kMinRegionSeconds)),
               out;
    GenerationRequest r = fromBase(base, plan.caption, plan.lyrics, plan.takes);
    r.task = TaskType::Repaint;
    r.sourceAudio = sourcePath.toStdString();
    r.repaintStart = RegionEdge{plan.start, RegionAnchor::Start};
    r.repaintEnd = RegionEdge{std::min(plan.end, sourceSeconds), RegionAnchor::Start};
    r.keepSourceAudio = true;
    return finish(std::move(r));
}

BuiltRequest extendRequest(const GenerationRequest& base, const QString& sourcePath, double sourceSeconds,
                           const ExtendPlan& plan) {
    BuiltRequest out;
    if (QString e = checkTakes(plan.takes, QCoreApplication::translate("EditPlan", "Takes")); !e.isEmpty())
        return out.error = e, out;
    if (!(plan.seconds > 0.0) || plan.seconds > kMaxExtendSeconds)
        return out.error = QCoreApplication::translate("EditPlan", "Extend by must be more than 0 and at most %1 s (it is %2 s).")
                               .arg(kMaxExtendSeconds)
                               .arg(seconds(plan.seconds)),
               out;
    if (sourceSeconds + plan.seconds > kMaxSongSeconds + 1e-9)
        return out.error = QCoreApplication::translate("EditPlan", "The song would be %1 s long; the model makes at most %2 s. Extend by at most %3 s.")
                               .arg(seconds(sourceSeconds + plan.seconds))
                               .arg(kMaxSongSeconds)
                               .arg(seconds(std::max(0.0, kMaxSongSeconds - sourceSeconds))),
               out;
    if (plan.contextSeconds && (!(*plan.contextSeconds > 0.0) || *plan.contextSeconds > kMaxSongSeconds))
        return out.error = QCoreApplication::translate("EditPlan", "Context must be more than 0 and at most %1 s (it is %2 s).")
                               .arg(kMaxSongSeconds)
                               .arg(seconds(*plan.contextSeconds)),
               out;
    GenerationRequest r = fromBase(base, plan.caption, plan.lyrics, plan.takes);
    r.task = TaskType::Repaint;
    r.sourceAudio = sourcePath.toStdString();
    if (plan.before) {
        r.repaintStart = RegionEdge{-plan.seconds, RegionAnchor::Start};
        r.repaintEnd = RegionEdge{0.0, RegionAnchor::Start};
    } else {
        r.repaintStart = RegionEdge{0.0, RegionAnchor::End};
        r.repaintEnd = RegionEdge{-plan.seconds, RegionAnchor::End};
    }
    r.keepSourceAudio = true;
    r.extendContextSeconds = plan.contextSeconds;
    // The whole song's length, so the request states what will come out.
    r.durationSeconds = std::min(kMaxSongSeconds, std::max(1.0, sourceSeconds + plan.seconds));
    return finish(std::move(r));
}

BuiltRequest coverRequest(const GenerationRequest& base, const QString& sourcePath, const CoverPlan& plan) {
    BuiltRequest out;
    if (QString e = checkTakes(plan.takes, QCoreApplication::translate("EditPlan", "Takes")); !e.isEmpty())
        return out.error = e, out;
    if (sourcePath.isEmpty())
        return out.error = QCoreApplication::translate("EditPlan", "Choose the source audio: a take or an audio file."), out;
    if (!(plan.strength >= 0.0 && plan.strength <= 1.0))
        return out.error = QCoreApplication::translate("EditPlan", "Strength must be between 0 and 1 (it is %1).").arg(plan.strength), out;
    GenerationRequest r = fromBase(base, plan.caption, plan.lyrics, plan.takes);
    r.task = TaskType::Cover;
    r.sourceAudio = sourcePath.toStdString();
    r.coverStrength = plan.strength;
    r.coverMode = plan.mode;
    r.referenceAudio = plan.referencePath.toStdString();
    return finish(std::move(r));
}

Composed composeRegions(const audio::AudioBuffer& source, const QList<RegionSplice>& splices) {
    Composed out;
    const int rate = source.sampleRate;
    const std::int64_t frames = source.frames();
    struct Span {
        std::int64_t a, b;
        int index;
    };
    std::vector<Span> spans;
    for (int i = 0; i < splices.size(); ++i) {
        const RegionSplice& s = splices[i];
        if (!s.take)
            return out.error = QCoreApplication::translate("EditPlan", "Region %1 has no take chosen.").arg(i + 1), out;
        if (s.take->sampleRate != rate || s.take->channels != source.channels || s.take->frames() != frames)
            return out.error = QCoreApplication::translate("EditPlan", "The take for region %1 does not match the song (%2 Hz, %3 channels, %4 frames "
                                  "against %5 Hz, %6 channels, %7 frames).")
                                   .arg(i + 1)
                                   .arg(s.take->sampleRate)
                                   .arg(s.take->channels)
                                   .arg(s.take->frames())
                                   .arg(rate)
                                   .arg(source.channels)
                                   .arg(frames),
                   out;
        const auto a = static_cast<std::int64_t>(std::llround(s.start * rate));
        const auto b = static_cast<std::int64_t>(std::llround(s.end * rate));
        if (a < 0 || b > frames || b <= a)
            return out.error = QCoreApplication::translate("EditPlan", "Region %1 (%2–%3 s) is not inside the song.").arg(i + 1).arg(seconds(s.start), seconds(s.end)),
                   out;
        spans.push_back({a, b, i});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.a < y.a; });
    for (std::size_t i = 1; i < spans.size(); ++i)
        if (spans[i].a < spans[i - 1].b)
            return out.error = QCoreApplication::translate("EditPlan", "Regions %1 and %2 overlap; keep one of them.")
                                   .arg(spans[i - 1].index + 1)
                                   .arg(spans[i].index + 1),
                   out;
    auto result = std::make_shared<audio::AudioBuffer>(source);
    const int ch = source.channels;
    for (const Span& s : spans) {
        const audio::AudioBuffer& take = *splices[s.index].take;
        std::copy(take.samples.begin() + s.a * ch, take.samples.begin() + s.b * ch, result->samples.begin() + s.a * ch);
    }
    out.audio = std::move(result);
    return out;
}

}  // namespace songloom::ui
