#include "application.h"

#include "commandline.h"
#include "windowsnapshot.h"

#include "engine/engine_backend.h"
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
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    database_ = std::make_unique<ui::StudioDatabase>(QDir(dir).filePath(QStringLiteral("songloom.sqlite")));
    if (!database_->open()) {
        // Without the database no job could be kept safe: generating stays off, and the user is told why.
        QMessageBox::warning(window_.get(), ui::MainWindow::tr("Songloom"), database_->error());
        return;
    }
    if (!database_->notice().isEmpty())
        QMessageBox::information(window_.get(), ui::MainWindow::tr("Songloom"), database_->notice());
    jobs_ = std::make_unique<ui::JobStore>(database_->db());
    takes_ = std::make_unique<ui::TakeStore>(database_->db());
    trash_ = std::make_unique<ui::TakeTrash>(*takes_, QDir(dir).filePath(QStringLiteral("trash")));
    trash_->purgeAll();  // deletions a crash left undoable are final now
    backend_ = std::make_unique<EngineBackend>();
    queue_ = std::make_unique<ui::JobQueue>(*jobs_, *takes_, *backend_, QDir(dir).filePath(QStringLiteral("takes")));

    auto* queuePanel = new ui::QueuePanel(*queue_);
    auto* history = new ui::HistoryPage(*takes_, *trash_);
    window_->addStudioPages(queuePanel, history);
    QObject::connect(queue_.get(), &ui::JobQueue::takeRecorded, history, &ui::HistoryPage::refresh);
    QObject::connect(history, &ui::HistoryPage::reuseRequested, window_.get(),
                     [this](const GenerationRequest& request) {
                         window_->composePage()->loadRequest(request);
                         window_->showPage(QStringLiteral("composePage"));
                     });
    QObject::connect(window_.get(), &ui::MainWindow::generateRequested, queuePanel,
                     [this, queuePanel](const GenerationRequest& request) {
                         // The model set the variant picker chose, with the engine settings as they are now
                         // (a changed set or setting reloads the engine for this job).
                         const ui::VariantSelection chosen = window_->composePage()->variantPicker()->selection();
                         const Catalog& catalog = window_->modelsPanel()->catalog();
                         if (chosen.modelSet >= 0 && static_cast<std::size_t>(chosen.modelSet) < catalog.models.size()) {
                             const ModelSet& set = catalog.models[static_cast<std::size_t>(chosen.modelSet)];
                             queue_->setModelSet(EngineBackend::modelSetId(catalog, set),
                                                 QString::fromStdString(catalog.components[set.dit].title));
                         }
                         backend_->setOptions(ui::StudioSettings(*settings_).engineOptions());
                         const ui::JobQueue::Enqueued job = queue_->enqueue(request);
                         if (!job) {
                             QMessageBox::warning(window_.get(), ui::MainWindow::tr("Songloom"), job.error);
                             return;
                         }
                         queuePanel->selectJob(job.id);
                         window_->showPage(QStringLiteral("queuePanel"));
                     });
    // Jobs resumed at start, before any Generate, use the first model set that is ready to generate;
    // Generate sets the one the variant picker chose.
    QObject::connect(window_->modelsPanel(), &ui::ModelsPanel::catalogChanged, queue_.get(),
                     [this](const Catalog& catalog) {
                         backend_->setCatalog(catalog);
                         for (const ModelSet& set : catalog.models) {
                             if (!set.readyToGenerate)
                                 continue;
                             const QString id = EngineBackend::modelSetId(catalog, set);
                             if (queue_->modelSetId() == id)
                                 return;
                             if (queue_->modelSetId().isEmpty())
                                 queue_->setModelSet(id, QString::fromStdString(catalog.components[set.dit].title));
                         }
                     });
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
