#include "application.h"

#include "commandline.h"
#include "windowsnapshot.h"

#include "engine/engine_backend.h"
#include "engine/studio.h"
#include "generate/jobqueue.h"
#include "generate/queuepanel.h"
#include "history/historypage.h"
#include "library/studiodatabase.h"
#include "library/taketrash.h"
#include "compose/composepage.h"
#include "variant/variantpicker.h"
#include "models/modelspanel.h"
#include "settings/studiosettings.h"
#include "songloom/version.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace songloom::app {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Songloom"));
    QCoreApplication::setApplicationName(QStringLiteral("Songloom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SONGLOOM_VERSION));
    // Matches packaging/songloom.desktop, so desktops (Wayland in particular) show the right icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("songloom"));
}

Application::Application(int& argc, char** argv) : app_(argc, argv) {
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/songloom.svg")));
}

Application::~Application() = default;

int Application::run() {
    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    if (!commandLine.error.isEmpty())
        return printUsageError(commandLine);
    if (commandLine.help || commandLine.version)
        return printInformation(commandLine);

    openSettings(commandLine.settingsDir);  // first: the interface language is a setting
    installTranslators();

    window_ = std::make_unique<ui::MainWindow>(*settings_);
    QObject::connect(&runtimeProbe_, &RuntimeProbe::finished, window_.get(),
                     &ui::MainWindow::setRuntimeDescription);
    runtimeProbe_.start();
    window_->setDeviceSupportProvider([this] { return deviceSupport(); });
    setUpStudio(commandLine.settingsDir.isEmpty()
                    ? QString()
                    : QDir(QFileInfo(commandLine.settingsDir).absoluteFilePath()).filePath(QStringLiteral("data")));

    ui::ModelsPanel* models = window_->modelsPanel();
    if (commandLine.modelsDir.isEmpty())
        models->openSavedFolder();
    else
        models->openFolder(commandLine.modelsDir, ui::ModelsPanel::Remember::No);
    window_->show();
    // A --screenshot run is unattended: no guide pops up over the window it pictures.
    if (commandLine.screenshotFile.isEmpty())
        window_->startFirstRunCheck();

    if (!commandLine.screenshotFile.isEmpty()) {
        snapshot_ = std::make_unique<WindowSnapshot>(*window_, commandLine.screenshotFile, [this, models] {
            return runtimeProbe_.isDone() && !models->isScanning();
        });
        snapshot_->start();
    }
    return QApplication::exec();
}

ui::DeviceSupport Application::deviceSupport() const {
    ui::DeviceSupport support;
    if (!runtimeProbe_.isDone())
        return support;  // still asking: nothing is disabled on a guess
    const RuntimeInfo& info = runtimeProbe_.info();
    support.known = true;
    support.cudaAvailable = info.cudaAvailable;
    if (info.torchVersion.empty())
        support.reason = QCoreApplication::translate("Application", "this build of Songloom has no engine.");
    else if (!info.cudaBuilt)
        support.reason = QCoreApplication::translate("Application", "this build of Songloom was made without CUDA.");
    else if (!info.cudaAvailable)
        support.reason = QCoreApplication::translate(
            "Application", "no NVIDIA graphics card with a working driver was found.");
    return support;
}

void Application::setUpStudio(const QString& dataDir) {
    studio_ = std::make_unique<Studio>(*window_, *settings_, dataDir);
    if (!studio_->error().isEmpty()) {
        QMessageBox::warning(window_.get(), ui::MainWindow::tr("Songloom"), studio_->error());
        return;
    }
    if (!studio_->notice().isEmpty())
        QMessageBox::information(window_.get(), ui::MainWindow::tr("Songloom"), studio_->notice());
}

void Application::installTranslators() {
    // The language chosen in Settings, else the system locale: LANGUAGE, LC_ALL, LC_MESSAGES and LANG on
    // Linux. A language Songloom has no translation for simply finds no file and stays English.
    const QString chosen = ui::StudioSettings(*settings_).language();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (appTranslator_.load(locale, QStringLiteral("songloom"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator_);
    // Qt's own strings (standard buttons, the About Qt box), where the system has them.
    if (qtTranslator_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator_);
}

void Application::openSettings(const QString& settingsDir) {
    // INI everywhere: readable, diffable, and the same on every platform.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    if (!settingsDir.isEmpty()) {
        const QString dir = QFileInfo(settingsDir).absoluteFilePath();
        QDir().mkpath(dir);
        // Every default-constructed QSettings in the process now uses dir/Songloom/Songloom.ini.
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    }
    settings_ = std::make_unique<QSettings>();
    settings_->setFallbacksEnabled(false);  // no system-wide /etc/xdg values mixed into a test run
}

}  // namespace songloom::app
