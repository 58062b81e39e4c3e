#include "window/mainwindow.h"

#include "compose/composepage.h"
#include "help/shortcutsdialog.h"
#include "models/modelspanel.h"
#include "settings/firstrundialog.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace songloom::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
constexpr QSize kDefaultSize(1280, 800);
}  // namespace

MainWindow::MainWindow(QSettings& settings, QWidget* parent) : QMainWindow(parent), settings_(settings) {
    setObjectName(QStringLiteral("mainWindow"));
    //: The product name in the title bar; keep it as it is.
    setWindowTitle(tr("Songloom"));
    setMinimumSize(720, 480);

    pages_ = new QTabWidget(this);
    pages_->setObjectName(QStringLiteral("mainPages"));
    pages_->setDocumentMode(true);
    modelsPanel_ = new ModelsPanel(settings_, pages_);
    composePage_ = new ComposePage(settings_, pages_);
    pages_->addTab(modelsPanel_, tr("Models"));
    pages_->addTab(composePage_, tr("Compose"));
    setCentralWidget(pages_);

    runtimeLabel_ = new QLabel(tr("Checking the engine…"), this);
    runtimeLabel_->setObjectName(QStringLiteral("runtimeLabel"));
    runtimeLabel_->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(runtimeLabel_, 1);

    createActions();
    createMenus();
    connect(modelsPanel_, &ModelsPanel::folderChanged, this,
            [this](const QString& folder) { rescanAction_->setEnabled(!folder.isEmpty()); });
    connect(modelsPanel_, &ModelsPanel::catalogChanged, composePage_, &ComposePage::setCatalog);
    restoreWindowGeometry();
}

void MainWindow::createActions() {
    chooseFolderAction_ = new QAction(tr("&Choose Models Folder…"), this);
    chooseFolderAction_->setObjectName(QStringLiteral("chooseFolderAction"));
    chooseFolderAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    chooseFolderAction_->setStatusTip(tr("Choose the folder that holds your ACE-Step 1.5 model files"));
    connect(chooseFolderAction_, &QAction::triggered, modelsPanel_, &ModelsPanel::chooseFolder);

    rescanAction_ = new QAction(tr("&Rescan Models"), this);
    rescanAction_->setObjectName(QStringLiteral("rescanAction"));
    rescanAction_->setShortcut(QKeySequence(Qt::Key_F5));
    rescanAction_->setStatusTip(tr("Look again for model files in the models folder"));
    rescanAction_->setEnabled(false);
    connect(rescanAction_, &QAction::triggered, modelsPanel_, &ModelsPanel::rescan);

    settingsAction_ = new QAction(tr("&Settings…"), this);
    settingsAction_->setObjectName(QStringLiteral("settingsAction"));
    settingsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction_->setMenuRole(QAction::PreferencesRole);
    settingsAction_->setStatusTip(tr("Models folder, device, precision, memory and language"));
    connect(settingsAction_, &QAction::triggered, this, &MainWindow::showSettings);

    gettingModelsAction_ = new QAction(tr("&Getting Models…"), this);
    gettingModelsAction_->setObjectName(QStringLiteral("gettingModelsAction"));
    gettingModelsAction_->setStatusTip(tr("Where the ACE-Step 1.5 model files come from and which ones you need"));
    connect(gettingModelsAction_, &QAction::triggered, this, &MainWindow::showFirstRun);

    shortcutsAction_ = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction_->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcutsAction_, &QAction::triggered, this, &MainWindow::showShortcuts);
    generateAction_ = new QAction(tr("&Generate"), this);
    generateAction_->setObjectName(QStringLiteral("generateAction"));
    generateAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    generateAction_->setStatusTip(tr("Queue the song on the Compose page for generation"));
    generateAction_->setEnabled(false);  // until addStudioPages: there is no queue to send it to
    connect(generateAction_, &QAction::triggered, this, [this] {
        if (!composePage_->check().ok) {
            showPage(QStringLiteral("composePage"));
            statusBar()->showMessage(composePage_->check().message, 8000);
            return;
        }
        Q_EMIT generateRequested(composePage_->request());
    });

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setObjectName(QStringLiteral("quitAction"));
    quitAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    aboutAction_ = new QAction(tr("&About Songloom"), this);
    aboutAction_->setObjectName(QStringLiteral("aboutAction"));
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);

    aboutQtAction_ = new QAction(tr("About &Qt"), this);
    aboutQtAction_->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQtAction_->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(chooseFolderAction_);
    file->addAction(rescanAction_);
    file->addSeparator();
    file->addAction(settingsAction_);
    file->addAction(generateAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(gettingModelsAction_);
    help->addAction(shortcutsAction_);
    help->addSeparator();
    help->addAction(aboutAction_);
    help->addAction(aboutQtAction_);
}

