// Decoding a take off the GUI thread: a long FLAC takes a moment. The History page and the Edit page read
// takes this way.
#pragma once

#include "songloom/audio_io.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>

#include <filesystem>
#include <memory>

namespace songloom::ui {

// Reads the audio file at `path` on the thread pool, then calls `done(audio, error)` on `guard`'s thread:
// the audio (48 kHz stereo) and an empty error, or nullptr and why. Nothing is called once `guard` is gone.
template <class Done>
void readAudioAsync(QObject* guard, const QString& path, Done done) {
    auto* watcher = new QFutureWatcher<Result<audio::LoadedAudio>>(guard);
    QObject::connect(watcher, &QFutureWatcherBase::finished, guard, [watcher, done] {
        watcher->deleteLater();
        Result<audio::LoadedAudio> loaded = watcher->result();
        if (!loaded) {
            done(nullptr, QString::fromStdString(loaded.status().message()));
            return;
        }
        done(std::make_shared<const audio::AudioBuffer>(std::move(loaded->audio)), QString());
    });
    watcher->setFuture(QtConcurrent::run([file = std::filesystem::path(path.toStdU16String())] { return audio::loadAudio(file); }));
}

}  // namespace songloom::ui
