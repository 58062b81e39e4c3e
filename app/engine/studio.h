// The studio's working parts behind the main window: the database (jobs and takes), the trash, the GPU
// thread (EngineBackend) and the queue, with the Queue and History pages added to the window and wired to
// Compose, Models and Generate. The application builds one at start; the flow tests build the same.
#pragma once

#include "playback/playbackengine.h"

#include <QPointer>
#include <QString>

#include <memory>

class QSettings;

namespace songloom::ui {
class HistoryPage;
class JobQueue;
class JobStore;
class MainWindow;
class QueuePanel;
class StudioDatabase;
class TakeEditor;
class TakeStore;
class TakeTrash;
class VariationsView;
}  // namespace songloom::ui

namespace songloom::app {

class EngineBackend;

class Studio {
public:
    // `dataDir` empty: the user's app data folder. Destroy the window before the studio (its pages use
    // the stores and the queue). `playback`: where the studio's players play (Null: silently, in real
    // time, as under test).
    Studio(ui::MainWindow& window, QSettings& settings, const QString& dataDir = {},
           ui::PlaybackEngine::Output playback = ui::PlaybackEngine::Output::Auto);
    ~Studio();

    // Empty when the studio is working; else why not (the database could not be opened), for a message.
    QString error() const { return error_; }
    // A note for the user from opening the database (a damaged file moved aside), else empty.
    QString notice() const;

    ui::JobQueue* queue() const { return queue_.get(); }
    ui::TakeStore* takes() const { return takes_.get(); }
    ui::HistoryPage* historyPage() const { return history_; }
    ui::TakeEditor* editor() const { return editor_; }
    ui::QueuePanel* queuePanel() const { return queuePanel_; }
    EngineBackend* backend() const { return backend_.get(); }
    ui::VariationsView* variations() const;  // nullptr until first opened

    // The takes of a job side by side (a window of its own), `takeId` selected first.
    void compareVariations(qint64 jobId, qint64 takeId = 0);
    // The export dialog for these takes.
    void exportTakes(const QList<qint64>& takeIds);

private:
    void wire();

    ui::MainWindow& window_;
    QSettings& settings_;
    QString error_;
    // Destroyed in reverse: the queue (waits for takes being written), the GPU thread, then the database.
    std::unique_ptr<ui::StudioDatabase> database_;
    std::unique_ptr<ui::JobStore> jobs_;
    std::unique_ptr<ui::TakeStore> takes_;
    std::unique_ptr<ui::TakeTrash> trash_;
    std::unique_ptr<EngineBackend> backend_;
    std::unique_ptr<ui::JobQueue> queue_;
    ui::QueuePanel* queuePanel_ = nullptr;
    ui::HistoryPage* history_ = nullptr;
    ui::TakeEditor* editor_ = nullptr;
    QPointer<ui::VariationsView> variations_;  // owned by the window
    ui::PlaybackEngine::Output playback_ = ui::PlaybackEngine::Output::Auto;
};

}  // namespace songloom::app
