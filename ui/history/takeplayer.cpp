#include "history/takeplayer.h"

#include "songloom/audio_io.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace songloom::ui {

namespace {
struct Loaded {
    std::shared_ptr<const audio::AudioBuffer> audio;
    QString error;
};
}  // namespace

TakePlayer::TakePlayer(QObject* parent, PlaybackEngine::Output output)
    : QObject(parent), engine_(new PlaybackEngine(output, this)) {
    connect(engine_, &PlaybackEngine::stateChanged, this, &TakePlayer::stateChanged);
    connect(engine_, &PlaybackEngine::error, this, &TakePlayer::error);
}

void TakePlayer::togglePlay(const QString& path) {
    if (path == file_ && !loading_) {
        engine_->togglePlay();
        return;
    }
    engine_->stop();
    file_ = path;
    loading_ = true;
    const int generation = ++generation_;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != generation_) return;  // another take was asked for meanwhile
        loading_ = false;
        const Loaded loaded = watcher->result();
        if (!loaded.audio) {
            Q_EMIT error(loaded.error);
            return;
        }
        engine_->setBuffers({loaded.audio});
        engine_->play();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Loaded out;
        auto read = audio::loadAudio(path.toStdString());
        if (!read) {
            out.error = QString::fromStdString(read.status().message());
        } else {
            out.audio = std::make_shared<const audio::AudioBuffer>(std::move(read->audio));
        }
        return out;
    }));
}

void TakePlayer::stop() {
    ++generation_;
    loading_ = false;
    engine_->stop();
}

}  // namespace songloom::ui
