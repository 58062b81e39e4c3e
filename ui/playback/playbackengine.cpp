// See playbackengine.h. One QIODevice mixes from the current buffer; a QAudioSink pulls it (pull mode), or,
// with no output device, a timer consumes it at the real-time rate. The position reported is the frame
// being heard: the read position less what the sink still holds in its buffer.
#include "playback/playbackengine.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QElapsedTimer>
#include <QIODevice>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <mutex>
#include <utility>

namespace songloom::ui {

namespace {

constexpr int kRate = audio::kEngineSampleRate;
constexpr int kChannels = 2;
constexpr qint64 kFloatFrameBytes = kChannels * static_cast<qint64>(sizeof(float));

// 48 kHz stereo, converting when needed (mono is duplicated, more channels keep the first two).
std::shared_ptr<const audio::AudioBuffer> normalised(const std::shared_ptr<const audio::AudioBuffer>& in) {
    if (!in || (in->sampleRate == kRate && in->channels == kChannels)) return in;
    audio::AudioBuffer stereo;
    stereo.sampleRate = in->sampleRate;
    stereo.channels = kChannels;
    const auto frames = in->frames();
    stereo.samples.resize(static_cast<std::size_t>(frames) * kChannels);
    for (std::int64_t f = 0; f < frames; ++f) {
        const auto base = static_cast<std::size_t>(f) * static_cast<std::size_t>(in->channels);
        const float l = in->samples[base];
        const float r = in->channels > 1 ? in->samples[base + 1] : l;
        stereo.samples[static_cast<std::size_t>(f) * 2] = l;
        stereo.samples[static_cast<std::size_t>(f) * 2 + 1] = r;
    }
    if (stereo.sampleRate == kRate) return std::make_shared<const audio::AudioBuffer>(std::move(stereo));
    auto resampled = audio::resample(stereo, kRate);
    if (!resampled) return nullptr;
    return std::make_shared<const audio::AudioBuffer>(std::move(*resampled));
}

// The mixer the sink pulls. Frame positions are guarded by a mutex: the sink may read from its own thread.
class MixDevice : public QIODevice {
public:
    std::mutex mutex;
    std::vector<std::shared_ptr<const audio::AudioBuffer>> buffers;
    std::vector<float> gains;
    int current = 0;
    qint64 frame = 0;  // next frame to read
    std::optional<std::pair<qint64, qint64>> loop;
    bool ended = false;
    // The sink's sample format: 32-bit float, or 16-bit integer for outputs that take nothing else.
    bool int16 = false;
    qint64 frameBytes() const { return int16 ? kChannels * static_cast<qint64>(sizeof(qint16)) : kFloatFrameBytes; }

    qint64 frames() const {  // of the current buffer (mutex held)
        return buffers.empty() || !buffers[static_cast<std::size_t>(current)]
                   ? 0
                   : buffers[static_cast<std::size_t>(current)]->frames();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        std::lock_guard lock(mutex);
        const qint64 want = maxSize / frameBytes();
        if (int16)
            scratch.resize(static_cast<std::size_t>(want * kChannels));
        auto* out = int16 ? scratch.data() : reinterpret_cast<float*>(data);
        qint64 done = 0;
        const qint64 total = frames();
        const bool looping = loop && loop->second > loop->first && loop->first < total;
        while (done < want) {
            // A loop holds the playhead once it is inside (or before) the range: reaching its end wraps.
            const qint64 end = looping && frame < loop->second ? std::min(total, loop->second) : total;
            if (frame >= end) break;
            const qint64 n = std::min(want - done, end - frame);
            const auto& buf = *buffers[static_cast<std::size_t>(current)];
            const float g = gains.empty() ? 1.0f : gains[static_cast<std::size_t>(current)];
            const float* src = buf.samples.data() + frame * kChannels;
            for (qint64 i = 0; i < n * kChannels; ++i) out[done * kChannels + i] = src[i] * g;
            done += n;
            frame += n;
            if (looping && frame == loop->second) frame = loop->first;
        }
        if (done == 0 && want > 0) ended = true;
        if (int16) {
            auto* pcm = reinterpret_cast<qint16*>(data);
            for (qint64 i = 0; i < done * kChannels; ++i)  // saturating, never wrapping
                pcm[i] = static_cast<qint16>(std::lround(std::clamp(out[i], -1.0f, 1.0f) * 32767.0f));
        }
        return done * frameBytes();
    }
    std::vector<float> scratch;  // int16 output: the frames mixed in float first
    qint64 writeData(const char*, qint64) override { return -1; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 20; }
};

}  // namespace

struct PlaybackEngine::Impl {
    PlaybackEngine* q = nullptr;
    Output requested = Output::Auto;
    MixDevice device;
    QAudioSink* sink = nullptr;  // device output, when there is one
    QTimer* nullTimer = nullptr; // the null sink's clock
    QElapsedTimer nullClock;
    qint64 nullConsumed = 0;     // frames the null sink consumed since it started
    QTimer* positionTimer = nullptr;
    State state = State::Stopped;
    bool nullSink = true;
    QString outputProblem;  // said once, at the first play

