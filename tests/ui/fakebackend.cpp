#include "fakebackend.h"

#include "editor/lineage.h"

#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace songloom::test {

std::shared_ptr<audio::AudioBuffer> FakeBackend::repaintLikeTheEngine(const GenerationRequest& request, int item,
                                                                      ui::GeneratedRegion* region, std::string* error) {
    auto loaded = audio::loadAudio(request.sourceAudio);
    if (!loaded) {
        *error = loaded.status().message();
        return nullptr;
    }
    const audio::AudioBuffer& source = loaded->audio;
    const double length = source.seconds();
    const auto at = [length](const std::optional<RegionEdge>& edge, double fallback) {
        if (!edge)
            return fallback;
        return edge->anchor == RegionAnchor::Start ? edge->seconds : length - edge->seconds;
    };
    const double start = at(request.repaintStart, 0.0), end = at(request.repaintEnd, length);
    const double before = std::max(0.0, -start), after = std::max(0.0, end - length);
    const auto frames = [](double s) { return static_cast<std::int64_t>(std::llround(s * audio::kEngineSampleRate)); };
    const std::int64_t pre = frames(before), post = frames(after), n = source.frames();
    auto out = std::make_shared<audio::AudioBuffer>();
    out->samples.assign(static_cast<std::size_t>((pre + n + post) * 2), 0.0f);
    std::copy(source.samples.begin(), source.samples.end(), out->samples.begin() + pre * 2);
    // The new part: a tone of this take's own pitch, where the region lies in the output.
    const std::int64_t a = std::max<std::int64_t>(0, frames(start) + pre), b = std::min(pre + n + post, frames(end) + pre);
    for (std::int64_t i = a; i < b; ++i)
        for (int c = 0; c < 2; ++c)
            out->samples[static_cast<std::size_t>(2 * i + c)] = 0.25f * std::sin(static_cast<float>(i) * 0.03f * (item + 1));
    *region = ui::GeneratedRegion{static_cast<double>(a) / audio::kEngineSampleRate, static_cast<double>(b) / audio::kEngineSampleRate,
                                  before, after};
    return out;
}

FakeBackend::~FakeBackend() {
    cancel_ = 1;
    join();
}

void FakeBackend::join() {
    if (worker_) {
        worker_->wait();
        worker_.reset();
    }
}

void FakeBackend::setReady(bool ready) {
    ready_ = ready;
    Q_EMIT readyChanged(ready);
}

void FakeBackend::start(const ui::GenerationJob& job) {
    join();
    ++started;
    jobId_ = job.id;
    cancel_ = 0;
    const int items = job.request.batchSize.value_or(1);
    const quint64 seed = static_cast<quint64>(job.request.seed.value_or(1000));
    const std::string caption = job.request.caption;
    const GenerationRequest request = job.request;
    const int steps = stepsPerTake, ms = msPerStep, every = progressEverySteps;
    const qint64 id = job.id;
    // Every emission is posted to this object, so the signals fire on the GUI thread in order.
    const auto post = [this](auto fn) { QMetaObject::invokeMethod(this, fn, Qt::QueuedConnection); };
    worker_.reset(QThread::create([=, this] {
        const int total = steps * items;
        for (int item = 0; item < items; ++item) {
            for (int step = 1; step <= steps; ++step) {
                QThread::msleep(static_cast<unsigned long>(ms));
                if (cancel_ == 1) {
                    post([this, id] { Q_EMIT finished(id, ui::JobOutcome::Cancelled, {}); });
                    return;
                }
                if (step % every == 0 || step == steps) {
                    ui::JobProgress p;
                    p.stage = ui::GenerationStage::Denoise;
                    p.step = step;
                    p.total = steps;
                    p.item = item;
                    p.items = items;
                    p.fraction = double(item * steps + step) / total;
                    p.etaSeconds = (total - item * steps - step) * ms / 1000.0;
                    post([this, id, p] { Q_EMIT progress(id, p); });
                }
            }
            ui::TakeDelivery take;
            take.item = item;
            take.seed = seed + item;
            take.parametersJson = QStringLiteral(R"({"task":"%3","seed":%1,"caption":"%2"})")
                                      .arg(take.seed)
                                      .arg(QString::fromStdString(caption), QString::fromLatin1(taskTypeName(request.task)));
            if (request.task == TaskType::Repaint && request.keepSourceAudio.value_or(false)) {
                std::string error;
                ui::GeneratedRegion region;
                take.audio = repaintLikeTheEngine(request, item, &region, &error);
                if (!take.audio) {
                    post([this, id, error] { Q_EMIT finished(id, ui::JobOutcome::Failed, QString::fromStdString(error)); });
                    return;
                }
                take.parametersJson = ui::withGeneratedRegion(take.parametersJson, region);
            } else {
                auto audio = std::make_shared<audio::AudioBuffer>();
                audio->samples.resize(static_cast<std::size_t>(audio::kEngineSampleRate / 2) * 2);  // 0.5 s
                for (std::size_t i = 0; i < audio->samples.size(); ++i)
                    audio->samples[i] = 0.3f * std::sin(static_cast<float>(i / 2) * 0.05f * (item + 1));
                take.audio = audio;
            }
            take.tags.caption = caption;
            take.tags.parametersJson = take.parametersJson.toStdString();
            take.modelTitle = QStringLiteral("Fake Turbo");
            take.modelPreset = QStringLiteral("2b-turbo");
            post([this, id, take] { Q_EMIT takeReady(id, take); });
            if (cancel_ == 2 && item + 1 < items) {
                post([this, id] { Q_EMIT finished(id, ui::JobOutcome::Cancelled, {}); });
                return;
            }
        }
        post([this, id] { Q_EMIT finished(id, ui::JobOutcome::Done, {}); });
    }));
    worker_->start();
}

void FakeBackend::cancel(qint64 jobId, ui::StopMode mode) {
    if (jobId != jobId_)
        return;
    if (mode == ui::StopMode::Now)
        cancel_ = 1;
    else {
        int expected = 0;
        cancel_.compare_exchange_strong(expected, 2);
    }
}

}  // namespace songloom::test
