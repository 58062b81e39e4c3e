// The studio end to end, as a songwriter uses it, under Xvfb with the real engine on the tiny fixture
// models: type a caption and lyrics, ask for 2 variations, Generate (Ctrl+Return), both takes arrive in
// History with seeds s and s+1, one plays (the null sink: this machine has no sound card), the studio is
// closed and built again on the same folders and both takes are still there. Then a long job is stopped
// after its first take while the event loop keeps running, and the queue runs the next job.
// Screenshots: build/test-artifacts/songloom-flow-*.png.
#include "compose/captionbuilder.h"
#include "compose/composepage.h"
#include "engine/studio.h"
#include "generate/jobqueue.h"
#include "generate/queuepanel.h"
#include "history/historypage.h"
#include "playback/playbackengine.h"
#include "library/takestore.h"
#include "models/modelspanel.h"
#include "playback/playbackengine.h"
#include "songloom/fixtures.h"
#include "variant/variantpicker.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace songloom;
using namespace songloom::ui;

namespace {

struct Running {
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<app::Studio> studio;
    // The window goes first: its pages use the studio's stores and queue.
    ~Running() {
        window.reset();
        studio.reset();
    }
};

QString artifact(const QString& name) {
    const QString dir = qEnvironmentVariable("SONGLOOM_TEST_ARTIFACTS", QDir::currentPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

void typeLines(QWidget* edit, const QStringList& lines) {
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines[i]);
    }
}

}  // namespace

class TestStudioFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void composeGenerateHistoryPlayRestart();
    void stopAfterTheCurrentTakeKeepsTheAppResponsive();
    void chineseStudioShowsTheSameHistory();

private:
    std::unique_ptr<Running> start();
    qint64 generate(Running& r, int seconds, int steps, int variations, qint64 seed);
    QTemporaryDir root_;
};

void TestStudioFlow::initTestCase() {
    QVERIFY(root_.isValid());
    const QString models = root_.filePath(QStringLiteral("models"));
    const auto st = fixtures::writeFixtures({"official-2b-turbo", "official-vae", "official-text-encoder"},
                                            models.toStdString(), fixtures::Scale::Tiny, 1);
    QVERIFY2(st.isOk(), st.message().c_str());
}

std::unique_ptr<Running> TestStudioFlow::start() {
    auto r = std::make_unique<Running>();
    r->settings = std::make_unique<QSettings>(root_.filePath(QStringLiteral("settings/Songloom.ini")), QSettings::IniFormat);
    r->window = std::make_unique<MainWindow>(*r->settings);
    r->studio = std::make_unique<app::Studio>(*r->window, *r->settings, root_.filePath(QStringLiteral("data")));
    if (!r->studio->error().isEmpty()) qFatal("studio: %s", qPrintable(r->studio->error()));
    r->window->resize(1280, 860);
    r->window->show();
    r->window->activateWindow();
    if (!QTest::qWaitForWindowExposed(r->window.get())) qFatal("the window was not shown");
    ModelsPanel* models = r->window->modelsPanel();
    models->openFolder(root_.filePath(QStringLiteral("models")), ModelsPanel::Remember::Yes);
    QElapsedTimer scan;
    scan.start();
    while ((models->isScanning() || models->catalog().models.empty()) && scan.elapsed() < 30000)
        QTest::qWait(50);
    if (models->catalog().models.empty()) qFatal("the fixture models were not found");
    return r;
}

qint64 TestStudioFlow::generate(Running& r, int seconds, int steps, int variations, qint64 seed) {
    ComposePage* compose = r.window->composePage();
    r.window->showPage(QStringLiteral("composePage"));
    compose->durationSpin()->setValue(seconds);
    compose->variationsSpin()->setValue(variations);
    VariantPicker* picker = compose->variantPicker();
    picker->stepsSpin()->setValue(steps);
    picker->randomSeedCheck()->setChecked(false);
    picker->seedEdit()->setText(QString::number(seed));
    const int before = r.studio->queue()->jobs().size();
    r.window->activateWindow();
    QTest::keyClick(r.window.get(), Qt::Key_Return, Qt::ControlModifier);  // Generate
    if (r.studio->queue()->jobs().size() != before + 1) return 0;
    return r.studio->queue()->jobs().last().id > r.studio->queue()->jobs().first().id
               ? r.studio->queue()->jobs().last().id
               : r.studio->queue()->jobs().first().id;
}

