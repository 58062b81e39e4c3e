// The Edit page as a widget (offscreen, the scripted backend doing repaints the engine's way): opening a
// take, lineage buttons and branching from an ancestor, refusals with their reasons (no region, regions
// that overlap, a song past 600 s, a missing cover source), a caption / lyrics of each region's own, two
// regions repainted with 2 takes each and accepted with different choices (brute-force check of every
// sample), extend before and after chained as two jobs, a cover of the take recorded as its child.
#include "editor/lineage.h"
#include "editor/takeeditor.h"
#include "generate/jobqueue.h"
#include "library/jobstore.h"
#include "library/studiodatabase.h"
#include "library/takestore.h"
#include "songloom/audio_io.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"

#include "fakebackend.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace songloom;
using namespace songloom::ui;

namespace {

constexpr double kSeconds = 4.0;

struct Bench {
    explicit Bench(const QString& dir) : db(dir + QStringLiteral("/songloom.sqlite")) {
        if (!db.open())
            qFatal("%s", qPrintable(db.error()));
        jobs = std::make_unique<JobStore>(db.db());
        takes = std::make_unique<TakeStore>(db.db());
        backend.msPerStep = 1;
        queue = std::make_unique<JobQueue>(*jobs, *takes, backend, dir + QStringLiteral("/takes"));
        queue->setModelSet(QStringLiteral("/models/dit"), QStringLiteral("Fake Turbo"));
        editor = std::make_unique<TakeEditor>(*takes, *queue, PlaybackEngine::Output::Null);
        editor->resize(1100, 800);
    }
    ~Bench() {
        editor.reset();
        queue.reset();
    }
    StudioDatabase db;
    std::unique_ptr<JobStore> jobs;
    std::unique_ptr<TakeStore> takes;
    test::FakeBackend backend;
    std::unique_ptr<JobQueue> queue;
    std::unique_ptr<TakeEditor> editor;
};

// A 4 s song on disk (FLAC) and in the history, made by a plain text2music job.
qint64 addSong(Bench& b, const QString& dir) {
    audio::AudioBuffer a;
    const auto frames = static_cast<std::int64_t>(kSeconds * 48000);
    a.samples.resize(static_cast<std::size_t>(frames * 2));
    for (std::int64_t i = 0; i < frames; ++i) {
        a.samples[static_cast<std::size_t>(2 * i)] = 0.4f * static_cast<float>(std::sin(2 * M_PI * 220.0 * i / 48000.0));
        a.samples[static_cast<std::size_t>(2 * i + 1)] = 0.4f * static_cast<float>(std::sin(2 * M_PI * 330.0 * i / 48000.0));
    }
    const QString path = dir + QStringLiteral("/song.flac");
    audio::WriteOptions o;
    o.format = audio::OutputFormat::Flac;
    o.post.peakNormalize = false;
    if (!audio::writeAudio(path.toStdString(), a, o))
        qFatal("could not write the song");
    GenerationRequest r;
    r.caption = "warm lo-fi piano";
    r.lyrics = "[Verse]\nSmall lights over the harbour";
    r.durationSeconds = kSeconds;
    r.seed = 11;
    r.bpm = 120;
    r.timeSignature = "4";
    TakeRecord t;
    t.jobId = 500;
    t.seed = 11;
    t.filePath = path;
    t.created = QDateTime::currentDateTimeUtc();
    t.durationSeconds = kSeconds;
    t.task = QStringLiteral("text2music");
    t.caption = QStringLiteral("warm lo-fi piano");
    t.requestJson = QString::fromStdString(requestToJson(r));
    if (!b.takes->add(t))
        qFatal("%s", qPrintable(b.takes->lastError()));
    return t.id;
}

// The song added and open on the Edit page (0 when it did not load).
qint64 openSong(Bench& b, const QString& dir) {
    const qint64 song = addSong(b, dir);
    if (!b.editor->openTake(song) || !QTest::qWaitFor([&] { return b.editor->loaded(); }, 5000))
        return 0;
    return song;
}

audio::AudioBuffer read(const QString& path) {
    auto loaded = audio::loadAudio(path.toStdString());
    if (!loaded)
        qFatal("%s", loaded.status().message().c_str());
    return std::move(loaded->audio);
}

GenerationRequest requestOf(const Bench& b, qint64 jobId) {
    auto r = parseRequestJson(b.queue->job(jobId)->requestJson.toStdString());
    if (!r)
        qFatal("no request");
    return *r;
}

}  // namespace

class TestTakeEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensTakesAndRefusesMissingOnes();
    void repaintRefusalsSayWhy();
    void twoRegionsRepaintedAndAccepted();
    void extendBeforeAndAfterChains();
    void extendPastTheLimitIsRefused();
    void coverOfTheTakeIsItsChild();
};