    qint64 heardFrame() {
        std::lock_guard lock(device.mutex);
        qint64 f = device.frame;
        if (sink && !nullSink) {
            const qint64 queued = (sink->bufferSize() - sink->bytesFree()) / device.frameBytes();
            f -= std::max<qint64>(0, queued);
            if (device.loop && f < device.loop->first) f = device.loop->second - (device.loop->first - f);
        }
        return std::clamp<qint64>(f, 0, device.frames());
    }

    void setState(State s) {
        if (state == s) return;
        state = s;
        if (s == State::Playing) {
            positionTimer->start();
        } else {
            positionTimer->stop();
        }
        Q_EMIT q->stateChanged(s);
        Q_EMIT q->positionChanged(q->position());
    }

    // The null sink: every tick consumes the frames due since play started.
    void nullTick() {
        const qint64 due = nullClock.elapsed() * kRate / 1000;
        std::vector<char> scratch;
        while (nullConsumed < due) {
            const qint64 n = std::min<qint64>(due - nullConsumed, 4096);
            scratch.resize(static_cast<std::size_t>(n * device.frameBytes()));
            const qint64 got = device.read(scratch.data(), n * device.frameBytes()) / device.frameBytes();
            nullConsumed += n;
            if (got < n) {
                nullTimer->stop();
                setState(State::Stopped);
                {
                    std::lock_guard lock(device.mutex);
                    device.frame = 0;
                }
                Q_EMIT q->positionChanged(0.0);
                return;
            }
        }
    }

    void startNull() {
        nullClock.restart();
        nullConsumed = 0;
        nullTimer->start();
    }
};

PlaybackEngine::PlaybackEngine(Output output, QObject* parent) : QObject(parent), d_(std::make_unique<Impl>()) {
    d_->q = this;
    d_->requested = output;
    d_->device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);  // no read-ahead: positions are exact
    d_->positionTimer = new QTimer(this);
    d_->positionTimer->setInterval(33);
    connect(d_->positionTimer, &QTimer::timeout, this, [this] { Q_EMIT positionChanged(position()); });
    d_->nullTimer = new QTimer(this);
    d_->nullTimer->setInterval(10);
    connect(d_->nullTimer, &QTimer::timeout, this, [this] { d_->nullTick(); });

    const QAudioDevice out = QMediaDevices::defaultAudioOutput();
    d_->nullSink = output == Output::Null || (output == Output::Auto && out.isNull());
    if (!d_->nullSink) {
        QAudioFormat format;
        format.setSampleRate(kRate);
        format.setChannelCount(kChannels);
        format.setSampleFormat(QAudioFormat::Float);
        if (!out.isNull() && !out.isFormatSupported(format)) {
            format.setSampleFormat(QAudioFormat::Int16);  // many plain ALSA devices take only 16-bit
            d_->device.int16 = true;
        }
        if (out.isNull() || !out.isFormatSupported(format)) {
            // The output takes neither: play silently in real time (the studio still works) and say why
            // when playback starts.
            d_->nullSink = true;
            d_->device.int16 = false;
            d_->outputProblem = tr("The sound output “%1” does not accept 48 kHz stereo audio, so playback is silent. "
                                   "Choose another output in the system's sound settings.")
                                    .arg(out.description());
        } else {
            d_->sink = new QAudioSink(out, format, this);
            connect(d_->sink, &QAudioSink::stateChanged, this, [this](QAudio::State s) {
                if (s == QAudio::IdleState && d_->device.ended && d_->state == State::Playing) {
                    d_->sink->stop();
                    {
                        std::lock_guard lock(d_->device.mutex);
                        d_->device.frame = 0;
                    }
                    d_->setState(State::Stopped);
                } else if (s == QAudio::StoppedState && d_->sink->error() != QAudio::NoError) {
                    Q_EMIT error(tr("The audio output stopped with an error."));
                    d_->setState(State::Stopped);
                }
            });
        }
    }
}

PlaybackEngine::~PlaybackEngine() {
    if (d_->sink) d_->sink->stop();
}