void MainWindow::restoreWindowGeometry() {
    if (restoreGeometry(settings_.value(kGeometryKey).toByteArray()))
        return;
    QSize size = kDefaultSize;
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size.expandedTo(minimumSize()));
}

void MainWindow::addStudioPages(QWidget* queuePanel, QWidget* historyPage) {
    pages_->addTab(queuePanel, tr("Queue"));
    pages_->addTab(historyPage, tr("History"));
    generateAction_->setEnabled(true);
}

void MainWindow::addEditorPage(QWidget* editor) {
    pages_->addTab(editor, tr("Edit"));
}

bool MainWindow::showPage(const QString& objectName) {
    for (int i = 0; i < pages_->count(); ++i) {
        if (pages_->widget(i)->objectName() == objectName) {
            pages_->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::setRuntimeDescription(const QString& text) {
    runtimeLabel_->setText(text);
}

QString MainWindow::runtimeDescription() const {
    return runtimeLabel_->text();
}

FirstRunDialog* MainWindow::firstRunDialog() const {
    return firstRun_.data();
}

SettingsDialog* MainWindow::settingsDialog() const {
    return settingsDialog_.data();
}

void MainWindow::setDeviceSupportProvider(std::function<DeviceSupport()> provider) {
    deviceSupport_ = std::move(provider);
}

void MainWindow::showSettings() {
    if (settingsDialog_) {
        settingsDialog_->raise();
        settingsDialog_->activateWindow();
        return;
    }
    settingsDialog_ = new SettingsDialog(settings_, deviceSupport_ ? deviceSupport_() : DeviceSupport{}, this);
    settingsDialog_->setAttribute(Qt::WA_DeleteOnClose);
    SettingsDialog* dialog = settingsDialog_;
    auto update = [this, dialog] {
        dialog->setModels(modelsPanel_->folder(), modelsPanel_->catalog(), modelsPanel_->isScanning());
    };
    connect(dialog, &SettingsDialog::folderChosen, this, [this, update](const QString& folder) {
        modelsPanel_->openFolder(folder, ModelsPanel::Remember::Yes);
        update();
    });
    connect(dialog, &SettingsDialog::rescanRequested, this, [this, update] {
        modelsPanel_->rescan();
        update();
    });
    connect(modelsPanel_, &ModelsPanel::scanFinished, dialog, update);
    update();
    dialog->open();
}

void MainWindow::showFirstRun() {
    if (firstRun_) {
        firstRun_->raise();
        firstRun_->activateWindow();
        return;
    }
    firstRun_ = new FirstRunDialog(settings_, this);
    firstRun_->setAttribute(Qt::WA_DeleteOnClose);
    connect(firstRun_, &FirstRunDialog::folderChosen, this, [this](const QString& folder) {
        modelsPanel_->openFolder(folder, ModelsPanel::Remember::Yes);
        showPage(QStringLiteral("modelsPanel"));
    });
    firstRun_->open();
}

void MainWindow::startFirstRunCheck() {
    auto check = [this](const Catalog* catalog) {
        if (firstRunNeeded(StudioSettings(settings_).showFirstRun(), modelsPanel_->folder(), catalog))
            showFirstRun();
    };
    if (modelsPanel_->folder().isEmpty() || !modelsPanel_->isScanning()) {
        check(modelsPanel_->folder().isEmpty() ? nullptr : &modelsPanel_->catalog());
        return;
    }
    // Judge the folder by its first scan only.
    auto* once = new QObject(this);
    connect(modelsPanel_, &ModelsPanel::scanFinished, once, [this, once, check] {
        once->deleteLater();
        check(&modelsPanel_->catalog());
    });
}

void MainWindow::showShortcuts() {
    auto* dialog = new ShortcutsDialog(*this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    settings_.setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Songloom"),
        tr("<h3>Songloom %1</h3>"
           "<p>A studio for writing and producing songs with the ACE-Step 1.5 music model, "
           "running on your own computer.</p>"
           "<p>Engine: %2</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), runtimeDescription().toHtmlEscaped()));
}

}  // namespace songloom::ui