void TestTakeEditor::opensTakesAndRefusesMissingOnes() {
    QTemporaryDir dir;
    Bench b(dir.path());
    const qint64 song = addSong(b, dir.path());
    TakeEditor& e = *b.editor;
    QVERIFY(!e.repaintButton()->isEnabled());
    QVERIFY(!e.openTake(song + 100));
    QCOMPARE(e.messageLabel()->text(), QStringLiteral("Take %1 is not in the history.").arg(song + 100));
    QVERIFY(e.openTake(song));
    QTRY_VERIFY(e.loaded());
    QCOMPARE(e.audio()->frames(), static_cast<std::int64_t>(kSeconds * 48000));
    QCOMPARE(e.lineageButtons().size(), 1);
    QVERIFY(e.lineageButtons().first()->isChecked());
    QCOMPARE(e.lineageButtons().first()->text(), QStringLiteral("New song · take %1").arg(song));
    // The take's tempo is the timeline's grid (snapping offered).
    QCOMPARE(e.timeline()->view()->tempo().bpm, 120.0);
    QVERIFY(e.timeline()->snapCombo()->isEnabled());
    // Playback follows on the timeline.
    e.togglePlay();
    QTRY_VERIFY_WITH_TIMEOUT(e.timeline()->view()->playhead() > 0.1, 5000);
    e.togglePlay();
    QCOMPARE(e.player()->state(), PlaybackEngine::State::Paused);
    // A take whose file has gone is refused with the path.
    QVERIFY(QFile::remove(b.takes->take(song)->filePath));
    QVERIFY(!e.openTake(song));
    QVERIFY(e.messageLabel()->text().startsWith(QStringLiteral("The file of take %1 is missing").arg(song)));
}

void TestTakeEditor::repaintRefusalsSayWhy() {
    QTemporaryDir dir;
    Bench b(dir.path());
    const qint64 song = openSong(b, dir.path());
    QVERIFY(song > 0);
    TakeEditor& e = *b.editor;
    QVERIFY(!e.repaintButton()->isEnabled());
    QVERIFY(!e.repaintRegions());
    QCOMPARE(e.messageLabel()->text(),
             QStringLiteral("Mark a region first: drag across the waveform (or double-click a section band)."));
    RegionModel* regions = e.timeline()->view()->regions();
    const int r1 = *regions->add(0.5, 1.5);
    const int r2 = *regions->add(1.0, 2.0);
    QVERIFY(e.repaintButton()->isEnabled());
    QVERIFY(!e.repaintRegions());
    QCOMPARE(e.messageLabel()->text(), QStringLiteral("Regions %1 and %2 overlap; move or delete one of them.").arg(r1).arg(r2));
    QCOMPARE(b.queue->jobs().size(), 0);
}