void PlaybackEngine::setBuffers(std::vector<std::shared_ptr<const audio::AudioBuffer>> buffers, std::vector<double> gains,
                                bool keepPosition) {
    for (auto& b : buffers) {
        b = normalised(b);
        if (!b) Q_EMIT error(tr("A take could not be converted for playback."));
    }
    {
        std::lock_guard lock(d_->device.mutex);
        const qint64 keep = d_->device.frame;
        d_->device.buffers = std::move(buffers);
        d_->device.gains.clear();
        for (double g : gains) d_->device.gains.push_back(static_cast<float>(g));
        d_->device.gains.resize(gains.empty() ? 0 : d_->device.buffers.size(), 1.0f);
        d_->device.current = 0;
        const qint64 total = d_->device.frames();
        d_->device.frame = keepPosition && keep < total ? keep : 0;
        d_->device.ended = false;
    }
    Q_EMIT currentChanged(0);
    Q_EMIT positionChanged(position());
}

int PlaybackEngine::bufferCount() const {
    std::lock_guard lock(d_->device.mutex);
    return static_cast<int>(d_->device.buffers.size());
}

bool PlaybackEngine::switchTo(int index) {
    {
        std::lock_guard lock(d_->device.mutex);
        if (index < 0 || index >= static_cast<int>(d_->device.buffers.size()) ||
            !d_->device.buffers[static_cast<std::size_t>(index)])
            return false;
        d_->device.current = index;  // same frame: the next read continues at the same sample
        d_->device.frame = std::min(d_->device.frame, d_->device.frames());
    }
    Q_EMIT currentChanged(index);
    return true;
}

int PlaybackEngine::current() const {
    std::lock_guard lock(d_->device.mutex);
    return d_->device.current;
}

void PlaybackEngine::play() {
    if (bufferCount() == 0 || d_->state == State::Playing) return;
    {
        std::lock_guard lock(d_->device.mutex);
        d_->device.ended = false;
        if (d_->device.frame >= d_->device.frames()) d_->device.frame = 0;
    }
    if (!d_->outputProblem.isEmpty()) {
        Q_EMIT error(d_->outputProblem);
        d_->outputProblem.clear();
    }
    if (d_->nullSink) {
        d_->startNull();
    } else if (d_->state == State::Paused) {
        d_->sink->resume();
    } else {
        d_->sink->start(&d_->device);
    }
    d_->setState(State::Playing);
}

void PlaybackEngine::pause() {
    if (d_->state != State::Playing) return;
    if (d_->nullSink) {
        d_->nullTick();
        d_->nullTimer->stop();
    } else {
        d_->sink->suspend();
    }
    d_->setState(State::Paused);
}

void PlaybackEngine::togglePlay() {
    if (d_->state == State::Playing) {
        pause();
    } else {
        play();
    }
}

void PlaybackEngine::stop() {
    if (d_->nullSink) {
        d_->nullTimer->stop();
    } else if (d_->sink) {
        d_->sink->stop();
    }
    {
        std::lock_guard lock(d_->device.mutex);
        d_->device.frame = 0;
    }
    d_->setState(State::Stopped);
    Q_EMIT positionChanged(0.0);
}

void PlaybackEngine::seek(double seconds) {
    {
        std::lock_guard lock(d_->device.mutex);
        d_->device.frame = std::clamp<qint64>(static_cast<qint64>(std::llround(seconds * kRate)), 0, d_->device.frames());
    }
    if (d_->state == State::Playing && d_->nullSink) d_->startNull();
    if (d_->state == State::Playing && !d_->nullSink) {
        d_->sink->stop();  // drop what the sink already holds, so the new position is heard at once
        d_->sink->start(&d_->device);
    }
    Q_EMIT positionChanged(position());
}

void PlaybackEngine::setLoop(std::optional<std::pair<double, double>> range) {
    std::lock_guard lock(d_->device.mutex);
    if (!range || !(range->second > range->first)) {
        d_->device.loop.reset();
        return;
    }
    d_->device.loop = std::make_pair(static_cast<qint64>(std::llround(range->first * kRate)),
                                     static_cast<qint64>(std::llround(range->second * kRate)));
}

qint64 PlaybackEngine::renderFrames(float* interleaved, qint64 frames) {
    // Float frames whatever the sink takes.
    const bool int16 = std::exchange(d_->device.int16, false);
    const qint64 got = d_->device.read(reinterpret_cast<char*>(interleaved), frames * kFloatFrameBytes) / kFloatFrameBytes;
    d_->device.int16 = int16;
    return got;
}

PlaybackEngine::State PlaybackEngine::state() const { return d_->state; }

double PlaybackEngine::position() const { return static_cast<double>(d_->heardFrame()) / kRate; }

double PlaybackEngine::duration() const {
    std::lock_guard lock(d_->device.mutex);
    return static_cast<double>(d_->device.frames()) / kRate;
}

bool PlaybackEngine::usingNullSink() const { return d_->nullSink; }

}  // namespace songloom::ui
