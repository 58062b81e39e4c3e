#include "history/takeplayer.h"

#include <QAudioOutput>
#include <QUrl>

namespace songloom::ui {

TakePlayer::TakePlayer(QObject* parent) : QObject(parent) {}

QMediaPlayer* TakePlayer::player() {
    if (player_)
        return player_;
    player_ = new QMediaPlayer(this);
    output_ = new QAudioOutput(this);
    player_->setAudioOutput(output_);
    connect(player_, &QMediaPlayer::playbackStateChanged, this, &TakePlayer::stateChanged);
    connect(player_, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) { Q_EMIT error(message); });
    return player_;
}

void TakePlayer::togglePlay(const QString& path) {
    player();
    if (path == file_ && player_->playbackState() == QMediaPlayer::PlayingState) {
        player_->pause();
        return;
    }
    if (path != file_) {
        file_ = path;
        player_->setSource(QUrl::fromLocalFile(path));
    }
    player_->play();
}

void TakePlayer::stop() {
    if (player_)
        player_->stop();
}

}  // namespace songloom::ui