void TestTakeEditor::twoRegionsRepaintedAndAccepted() {
    QTemporaryDir dir;
    Bench b(dir.path());
    const qint64 song = openSong(b, dir.path());
    QVERIFY(song > 0);
    TakeEditor& e = *b.editor;
    RegionModel* regions = e.timeline()->view()->regions();
    const int r1 = *regions->add(0.5, 1.25);
    const int r2 = *regions->add(2.0, 3.5);
    // Each region its own words: the fields show the selected region's.
    regions->select(r1);
    QVERIFY(e.regionCaptionEdit()->isEnabled());
    QTest::keyClicks(e.regionCaptionEdit(), QStringLiteral("warm lo-fi piano, strings"));
    regions->select(r2);
    QCOMPARE(e.regionCaptionEdit()->text(), QString());
    e.regionLyricsEdit()->setPlainText(QStringLiteral("[Bridge]\nHold the line"));
    regions->select(r1);
    QCOMPARE(e.regionCaptionEdit()->text(), QStringLiteral("warm lo-fi piano, strings"));
    QCOMPARE(e.regionLyricsEdit()->toPlainText(), QString());

    e.takesPerRegionSpin()->setValue(2);
    QVERIFY(e.repaintRegions());
    QCOMPARE(e.regionEdits().size(), 2);
    const GenerationRequest first = requestOf(b, e.regionEdits()[0].jobId);
    const GenerationRequest second = requestOf(b, e.regionEdits()[1].jobId);
    QCOMPARE(first.caption, std::string("warm lo-fi piano, strings"));
    QCOMPARE(first.lyrics, std::string("[Verse]\nSmall lights over the harbour"));
    QCOMPARE(first.repaintStart->seconds, 0.5);
    QCOMPARE(first.repaintEnd->seconds, 1.25);
    QCOMPARE(second.caption, std::string("warm lo-fi piano"));
    QCOMPARE(second.lyrics, std::string("[Bridge]\nHold the line"));
    QCOMPARE(second.batchSize, std::optional<int>(2));
    QTRY_VERIFY_WITH_TIMEOUT(e.candidatesReady() == 4 && b.queue->isIdle(), 20000);
    QCOMPARE(e.regionTable()->rowCount(), 2);
    QCOMPARE(e.regionTable()->item(0, 1)->text(), QStringLiteral("ready"));
    QVERIFY(!e.acceptButton()->isEnabled());

    // Audition while playing: the choice is heard without a restart.
    e.player()->play();
    QTRY_VERIFY_WITH_TIMEOUT(e.player()->position() > 0.1, 5000);
    QVERIFY(e.chooseCandidate(r1, 1));
    QCOMPARE(e.player()->state(), PlaybackEngine::State::Playing);
    QVERIFY(e.player()->position() > 0.1);
    auto* combo = qobject_cast<QComboBox*>(e.regionTable()->cellWidget(1, 2));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(e.regionEdits()[1].chosen, 2);
    e.player()->pause();
    QVERIFY(!e.chooseCandidate(r1, 3));  // there is no third take

    const TakeEditor::Candidate c1 = e.regionEdits()[0].candidates[0];
    const TakeEditor::Candidate c2 = e.regionEdits()[1].candidates[1];
    QSignalSpy created(&e, &TakeEditor::takeCreated);
    QVERIFY(e.acceptButton()->isEnabled());
    QVERIFY(e.acceptChoices());
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    const qint64 accepted = created.first().first().toLongLong();
    QTRY_VERIFY(e.currentTake() == accepted && e.loaded());
    const auto record = b.takes->take(accepted);
    QCOMPARE(record->parentId, song);
    QCOMPARE(record->operation, operation::kRepaint);
    QCOMPARE(record->jobId, qint64(0));
    // Every sample: the region's chosen take inside each region, the song elsewhere.
    const audio::AudioBuffer result = read(record->filePath);
    const audio::AudioBuffer source = read(b.takes->take(song)->filePath);
    const audio::AudioBuffer take1 = read(b.takes->take(c1.takeId)->filePath);
    const audio::AudioBuffer take2 = read(b.takes->take(c2.takeId)->filePath);
    QCOMPARE(result.frames(), source.frames());
    int inside = 0;
    for (std::int64_t i = 0; i < result.frames(); ++i) {
        const audio::AudioBuffer* want = &source;
        if (i >= std::llround(c1.start * 48000) && i < std::llround(c1.end * 48000))
            want = &take1;
        else if (i >= std::llround(c2.start * 48000) && i < std::llround(c2.end * 48000))
            want = &take2;
        inside += want != &source;
        for (int c = 0; c < 2; ++c) {
            const auto k = static_cast<std::size_t>(2 * i + c);
            if (result.samples[k] != want->samples[k])
                QFAIL(qPrintable(QStringLiteral("frame %1 differs from the expected source").arg(i)));
        }
    }
    QCOMPARE(inside, static_cast<int>(std::llround(0.75 * 48000) + std::llround(1.5 * 48000)));
    // The accepted region's parameters name what was kept.
    QVERIFY(record->parametersJson.contains(QLatin1String("accepted_regions")));
    // Lineage: two buttons; the first opens the song again (branching from there).
    QCOMPARE(e.lineageButtons().size(), 2);
    QCOMPARE(e.lineageButtons()[1]->text(), QStringLiteral("Repaint · take %1").arg(accepted));
    e.lineageButtons().first()->click();
    QTRY_VERIFY(e.currentTake() == song && e.loaded());
    QCOMPARE(b.takes->children(song).size(), 5);  // 4 region takes + the accepted one
    // Back on the song, its region takes are listed again (one row per region), ready to choose anew.
    QTRY_VERIFY(e.candidatesReady() == 4);
    QCOMPARE(e.regionEdits().size(), 2);
    QCOMPARE(e.regionEdits()[0].start, c1.start);
    QCOMPARE(e.regionEdits()[1].candidates.size(), 2);
    QVERIFY(e.chooseCandidate(e.regionEdits()[1].regionId, 1));
    QVERIFY(e.acceptButton()->isEnabled());
}

