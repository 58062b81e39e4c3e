// See studio.h. (Moved out of the application so the flow tests build the very same studio.)
#include "engine/studio.h"

#include "engine/engine_backend.h"
#include "compose/composepage.h"
#include "editor/takeeditor.h"
#include "export/exportdialog.h"
#include "generate/jobqueue.h"
#include "generate/queuepanel.h"
#include "history/historypage.h"
#include "library/jobstore.h"
#include "library/studiodatabase.h"
#include "library/takestore.h"
#include "library/taketrash.h"
#include "models/modelspanel.h"
#include "settings/studiosettings.h"
#include "variant/variantpicker.h"
#include "variations/variationsview.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace songloom::app {

Studio::Studio(ui::MainWindow& window, QSettings& settings, const QString& dataDir,
               ui::PlaybackEngine::Output playback)
    : window_(window), settings_(settings), playback_(playback) {
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    database_ = std::make_unique<ui::StudioDatabase>(QDir(dir).filePath(QStringLiteral("songloom.sqlite")));
    if (!database_->open()) {
        // Without the database no job could be kept safe: generating stays off, and the caller says why.
        error_ = database_->error();
        return;
    }
    jobs_ = std::make_unique<ui::JobStore>(database_->db());
    takes_ = std::make_unique<ui::TakeStore>(database_->db());
    trash_ = std::make_unique<ui::TakeTrash>(*takes_, QDir(dir).filePath(QStringLiteral("trash")));
    trash_->purgeAll();  // deletions a crash left undoable are final now
    backend_ = std::make_unique<EngineBackend>();
    queue_ = std::make_unique<ui::JobQueue>(*jobs_, *takes_, *backend_, QDir(dir).filePath(QStringLiteral("takes")));
    wire();
}

Studio::~Studio() = default;

QString Studio::notice() const { return database_ ? database_->notice() : QString(); }

void Studio::wire() {
    queuePanel_ = new ui::QueuePanel(*queue_);
    history_ = new ui::HistoryPage(*takes_, *trash_, playback_);
    window_.addStudioPages(queuePanel_, history_);
    editor_ = new ui::TakeEditor(*takes_, *queue_, playback_);
    window_.addEditorPage(editor_);
    ui::MainWindow* window = &window_;
    ui::QueuePanel* queuePanel = queuePanel_;
    QObject::connect(queue_.get(), &ui::JobQueue::takeRecorded, history_, &ui::HistoryPage::refresh);
    QObject::connect(history_, &ui::HistoryPage::reuseRequested, window, [window](const GenerationRequest& request) {
        window->composePage()->loadRequest(request);
        window->showPage(QStringLiteral("composePage"));
    });
    QObject::connect(history_, &ui::HistoryPage::compareRequested, window,
                     [this](qint64 jobId, qint64 takeId) { compareVariations(jobId, takeId); });
    QObject::connect(queuePanel_, &ui::QueuePanel::compareRequested, window,
                     [this](qint64 jobId) { compareVariations(jobId); });
    QObject::connect(history_, &ui::HistoryPage::editRequested, window, [this, window](qint64 takeId) {
        if (editor_->openTake(takeId))
            window->showPage(QStringLiteral("takeEditor"));
    });
    QObject::connect(editor_, &ui::TakeEditor::takeCreated, history_, &ui::HistoryPage::refresh);
    QObject::connect(editor_, &ui::TakeEditor::exportRequested, window,
                     [this](const QList<qint64>& ids) { exportTakes(ids); });
    QObject::connect(history_, &ui::HistoryPage::exportRequested, window,
                     [this](const QList<qint64>& ids) { exportTakes(ids); });
    QObject::connect(window, &ui::MainWindow::generateRequested, queuePanel,
                     [this, window, queuePanel](const GenerationRequest& request) {
                         // The model set the variant picker chose, with the engine settings as they are now
                         // (a changed set or setting reloads the engine for this job).
                         const ui::VariantSelection chosen = window->composePage()->variantPicker()->selection();
                         const Catalog& catalog = window->modelsPanel()->catalog();
                         if (chosen.modelSet >= 0 && static_cast<std::size_t>(chosen.modelSet) < catalog.models.size()) {
                             const ModelSet& set = catalog.models[static_cast<std::size_t>(chosen.modelSet)];
                             queue_->setModelSet(EngineBackend::modelSetId(catalog, set),
                                                 QString::fromStdString(catalog.components[set.dit].title));
                         }
                         backend_->setOptions(ui::StudioSettings(settings_).engineOptions());
                         const ui::JobQueue::Enqueued job = queue_->enqueue(request);
                         if (!job) {
                             QMessageBox::warning(window, ui::MainWindow::tr("Songloom"), job.error);
                             return;
                         }
                         queuePanel->selectJob(job.id);
                         window->showPage(QStringLiteral("queuePanel"));
                     });
    // Jobs resumed at start, before any Generate, use the first model set that is ready to generate;
    // Generate sets the one the variant picker chose.
    QObject::connect(window->modelsPanel(), &ui::ModelsPanel::catalogChanged, queue_.get(),
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

ui::VariationsView* Studio::variations() const {
    return variations_.data();  // out of line: QPointer needs the complete type
}

void Studio::compareVariations(qint64 jobId, qint64 takeId) {
    if (!takes_)
        return;
    if (!variations_) {
        variations_ = new ui::VariationsView(*takes_, playback_, &window_);
        variations_->setWindowFlag(Qt::Window);
        variations_->resize(1000, 420);
        // A keeper marked there shows in the history.
        QObject::connect(variations_, &ui::VariationsView::keeperChanged, history_, &ui::HistoryPage::refresh);
    }
    history_->player()->pause();
    variations_->showJob(jobId, takeId);
    variations_->show();
    variations_->raise();
    variations_->activateWindow();
}

void Studio::exportTakes(const QList<qint64>& takeIds) {
    if (!takes_)
        return;
    QList<ui::ExportItem> items;
    for (qint64 id : takeIds) {
        if (const auto take = takes_->take(id))
            items << ui::ExportItem{take->id, take->filePath, take->seed, take->caption};
    }
    if (items.isEmpty())
        return;
    auto* dialog = new ui::ExportDialog(settings_, items, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace songloom::app
