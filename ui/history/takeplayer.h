// Plays one take's file at a time for the History page: the file is read (audio::loadAudio) off the GUI
// thread, then played from memory by the PlaybackEngine (the default audio output, or its null sink where
// the system has none).
#pragma once

#include "playback/playbackengine.h"

#include <QObject>
#include <QString>

namespace songloom::ui {

class TakePlayer : public QObject {
    Q_OBJECT

public:
    explicit TakePlayer(QObject* parent = nullptr, PlaybackEngine::Output output = PlaybackEngine::Output::Auto);

    // Loads `path` (if it is not the current file) and plays it; a second call on the playing file pauses.
    void togglePlay(const QString& path);
    void stop();
    QString currentFile() const { return file_; }
    PlaybackEngine* player() const { return engine_; }
    bool isPlaying() const { return engine_->state() == PlaybackEngine::State::Playing; }
    bool isLoading() const { return loading_; }

Q_SIGNALS:
    void stateChanged();
    void error(const QString& message);

private:
    PlaybackEngine* engine_ = nullptr;
    QString file_;
    bool loading_ = false;
    int generation_ = 0;  // a newer load makes an older one's result stale
};

}  // namespace songloom::ui