void TestTakeEditor::extendBeforeAndAfterChains() {
    QTemporaryDir dir;
    Bench b(dir.path());
    const qint64 song = openSong(b, dir.path());
    QVERIFY(song > 0);
    TakeEditor& e = *b.editor;
    e.extendBeforeSpin()->setValue(1.5);
    e.extendAfterSpin()->setValue(2.0);
    e.extendContextSpin()->setValue(3.0);
    QVERIFY(e.extendSong());
    QCOMPARE(b.queue->jobs().size(), 1);
    const GenerationRequest after = requestOf(b, b.queue->jobs().first().id);
    QCOMPARE(after.repaintEnd->seconds, -2.0);
    QCOMPARE(after.repaintEnd->anchor, RegionAnchor::End);
    QCOMPARE(after.extendContextSeconds, std::optional<double>(3.0));
    // The "before" part is made from the "after" take, then the result opens.
    QTRY_VERIFY_WITH_TIMEOUT(b.queue->jobs().size() == 2 && b.queue->isIdle() && e.currentTake() != song && e.loaded(), 20000);
    const GenerationRequest before = requestOf(b, b.queue->jobs().last().id);
    QCOMPARE(before.repaintStart->seconds, -1.5);
    const qint64 middle = b.takes->takesOfJob(b.queue->jobs().first().id).first().id;
    QCOMPARE(QString::fromStdString(before.sourceAudio), b.takes->take(middle)->filePath);
    const auto last = b.takes->take(e.currentTake());
    QCOMPARE(last->parentId, middle);
    QCOMPARE(b.takes->take(middle)->parentId, song);
    QCOMPARE(last->operation, operation::kExtend);
    QVERIFY(std::fabs(e.audio()->seconds() - (kSeconds + 3.5)) < 1e-3);
    QCOMPARE(b.takes->lineage(last->id).size(), 3);
    // The new part before the song is shown as a band.
    const QVector<TimelineSection>& bands = e.timeline()->view()->regions()->sections();
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands.first().start, 0.0);
    QVERIFY(std::fabs(bands.first().end - 1.5) < 1e-3);
    QCOMPARE(bands.first().name, QStringLiteral("New: 1.5 s before"));
}

void TestTakeEditor::extendPastTheLimitIsRefused() {
    QTemporaryDir dir;
    Bench b(dir.path());
    const qint64 song = openSong(b, dir.path());
    QVERIFY(song > 0);
    TakeEditor& e = *b.editor;
    e.extendBeforeSpin()->setValue(300.0);
    e.extendAfterSpin()->setValue(300.0);
    QVERIFY(!e.extendSong());
    QCOMPARE(e.messageLabel()->text(),
             QStringLiteral("The song would be 604.0 s long; the model makes at most 600 s. Add at most 596.0 s in all."));
    e.extendBeforeSpin()->setValue(0.0);
    e.extendAfterSpin()->setValue(0.0);
    QVERIFY(!e.extendSong());
    QVERIFY(e.messageLabel()->text().startsWith(QStringLiteral("Set Add before or Add after")));
    QCOMPARE(b.queue->jobs().size(), 0);
    QCOMPARE(e.extendAfterSpin()->maximum(), 300.0);  // the seed's range, in the widget too
}

void TestTakeEditor::coverOfTheTakeIsItsChild() {
    QTemporaryDir dir;
    Bench b(dir.path());
    const qint64 song = openSong(b, dir.path());
    QVERIFY(song > 0);
    TakeEditor& e = *b.editor;
    e.coverSourceEdit()->setText(dir.filePath(QStringLiteral("nowhere.wav")));
    QVERIFY(!e.makeCover());
    QCOMPARE(e.messageLabel()->text(), QStringLiteral("The audio file %1 does not exist.").arg(dir.filePath(QStringLiteral("nowhere.wav"))));
    e.coverSourceEdit()->clear();
    e.coverStrengthSpin()->setValue(0.8);
    e.coverModeCombo()->setCurrentIndex(1);
    e.coverCaptionEdit()->setText(QStringLiteral("dark synthwave"));
    QVERIFY(e.makeCover());
    const qint64 job = b.queue->jobs().last().id;
    const GenerationRequest r = requestOf(b, job);
    QCOMPARE(r.task, TaskType::Cover);
    QCOMPARE(r.coverStrength, std::optional<double>(0.8));
    QCOMPARE(r.coverMode, std::optional<CoverMode>(CoverMode::Switch));
    QCOMPARE(r.caption, std::string("dark synthwave"));
    QCOMPARE(b.queue->job(job)->parentTakeId, song);
    QTRY_VERIFY_WITH_TIMEOUT(b.queue->isIdle() && e.currentTake() != song, 20000);
    const auto cover = b.takes->take(e.currentTake());
    QCOMPARE(cover->parentId, song);
    QCOMPARE(cover->operation, operation::kCover);
    QCOMPARE(operationLabel(*cover), QStringLiteral("Cover / remix"));
}

QTEST_MAIN(TestTakeEditor)
#include "test_take_editor.moc"
