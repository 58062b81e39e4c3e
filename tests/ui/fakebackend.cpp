#include "fakebackend.h"

#include <QMetaObject>

#include <cmath>

namespace songloom::test {

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
            auto audio = std::make_shared<audio::AudioBuffer>();
            audio->samples.resize(static_cast<std::size_t>(audio::kEngineSampleRate / 2) * 2);  // 0.5 s
            for (std::size_t i = 0; i < audio->samples.size(); ++i)
                audio->samples[i] = 0.3f * std::sin(static_cast<float>(i / 2) * 0.05f * (item + 1));
            ui::TakeDelivery take;
            take.item = item;
            take.seed = seed + item;
            take.audio = audio;
            take.parametersJson = QStringLiteral(R"({"task":"text2music","seed":%1,"caption":"%2"})")
                                      .arg(take.seed).arg(QString::fromStdString(caption));
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
