// Settings and first run, offscreen: StudioSettings' defaults, round trip and invalid stored values; the
// Settings dialog (CUDA disabled with the reason, OK saves, invalid values reported); the first-run guide
// shown with no folder or no ready model and not with a ready folder; the Settings, Getting Models and
// Keyboard Shortcuts actions, and the shortcut list. Saves a screenshot of the Settings dialog.
#include "common/pathtext.h"
#include "help/shortcutsdialog.h"
#include "models/modelsettings.h"
#include "models/modelspanel.h"
#include "settings/firstrundialog.h"
#include "settings/settingsdialog.h"
#include "settings/studiosettings.h"
#include "songloom/fixtures.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace songloom;
using namespace songloom::ui;

namespace {

constexpr int kScanTimeoutMs = 30'000;

QString writeReadyFolder(const QTemporaryDir& dir) {
    const QString folder = dir.filePath(QStringLiteral("models"));
    QDir().mkpath(folder);
    for (const char* id : {"official-2b-turbo", "official-vae", "official-text-encoder"}) {
        const Status s = fixtures::writeFixture(id, toFsPath(folder), fixtures::Scale::Tiny, fixtures::kDefaultSeed);
        if (!s)
            qFatal("fixture %s: %s", id, s.message().c_str());
    }
    return folder;
}

QAction* menuAction(const QMainWindow& window, const QString& objectName) {
    for (QAction* bar : window.menuBar()->actions())
        for (QAction* a : bar->menu()->actions())
            if (a->objectName() == objectName)
                return a;
    return nullptr;
}

}  // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(dir_.isValid());
        settings_ = std::make_unique<QSettings>(dir_.filePath(QStringLiteral("s-%1.ini").arg(++count_)),
                                                QSettings::IniFormat);
    }
    void cleanup() { settings_.reset(); }

    void defaultsAndRoundTrip() {
        StudioSettings s(*settings_);
        QCOMPARE(s.device(), ComputeDevice::Auto);
        QCOMPARE(s.precision(), Precision::Auto);
        QCOMPARE(s.memoryPolicy(), MemoryPolicy::KeepLoaded);
        QCOMPARE(s.language(), QString());
        QVERIFY(s.showFirstRun());
        QVERIFY(s.problems().isEmpty());

        s.setDevice(ComputeDevice::Cpu);
        s.setPrecision(Precision::Float16);
        s.setMemoryPolicy(MemoryPolicy::OneResident);
        QVERIFY(s.setLanguage(QStringLiteral("de")));
        QVERIFY(!s.setLanguage(QStringLiteral("xx")));
        s.setShowFirstRun(false);
        settings_->sync();

        QSettings reread(settings_->fileName(), QSettings::IniFormat);
        StudioSettings r(reread);
        QCOMPARE(r.device(), ComputeDevice::Cpu);
        QCOMPARE(r.precision(), Precision::Float16);
        QCOMPARE(r.memoryPolicy(), MemoryPolicy::OneResident);
        QCOMPARE(r.language(), QStringLiteral("de"));
        QVERIFY(!r.showFirstRun());
        QVERIFY(r.problems().isEmpty());
        QCOMPARE(reread.value(QStringLiteral("engine/precision")).toString(), QStringLiteral("fp16"));
        QCOMPARE(reread.value(QStringLiteral("engine/memory")).toString(), QStringLiteral("one-resident"));
        const EngineOptions options = r.engineOptions();
        QCOMPARE(options.device, ComputeDevice::Cpu);
        QCOMPARE(options.memory, MemoryPolicy::OneResident);
    }

    void invalidStoredValuesFallBack() {
        // As a damaged or hand-edited file would hold them.
        QFile file(settings_->fileName());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[engine]\ndevice=gpu9\nprecision=fp8\nmemory=1, 2\n[ui]\nlanguage=xx\n[startup]\nshowFirstRun=maybe\n");
        file.close();
        QSettings damaged(settings_->fileName(), QSettings::IniFormat);
        StudioSettings s(damaged);
        QCOMPARE(s.device(), ComputeDevice::Auto);
        QCOMPARE(s.precision(), Precision::Auto);
        QCOMPARE(s.memoryPolicy(), MemoryPolicy::KeepLoaded);  // a list, not a word
        QCOMPARE(s.language(), QString());
        QVERIFY(s.showFirstRun());
        const QStringList problems = s.problems();
        QCOMPARE(problems.size(), 5);
        QVERIFY2(problems[0].startsWith(QStringLiteral("Device: the saved value \"gpu9\"")), qPrintable(problems[0]));
        QVERIFY(problems[0].contains(QStringLiteral("auto, cpu, cuda")));
        QVERIFY(problems[1].contains(QStringLiteral("fp8")));
        QVERIFY(problems[3].startsWith(QStringLiteral("Language")));

        // The dialog shows them; OK writes valid values back.
        SettingsDialog dialog(damaged, DeviceSupport{});
        QVERIFY(!dialog.problemsLabel()->isHidden());
        QVERIFY(dialog.problemsLabel()->text().contains(QStringLiteral("gpu9")));
        dialog.accept();
        StudioSettings repaired(damaged);
        QCOMPARE(repaired.device(), ComputeDevice::Auto);
        QCOMPARE(damaged.value(QStringLiteral("engine/device")).toString(), QStringLiteral("auto"));
        QCOMPARE(damaged.value(QStringLiteral("startup/showFirstRun")).toString(), QStringLiteral("true"));
        QVERIFY(repaired.problems().isEmpty());
    }

    void dialogDevicesAndSaving() {
        DeviceSupport noCuda;
        noCuda.known = true;
        noCuda.cudaAvailable = false;
        noCuda.reason = QStringLiteral("no NVIDIA graphics card with a working driver was found.");
        SettingsDialog dialog(*settings_, noCuda);
        QVERIFY(dialog.problemsLabel()->isHidden());
        QComboBox* device = dialog.deviceCombo();
        const int cuda = device->findData(static_cast<int>(ComputeDevice::Cuda));
        QVERIFY(!qobject_cast<QStandardItemModel*>(device->model())->item(cuda)->isEnabled());
        QCOMPARE(device->itemData(cuda, Qt::ToolTipRole).toString(), noCuda.reason);

        DeviceSupport withCuda{true, true, QString()};
        SettingsDialog second(*settings_, withCuda);
        QVERIFY(qobject_cast<QStandardItemModel*>(second.deviceCombo()->model())->item(cuda)->isEnabled());

        // Languages: their own names; one without a translation says so.
        QComboBox* language = dialog.languageCombo();
        QCOMPARE(language->count(), 6);
        QVERIFY(language->findText(QStringLiteral("Deutsch")) > 0);
        QVERIFY(language->findText(QStringLiteral("日本語")) > 0);
        language->setCurrentIndex(language->findData(QStringLiteral("ko")));
        QVERIFY(dialog.languageNoteLabel()->text().contains(QStringLiteral("next time")));
        QVERIFY(dialog.languageNoteLabel()->text().contains(QStringLiteral("no 한국어 translation")));

        dialog.precisionCombo()->setCurrentIndex(dialog.precisionCombo()->findData(static_cast<int>(Precision::BFloat16)));
        dialog.memoryCombo()->setCurrentIndex(dialog.memoryCombo()->findData(static_cast<int>(MemoryPolicy::OneResident)));
        dialog.deviceCombo()->setCurrentIndex(dialog.deviceCombo()->findData(static_cast<int>(ComputeDevice::Cpu)));
        dialog.accept();
        StudioSettings s(*settings_);
        QCOMPARE(s.precision(), Precision::BFloat16);
        QCOMPARE(s.memoryPolicy(), MemoryPolicy::OneResident);
        QCOMPARE(s.device(), ComputeDevice::Cpu);
        QCOMPARE(s.language(), QStringLiteral("ko"));

        // Cancel keeps what was saved.
        SettingsDialog third(*settings_, withCuda);
        third.restoreDefaults();
        third.reject();
        QCOMPARE(StudioSettings(*settings_).precision(), Precision::BFloat16);
    }

    void firstRunDecision() {
        Catalog empty;
        QVERIFY(firstRunNeeded(true, QString(), nullptr));
        QVERIFY(!firstRunNeeded(false, QString(), nullptr));
        QVERIFY(!firstRunNeeded(true, QStringLiteral("/m"), nullptr));  // not scanned yet
        QVERIFY(firstRunNeeded(true, QStringLiteral("/m"), &empty));
        Catalog ready;
        ready.models.push_back(ModelSet{});
        ready.models.back().readyToGenerate = true;
        QVERIFY(!firstRunNeeded(true, QStringLiteral("/m"), &ready));
    }

    void firstRunShownWithoutFolder() {
        MainWindow window(*settings_);
        window.show();
        window.startFirstRunCheck();
        FirstRunDialog* guide = window.firstRunDialog();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(guide->findChild<QLabel*>(QStringLiteral("firstRunIntro"))->text().contains(QStringLiteral("ACE-Step/Ace-Step1.5")));

        // Choosing a ready folder in the guide: scanned, shown, and on "Use" it becomes the models folder.
        QTemporaryDir models;
        const QString folder = writeReadyFolder(models);
        QSignalSpy scanned(guide, &FirstRunDialog::scanned);
        guide->scanFolder(folder);
        QVERIFY(scanned.wait(kScanTimeoutMs));
        QVERIFY(guide->folderReady());
        QVERIFY(guide->useButton()->isEnabled());
        QVERIFY(guide->resultLabel()->text().contains(QStringLiteral("ready to generate: 1")));
        QSignalSpy panelScanned(window.modelsPanel(), &ModelsPanel::scanFinished);
        guide->useButton()->click();
        QCOMPARE(ModelSettings(*settings_).folder(), QDir::cleanPath(folder));
        QCOMPARE(window.modelsPanel()->folder(), QDir::cleanPath(folder));
        QVERIFY(panelScanned.wait(kScanTimeoutMs));
        QTRY_VERIFY(!window.firstRunDialog());  // closed and deleted
    }

    void notNowKeepsTheAppUsable() {
        MainWindow window(*settings_);
        window.show();
        window.startFirstRunCheck();
        QVERIFY(window.firstRunDialog());
        window.firstRunDialog()->showAtStartCheck()->setChecked(false);
        window.firstRunDialog()->notNowButton()->click();
        QTRY_VERIFY(!window.firstRunDialog());
        QVERIFY(window.isEnabled());
        QVERIFY(!StudioSettings(*settings_).showFirstRun());
        // Turned off: not shown at the next start, but Help > Getting Models still opens it.
        MainWindow next(*settings_);
        next.startFirstRunCheck();
        QVERIFY(!next.firstRunDialog());
        QAction* getting = menuAction(next, QStringLiteral("gettingModelsAction"));
        QVERIFY(getting);
        getting->trigger();
        QVERIFY(next.firstRunDialog());
    }

    void firstRunNotShownWithReadyFolder() {
        QTemporaryDir models;
        const QString folder = writeReadyFolder(models);
        ModelSettings(*settings_).setFolder(folder);
        MainWindow window(*settings_);
        QSignalSpy scanned(window.modelsPanel(), &ModelsPanel::scanFinished);
        window.modelsPanel()->openSavedFolder();
        window.startFirstRunCheck();
        QVERIFY(scanned.wait(kScanTimeoutMs));
        QCoreApplication::processEvents();
        QVERIFY(!window.firstRunDialog());
        // The Compose page's picker got the catalog.
        QCOMPARE(window.modelsPanel()->catalog().models.size(), std::size_t{1});
    }

    void firstRunShownWhenFolderHasNoReadyModel() {
        QTemporaryDir models;
        QFile junk(models.filePath(QStringLiteral("notes.safetensors")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a model");
        junk.close();
        ModelSettings(*settings_).setFolder(models.path());
        MainWindow window(*settings_);
        QSignalSpy scanned(window.modelsPanel(), &ModelsPanel::scanFinished);
        window.modelsPanel()->openSavedFolder();
        window.startFirstRunCheck();
        QVERIFY(!window.firstRunDialog());  // judged after the scan
        QVERIFY(scanned.wait(kScanTimeoutMs));
        QTRY_VERIFY(window.firstRunDialog());
    }

    void settingsActionAndShortcutList() {
        MainWindow window(*settings_);
        window.setDeviceSupportProvider([] { return DeviceSupport{true, false, QStringLiteral("no GPU here")}; });
        QAction* settingsAction = menuAction(window, QStringLiteral("settingsAction"));
        QVERIFY(settingsAction);
        QCOMPARE(settingsAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        settingsAction->trigger();
        QVERIFY(window.settingsDialog());
        QVERIFY(window.settingsDialog()->deviceCombo()->itemData(2, Qt::ToolTipRole).toString() == QStringLiteral("no GPU here"));
        QVERIFY(window.settingsDialog()->modelsSummaryLabel()->text().contains(QStringLiteral("Songloom looks in")));
        window.settingsDialog()->reject();

        const QList<ShortcutEntry> entries = collectShortcuts(window);
        QStringList keys;
        for (const ShortcutEntry& e : entries)
            keys << e.keys.toString();
        for (const char* expected : {"Ctrl+,", "Ctrl+O", "F5", "Ctrl+Q", "Ctrl+/", "Ctrl+1", "Ctrl+2", "Ctrl+3",
                                     "Ctrl+Shift+X", "Ctrl+Shift+A", "Ctrl+Shift+D"})
            QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);
        QCOMPARE(keys.removeDuplicates(), 0);  // no key does two things
        for (const ShortcutEntry& e : entries) {
            if (e.keys == QKeySequence(QStringLiteral("Ctrl+2")))
                QCOMPARE(e.where, QStringLiteral("On the Compose page"));
            if (e.keys == QKeySequence(QStringLiteral("Ctrl+,")))
                QCOMPARE(e.where, QStringLiteral("Everywhere"));
        }
        ShortcutsDialog dialog(window);
        QCOMPARE(dialog.table()->rowCount(), static_cast<int>(entries.size()));
    }

    void screenshot() {
        QTemporaryDir models;
        const QString folder = writeReadyFolder(models);
        ModelSettings(*settings_).setFolder(folder);
        MainWindow window(*settings_);
        window.setDeviceSupportProvider(
            [] { return DeviceSupport{true, false, QStringLiteral("no NVIDIA graphics card with a working driver was found.")}; });
        QSignalSpy scanned(window.modelsPanel(), &ModelsPanel::scanFinished);
        window.modelsPanel()->openSavedFolder();
        QVERIFY(scanned.wait(kScanTimeoutMs));
        window.showSettings();
        SettingsDialog* dialog = window.settingsDialog();
        QVERIFY(dialog);
        dialog->precisionCombo()->setCurrentIndex(dialog->precisionCombo()->findData(static_cast<int>(Precision::Float16)));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString out = QString::fromLocal8Bit(qgetenv("SONGLOOM_TEST_ARTIFACTS"));
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(dialog->grab().save(out + QStringLiteral("/songloom-settings-dialog.png")));
            window.showFirstRun();
            QVERIFY(QTest::qWaitForWindowExposed(window.firstRunDialog()));
            QSignalSpy guideScanned(window.firstRunDialog(), &FirstRunDialog::scanned);
            QVERIFY(guideScanned.wait(kScanTimeoutMs));
            QCoreApplication::processEvents();  // the layout takes the result's height
            QVERIFY(window.firstRunDialog()->grab().save(out + QStringLiteral("/songloom-first-run.png")));
        }
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<QSettings> settings_;
    int count_ = 0;
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
