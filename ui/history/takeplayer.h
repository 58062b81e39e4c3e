// Plays one take's file at a time (Qt Multimedia: QMediaPlayer with a QAudioOutput on the default device).
#pragma once

#include <QMediaPlayer>
#include <QObject>
#include <QString>

class QAudioOutput;

namespace songloom::ui {

class TakePlayer : public QObject {
    Q_OBJECT

public:
    explicit TakePlayer(QObject* parent = nullptr);

    // Loads `path` (if it is not the current file) and plays it; a second call on the playing file pauses.
    void togglePlay(const QString& path);
    void stop();
    QString currentFile() const { return file_; }
    // Created on first use: a media backend is only started when something is played.
    QMediaPlayer* player();
    bool isPlaying() const { return player_ && player_->playbackState() == QMediaPlayer::PlayingState; }

Q_SIGNALS:
    void stateChanged();
    void error(const QString& message);

private:
    QMediaPlayer* player_ = nullptr;
    QAudioOutput* output_ = nullptr;
    QString file_;
};

}  // namespace songloom::ui