void TestStudioFlow::composeGenerateHistoryPlayRestart() {
    quint64 firstSeed = 0;
    QStringList files;
    {
        auto r = start();
        r->window->showPage(QStringLiteral("composePage"));
        auto* caption = r->window->findChild<QPlainTextEdit*>(QStringLiteral("captionText"));
        auto* lyrics = r->window->findChild<QPlainTextEdit*>(QStringLiteral("lyricsText"));
        QVERIFY(caption && lyrics);
        QTest::keyClicks(caption, QStringLiteral("warm indie folk, fingerpicked guitar, soft female vocal"));
        typeLines(lyrics, {QStringLiteral("[Verse]"), QStringLiteral("River in the morning"),
                           QStringLiteral("Cold hands on the wheel"), QString(), QStringLiteral("[Chorus]"),
                           QStringLiteral("Take me home")});
        QCOMPARE(r->window->composePage()->state().caption,
                 QStringLiteral("warm indie folk, fingerpicked guitar, soft female vocal"));
        QVERIFY(r->window->composePage()->state().lyrics.contains(QStringLiteral("[Chorus]\nTake me home")));
        r->window->grab().save(artifact(QStringLiteral("songloom-flow-compose-en.png")));

        const qint64 job = generate(*r, 4, 2, 2, 321);
        QVERIFY2(job > 0, "Ctrl+Return queued no job");
        QTRY_VERIFY_WITH_TIMEOUT(r->studio->queue()->job(job)->state == JobState::Done &&
                                     r->studio->queue()->isIdle(),
                                 240000);
        const QList<TakeRecord> takes = r->studio->takes()->takesOfJob(job);
        QCOMPARE(takes.size(), 2);
        QCOMPARE(takes[0].seed, quint64(321));
        QCOMPARE(takes[1].seed, quint64(322));
        firstSeed = takes[0].seed;
        for (const TakeRecord& t : takes) {
            QVERIFY(QFileInfo::exists(t.filePath));
            QVERIFY(std::abs(t.durationSeconds - 4.0) < 0.05);
            files << t.filePath;
        }

        // History: both takes, with their seeds in the table.
        QVERIFY(r->window->showPage(QStringLiteral("historyPage")));
        HistoryPage* history = r->studio->historyPage();
        auto* table = history->findChild<QTableWidget*>(QStringLiteral("takeTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->rowCount(), 2);
        QStringList seeds;
        for (int row = 0; row < table->rowCount(); ++row)
            for (int col = 0; col < table->columnCount(); ++col)
                if (table->item(row, col)) seeds << table->item(row, col)->text();
        QVERIFY(seeds.contains(QStringLiteral("321")));
        QVERIFY(seeds.contains(QStringLiteral("322")));

        // Play one with Space on the table: the null sink consumes it in real time.
        QVERIFY(history->selectTake(takes[0].id));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Space);
        PlaybackEngine* player = history->player();
        QTRY_COMPARE_WITH_TIMEOUT(player->state(), PlaybackEngine::State::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() > 0.3, 5000);
        QVERIFY(std::abs(player->duration() - 4.0) < 0.05);
        r->window->grab().save(artifact(QStringLiteral("songloom-flow-history-en.png")));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(player->state(), PlaybackEngine::State::Paused);
    }
    // Closed and opened again on the same folders: the takes, their seeds and files are still there.
    {
        auto r = start();
        TakeFilter all;
        const QList<TakeRecord> kept = r->studio->takes()->search(all);
        QCOMPARE(kept.size(), 2);
        QStringList keptFiles;
        for (const TakeRecord& t : kept) {
            QVERIFY(QFileInfo::exists(t.filePath));
            keptFiles << t.filePath;
        }
        keptFiles.sort();
        files.sort();
        QCOMPARE(keptFiles, files);
        QVERIFY(r->window->showPage(QStringLiteral("historyPage")));
        auto* table = r->studio->historyPage()->findChild<QTableWidget*>(QStringLiteral("takeTable"));
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(r->studio->queue()->jobs().size(), 1);
        QCOMPARE(r->studio->queue()->jobs().first().state, JobState::Done);
        QVERIFY(firstSeed == 321);
    }
}

void TestStudioFlow::stopAfterTheCurrentTakeKeepsTheAppResponsive() {
    auto r = start();
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
    heartbeat.start();
    r->window->showPage(QStringLiteral("composePage"));
    QTest::keyClicks(r->window->findChild<QPlainTextEdit*>(QStringLiteral("captionText")),
                     QStringLiteral("slow piano ballad"));
    typeLines(r->window->findChild<QPlainTextEdit*>(QStringLiteral("lyricsText")),
              {QStringLiteral("[Verse]"), QStringLiteral("Quiet rooms and longer nights")});
    const qint64 job = generate(*r, 20, 8, 3, 77);
    QVERIFY(job > 0);
    // While the first take is being made, ask the queue panel to stop after it.
    QTRY_VERIFY_WITH_TIMEOUT(r->studio->queue()->runningJob() == job, 30000);
    auto* stopAfter = r->studio->queuePanel()->findChild<QAbstractButton*>(QStringLiteral("stopAfterButton"));
    QVERIFY(stopAfter);
    QTRY_VERIFY_WITH_TIMEOUT(stopAfter->isEnabled(), 10000);
    const int ticksBefore = ticks;
    stopAfter->click();
    QTRY_VERIFY_WITH_TIMEOUT(isFinished(r->studio->queue()->job(job)->state) && r->studio->queue()->isIdle(), 300000);
    QVERIFY2(ticks > ticksBefore + 10, "the event loop stalled while the engine ran");
    QCOMPARE(r->studio->queue()->job(job)->state, JobState::Cancelled);
    const QList<TakeRecord> kept = r->studio->takes()->takesOfJob(job);
    QCOMPARE(kept.size(), 1);  // the take being made was finished and kept
    QCOMPARE(kept[0].seed, quint64(77));
    QVERIFY(QFileInfo::exists(kept[0].filePath));
    // The queue takes the next job and runs it.
    const qint64 next = generate(*r, 2, 1, 1, 5);
    QVERIFY(next > 0 && next != job);
    QTRY_VERIFY_WITH_TIMEOUT(r->studio->queue()->job(next)->state == JobState::Done && r->studio->queue()->isIdle(),
                             120000);
    QCOMPARE(r->studio->takes()->takesOfJob(next).size(), 1);
}

// The studio in Chinese (the build's songloom_zh_CN.qm) on the same data: the takes made above are listed.
void TestStudioFlow::chineseStudioShowsTheSameHistory() {
    const QString qmDir = qEnvironmentVariable("SONGLOOM_QM_DIR");
    QVERIFY2(!qmDir.isEmpty(), "SONGLOOM_QM_DIR is not set");
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral("songloom_zh_CN"), qmDir));
    QCoreApplication::installTranslator(&zh);
    {
        auto r = start();
        QVERIFY(r->window->showPage(QStringLiteral("historyPage")));
        auto* table = r->studio->historyPage()->findChild<QTableWidget*>(QStringLiteral("takeTable"));
        QTRY_VERIFY(table->rowCount() >= 2);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("描述"));
        QVERIFY(r->studio->historyPage()->selectTake(r->studio->takes()->search(TakeFilter{}).last().id));
        r->window->grab().save(artifact(QStringLiteral("songloom-flow-history-zh.png")));
        QVERIFY(r->window->showPage(QStringLiteral("composePage")));
        r->window->grab().save(artifact(QStringLiteral("songloom-flow-compose-zh.png")));
    }
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(TestStudioFlow)
#include "test_studio_flow.moc"
