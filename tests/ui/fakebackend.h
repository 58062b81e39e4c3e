// A scripted GenerationBackend for the queue tests: a worker thread that "denoises" for a set time per
// step and delivers a short tone per take, honouring stop-now and stop-after-this-take the way the engine
// does (polled between steps). Signals reach the GUI thread queued, as the real backend's do. A repaint or
// extend that keeps the source is done the engine's way (the region replaced, the rest untouched).
#pragma once

#include "editor/lineage.h"
#include "generate/generationbackend.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace songloom::test {

class FakeBackend : public ui::GenerationBackend {
    Q_OBJECT

public:
    explicit FakeBackend(QObject* parent = nullptr) : GenerationBackend(parent) {}
    ~FakeBackend() override;

    int stepsPerTake = 4;
    int msPerStep = 10;
    int progressEverySteps = 1;
    std::atomic<int> started{0};

    void setReady(bool ready);
    bool isReady() const override { return ready_; }
    void start(const ui::GenerationJob& job) override;
    void cancel(qint64 jobId, ui::StopMode mode) override;

private:
    void join();
    // Repaint / extend keeping the source, as the engine does it: the source read, the region replaced (or
    // the new time added) with a tone, the rest the source sample for sample; `region` is the new part.
    static std::shared_ptr<audio::AudioBuffer> repaintLikeTheEngine(const GenerationRequest& request, int item,
                                                                    ui::GeneratedRegion* region, std::string* error);

    bool ready_ = true;
    std::unique_ptr<QThread> worker_;
    std::atomic<qint64> jobId_{0};
    std::atomic<int> cancel_{0};  // 0 none, 1 now, 2 after the current take
};

}  // namespace songloom::test
