// MainWindow and the Models panel, offscreen: menus and shortcuts, the no-folder welcome, scans of real
// folders on the worker thread, and the variant choice from the keyboard through to the next scan.
#include "common/noticeview.h"
#include "common/pathtext.h"
#include "models/modelsetlist.h"
#include "models/modelsettings.h"
#include "models/modelspanel.h"
#include "models/rejectedlist.h"
#include "songloom/fixtures.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace songloom;
using songloom::ui::MainWindow;
using songloom::ui::ModelsPanel;

namespace {

constexpr int kScanTimeoutMs = 30'000;

QAction* findAction(const QMenu* menu, const QString& objectName) {
    const QList<QAction*> actions = menu->actions();
    for (QAction* a : actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(dir_.isValid());
        settings_ = std::make_unique<QSettings>(dir_.filePath(QStringLiteral("settings-%1.ini").arg(++count_)),
                                                QSettings::IniFormat);
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup() {
        window_.reset();
        settings_.reset();
    }

    void titleMenusAndShortcuts() {
        QCOMPARE(window_->windowTitle(), QStringLiteral("Songloom"));
        const QList<QAction*> bar = window_->menuBar()->actions();
        QCOMPARE(bar.size(), 2);
        QCOMPARE(bar[0]->text(), QStringLiteral("&File"));
        QCOMPARE(bar[1]->text(), QStringLiteral("&Help"));

        const QMenu* file = bar[0]->menu();
        QAction* choose = findAction(file, QStringLiteral("chooseFolderAction"));
        QAction* rescan = findAction(file, QStringLiteral("rescanAction"));
        QAction* quit = findAction(file, QStringLiteral("quitAction"));
        QVERIFY(choose && rescan && quit);
        QCOMPARE(choose->text(), QStringLiteral("&Choose Models Folder…"));
        QCOMPARE(choose->shortcut(), QKeySequence(QStringLiteral("Ctrl+O")));
        QCOMPARE(rescan->text(), QStringLiteral("&Rescan Models"));
        QCOMPARE(rescan->shortcut(), QKeySequence(QStringLiteral("F5")));
        QCOMPARE(quit->text(), QStringLiteral("&Quit"));
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));

        const QMenu* help = bar[1]->menu();
        QAction* about = findAction(help, QStringLiteral("aboutAction"));
        QAction* aboutQt = findAction(help, QStringLiteral("aboutQtAction"));
        QVERIFY(about && aboutQt);
        QCOMPARE(about->text(), QStringLiteral("&About Songloom"));
        QCOMPARE(aboutQt->text(), QStringLiteral("About &Qt"));
    }

    void quitClosesTheWindow() {
        QAction* quit = findAction(window_->menuBar()->actions()[0]->menu(), QStringLiteral("quitAction"));
        quit->trigger();
        QVERIFY(!window_->isVisible());
        QVERIFY(settings_->contains(QStringLiteral("window/geometry")));  // saved for the next start
    }

