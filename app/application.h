// The studio as a whole: QApplication set-up (names, icon, settings, translations), the main window, and
// the wiring between the window and the torch-backed engine. This is the composition root: the only place
// that knows both ui/ and the engine.
#pragma once

#include "runtimeprobe.h"
#include "settings/studiosettings.h"

#include <QApplication>
#include <QTranslator>

#include <memory>

class QSettings;

namespace songloom::ui {
class JobQueue;
class JobStore;
class MainWindow;
class StudioDatabase;
class TakeStore;
class TakeTrash;
}

namespace songloom::app {

class Studio;
class WindowSnapshot;

// Organization and application name ("Songloom"), version, desktop file name. Needs no QApplication.
void setApplicationIdentity();

class Application {
public:
    Application(int& argc, char** argv);
    ~Application();

    // Parses the full command line (Qt's own options removed), shows the window and runs the event loop.
    int run();

private:
    void installTranslators();
    ui::DeviceSupport deviceSupport() const;
    void openSettings(const QString& settingsDir);
    // The database, the GPU thread and the queue, and the Queue / History pages; `dataDir` empty: the
    // user's app data folder.
    void setUpStudio(const QString& dataDir);

    QApplication app_;  // first member: constructed first, destroyed last
    QTranslator appTranslator_;
    QTranslator qtTranslator_;
    std::unique_ptr<QSettings> settings_;
    RuntimeProbe runtimeProbe_;
    // Destroyed in reverse: the window (its pages use the studio's queue and stores), then the studio.
    std::unique_ptr<Studio> studio_;
    std::unique_ptr<ui::MainWindow> window_;
    std::unique_ptr<WindowSnapshot> snapshot_;
};

}  // namespace songloom::app