    void aboutShowsVersionAndRuntime() {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        window_->setRuntimeDescription(QStringLiteral("libtorch 2.11.0, GPU: Test Card (8.0 GiB)"));
        QString text;
        QTimer::singleShot(0, this, [&text] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                text = box->text();
                box->accept();
            }
        });
        findAction(window_->menuBar()->actions()[1]->menu(), QStringLiteral("aboutAction"))->trigger();
        QVERIFY(text.contains(QStringLiteral("Songloom 9.8.7")));
        QVERIFY(text.contains(QStringLiteral("Test Card (8.0 GiB)")));
    }

    void statusBarShowsTheRuntimeLine() {
        window_->setRuntimeDescription(QStringLiteral("libtorch 2.11.0, no usable GPU found, running on the CPU"));
        auto* label = window_->findChild<QLabel*>(QStringLiteral("runtimeLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("libtorch 2.11.0, no usable GPU found, running on the CPU"));
    }

    void noFolderYet() {
        ModelsPanel* panel = window_->modelsPanel();
        QCOMPARE(window_->centralWidget(), window_->pages());
        QCOMPARE(window_->pages()->currentWidget(), panel);  // the first page
        QCOMPARE(panel->objectName(), QStringLiteral("modelsPanel"));
        panel->openSavedFolder();
        QVERIFY(!panel->isScanning());
        auto* message = panel->findChild<QLabel*>(QStringLiteral("noFolderMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("ACE-Step 1.5")));
        auto* button = panel->findChild<QPushButton*>(QStringLiteral("chooseFolderButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!rescanAction()->isEnabled());  // nothing to rescan yet
    }

    void emptyFolderSaysNothingWasFound() {
        QTemporaryDir empty;
        ModelsPanel* panel = window_->modelsPanel();
        QSignalSpy finished(panel, &ModelsPanel::scanFinished);
        panel->openFolder(empty.path(), ModelsPanel::Remember::No);
        // The scan runs on the worker: the call returns at once, with the panel saying it is looking.
        QVERIFY(panel->isScanning());
        QCOMPARE(statusText(), QStringLiteral("Looking for models in this folder…"));
        QVERIFY(finished.wait(kScanTimeoutMs));

        QCOMPARE(statusText(), QStringLiteral("No ACE-Step 1.5 model files were found in this folder."));
        auto* notice = panel->findChild<ui::NoticeView*>(QStringLiteral("catalogNotice"));
        QVERIFY(notice && notice->isVisible());
        QCOMPARE(notice->headingLabel()->text(), QStringLiteral("No models here yet"));
        QVERIFY(!panel->findChild<ui::ModelSetList*>()->isVisible());
        QVERIFY(rescanAction()->isEnabled());
        QVERIFY(settings_->value(QStringLiteral("models/folder")).toString().isEmpty());  // this run only
    }

    void rejectedFileIsListedWithItsReason() {
        QTemporaryDir folder;
        QFile junk(folder.filePath(QStringLiteral("notes.safetensors")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("these are my lyrics, not a model\n");
        junk.close();

        ModelsPanel* panel = window_->modelsPanel();
        QSignalSpy finished(panel, &ModelsPanel::scanFinished);
        panel->openFolder(folder.path(), ModelsPanel::Remember::Yes);
        QVERIFY(finished.wait(kScanTimeoutMs));

        auto* rejected = panel->findChild<ui::RejectedList*>();
        QVERIFY(rejected && rejected->isVisible());
        QCOMPARE(rejected->topLevelItemCount(), 1);
        QCOMPARE(rejected->topLevelItem(0)->text(ui::RejectedList::FileColumn), QStringLiteral("notes.safetensors"));
        QVERIFY(!rejected->topLevelItem(0)->text(ui::RejectedList::ReasonColumn).isEmpty());
        QVERIFY(!panel->findChild<ui::ModelSetList*>()->isVisible());
        QVERIFY(statusText().endsWith(QStringLiteral("Files not used: 1.")));
        QCOMPARE(settings_->value(QStringLiteral("models/folder")).toString(), folder.path());

        // F5 scans again.
        QSignalSpy again(panel, &ModelsPanel::scanFinished);
        QTest::keyClick(window_.get(), Qt::Key_F5);
        QVERIFY(again.wait(kScanTimeoutMs));
    }

    void missingFolderIsExplained() {
        ModelsPanel* panel = window_->modelsPanel();
        QSignalSpy finished(panel, &ModelsPanel::scanFinished);
        const QString gone = dir_.filePath(QStringLiteral("not-there"));
        panel->openFolder(gone, ModelsPanel::Remember::No);
        QVERIFY(finished.wait(kScanTimeoutMs));
        QCOMPARE(statusText(), QStringLiteral("The folder %1 does not exist.").arg(gone));
        auto* notice = panel->findChild<ui::NoticeView*>(QStringLiteral("catalogNotice"));
        QCOMPARE(notice->headingLabel()->text(), QStringLiteral("This folder cannot be scanned"));
    }

    void variantChoiceIsSavedAndFedToTheNextScan() {
        // A ComfyUI split DiT has no config.json: nothing in its files says turbo, base or SFT.
        QTemporaryDir folder;
        QVERIFY(fixtures::writeFixture("comfy-2b-turbo", ui::toFsPath(folder.path()), fixtures::Scale::Tiny,
                                       fixtures::kDefaultSeed));
        ModelsPanel* panel = window_->modelsPanel();
        QSignalSpy finished(panel, &ModelsPanel::scanFinished);
        panel->openFolder(folder.path(), ModelsPanel::Remember::No);
        QVERIFY(finished.wait(kScanTimeoutMs));

        QComboBox* box = variantBox();
        QVERIFY(box);
        QCOMPARE(box->currentIndex(), -1);
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemText(0), QStringLiteral("Turbo"));
        QVERIFY(box->placeholderText().contains(QStringLiteral("Turbo")));  // the file name's hint
        QVERIFY(box->accessibleName().startsWith(QStringLiteral("Variant of ")));
        auto* details = panel->findChild<QLabel*>(QStringLiteral("modelDetails"));
        QVERIFY(details && details->isVisible());
        QVERIFY(details->text().contains(QStringLiteral("acestep_v1.5_turbo.safetensors")));

        // From the keyboard: Tab goes from the list to the row's variant box; Down picks Turbo; the choice
        // is saved and the folder scanned again with it.
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        auto* list = panel->findChild<ui::ModelSetList*>();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), box);
        QTest::keyClick(box, Qt::Key_Down);
        QVERIFY(finished.wait(kScanTimeoutMs));
        QCOMPARE(savedChoices().size(), std::size_t{1});
        QVERIFY(savedChoices().begin()->second == DitVariant::Turbo);
        box = variantBox();
        QCOMPARE(box->currentText(), QStringLiteral("Turbo"));  // the catalog applied the user's choice
        QCOMPARE(QApplication::focusWidget(), box);            // the rebuilt row keeps keyboard focus

        // Changing one's mind replaces the choice.
        QTest::keyClick(box, Qt::Key_Down);
        QVERIFY(finished.wait(kScanTimeoutMs));
        QCOMPARE(savedChoices().size(), std::size_t{1});
        QVERIFY(savedChoices().begin()->second == DitVariant::Base);
        QCOMPARE(variantBox()->currentText(), QStringLiteral("Base"));
        QCOMPARE(QString::fromStdString(savedChoices().begin()->first.string()),
                 folder.filePath(QStringLiteral("comfy/split_files/diffusion_models/acestep_v1.5_turbo.safetensors")));
    }

private:
    QComboBox* variantBox() const {
        auto* list = window_->modelsPanel()->findChild<ui::ModelSetList*>();
        if (!list || list->topLevelItemCount() != 1)
            return nullptr;
        return qobject_cast<QComboBox*>(list->itemWidget(list->topLevelItem(0), ui::ModelSetList::VariantColumn));
    }
    std::map<std::filesystem::path, DitVariant> savedChoices() const {
        return ui::ModelSettings(*settings_).variantChoices();
    }
    QString statusText() const {
        return window_->modelsPanel()->findChild<QLabel*>(QStringLiteral("scanStatusLabel"))->text();
    }
    QAction* rescanAction() const {
        return findAction(window_->menuBar()->actions()[0]->menu(), QStringLiteral("rescanAction"));
    }

    QTemporaryDir dir_;
    int count_ = 0;
    std::unique_ptr<QSettings> settings_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
