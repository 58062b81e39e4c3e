// The Edit page's plain logic (issue 8): the region composer against a brute-force splice, the repaint /
// extend / cover requests built from a take's request (fields and refusals naming the field and range),
// and lineage links in the database (schema 3: parent and operation of takes and jobs, a v2 file migrated,
// chains, children, a looping link, the job queue recording an edit's takes as children).
#include "editor/editplan.h"
#include "editor/lineage.h"
#include "generate/jobqueue.h"
#include "library/jobstore.h"
#include "library/studiodatabase.h"
#include "library/takestore.h"
#include "songloom/audio_io.h"

#include "fakebackend.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace songloom;
using namespace songloom::ui;

namespace {

std::shared_ptr<audio::AudioBuffer> tone(double seconds, double hz, float level) {
    auto b = std::make_shared<audio::AudioBuffer>();
    const auto frames = static_cast<std::int64_t>(std::llround(seconds * 48000));
    b->samples.resize(static_cast<std::size_t>(frames * 2));
    for (std::int64_t i = 0; i < frames; ++i) {
        const float v = level * static_cast<float>(std::sin(2.0 * M_PI * hz * static_cast<double>(i) / 48000.0));
        b->samples[static_cast<std::size_t>(2 * i)] = v;
        b->samples[static_cast<std::size_t>(2 * i + 1)] = -v;
    }
    return b;
}

GenerationRequest songRequest() {
    GenerationRequest r;
    r.caption = "warm lo-fi piano";
    r.lyrics = "[Verse]\nSmall lights";
    r.durationSeconds = 30.0;
    r.seed = 1234;
    r.bpm = 90;
    return r;
}

TakeRecord takeRecord(qint64 parent, const QString& operation, const QString& file) {
    TakeRecord t;
    t.jobId = 1;
    t.seed = 5;
    t.filePath = file;
    t.created = QDateTime::currentDateTimeUtc();
    t.durationSeconds = 30.0;
    t.task = QStringLiteral("text2music");
    t.caption = QStringLiteral("warm lo-fi piano");
    t.parentId = parent;
    t.operation = operation;
    return t;
}

}  // namespace

class TestEditorLogic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void composeMatchesBruteForce();
    void composeRefusesWhatCannotBeSpliced();
    void repaintRequestFields();
    void repaintRequestRefusals();
    void extendRequestFields();
    void extendRequestRefusals();
    void coverRequestFieldsAndRefusals();
    void generatedRegionRoundTrip();
    void lineageInTheDatabase();
    void versionTwoFileGainsLineage();
    void queueRecordsEditsAsChildren();
};

void TestEditorLogic::composeMatchesBruteForce() {
    const auto source = tone(4.0, 220.0, 0.5f);
    const auto takeA = tone(4.0, 330.0, 0.4f);
    const auto takeB = tone(4.0, 440.0, 0.3f);
    // Two regions (given out of order), spans not on whole milliseconds.
    const QList<RegionSplice> splices{{takeB, 2.51234, 3.2}, {takeA, 0.5, 1.25}};
    const Composed out = composeRegions(*source, splices);
    QVERIFY2(out.audio, qPrintable(out.error));
    QCOMPARE(out.audio->frames(), source->frames());
    // Brute force: every frame from the take whose span holds it, else from the source.
    for (std::int64_t i = 0; i < source->frames(); ++i) {
        const audio::AudioBuffer* from = source.get();
        for (const RegionSplice& s : splices)
            if (i >= std::llround(s.start * 48000) && i < std::llround(s.end * 48000))
                from = s.take.get();
        for (int c = 0; c < 2; ++c) {
            const auto k = static_cast<std::size_t>(2 * i + c);
            if (out.audio->samples[k] != from->samples[k])
                QFAIL(qPrintable(QStringLiteral("frame %1 channel %2 differs").arg(i).arg(c)));
        }
    }
    // No splices: the source itself.
    const Composed same = composeRegions(*source, {});
    QVERIFY(same.audio);
    QVERIFY(same.audio->samples == source->samples);
}

void TestEditorLogic::composeRefusesWhatCannotBeSpliced() {
    const auto source = tone(2.0, 220.0, 0.5f);
    const auto take = tone(2.0, 330.0, 0.5f);
    const auto shorter = tone(1.5, 330.0, 0.5f);
    Composed out = composeRegions(*source, {{take, 0.2, 0.9}, {take, 0.8, 1.5}});
    QVERIFY(!out.audio);
    QCOMPARE(out.error, QStringLiteral("Regions 1 and 2 overlap; keep one of them."));
    out = composeRegions(*source, {{shorter, 0.2, 0.9}});
    QVERIFY(!out.audio);
    QVERIFY2(out.error.contains(QLatin1String("72000 frames against 48000 Hz, 2 channels, 96000 frames")), qPrintable(out.error));
    out = composeRegions(*source, {{take, 1.5, 2.5}});
    QVERIFY(!out.audio);
    QCOMPARE(out.error, QStringLiteral("Region 1 (1.50–2.50 s) is not inside the song."));
    out = composeRegions(*source, {{nullptr, 0.1, 0.2}});
    QCOMPARE(out.error, QStringLiteral("Region 1 has no take chosen."));
}

void TestEditorLogic::repaintRequestFields() {
    RepaintPlan plan;
    plan.start = 4.0;
    plan.end = 9.5;
    plan.takes = 3;
    plan.caption = QStringLiteral("  warm lo-fi piano, strings enter ");
    const BuiltRequest b = repaintRequest(songRequest(), QStringLiteral("/songs/take.flac"), 30.0, plan);
    QVERIFY2(b, qPrintable(b.error));
    const GenerationRequest& r = b.request;
    QCOMPARE(r.task, TaskType::Repaint);
    QCOMPARE(r.sourceAudio, std::string("/songs/take.flac"));
    QCOMPARE(r.repaintStart->seconds, 4.0);
    QCOMPARE(r.repaintStart->anchor, RegionAnchor::Start);
    QCOMPARE(r.repaintEnd->seconds, 9.5);
    QCOMPARE(r.repaintEnd->anchor, RegionAnchor::Start);
    QCOMPARE(r.keepSourceAudio, std::optional<bool>(true));
    QCOMPARE(r.batchSize, std::optional<int>(3));
    QCOMPARE(r.seed, std::optional<std::int64_t>(-1));  // new takes, not the take again
    QCOMPARE(r.caption, std::string("warm lo-fi piano, strings enter"));
    QCOMPARE(r.lyrics, std::string("[Verse]\nSmall lights"));  // empty override: the take's own
    QCOMPARE(r.bpm, std::optional<int>(90));
    // The request survives the job store's JSON.
    const auto back = parseRequestJson(requestToJson(r));
    QVERIFY(back);
    QCOMPARE(back->repaintEnd->seconds, 9.5);
}

void TestEditorLogic::repaintRequestRefusals() {
    RepaintPlan plan;
    plan.start = 1.0;
    plan.end = 2.0;
    plan.takes = 0;
    QCOMPARE(repaintRequest(songRequest(), QStringLiteral("a.flac"), 30.0, plan).error,
             QStringLiteral("Takes per region must be between 1 and 8 (it is 0)."));
    plan.takes = 9;
    QCOMPARE(repaintRequest(songRequest(), QStringLiteral("a.flac"), 30.0, plan).error,
             QStringLiteral("Takes per region must be between 1 and 8 (it is 9)."));
    plan.takes = 2;
    plan.end = 31.0;
    QCOMPARE(repaintRequest(songRequest(), QStringLiteral("a.flac"), 30.0, plan).error,
             QStringLiteral("The region 1.00–31.00 s must lie within the take (0–30.00 s) and end after it starts."));
    plan.end = 1.1;
    QCOMPARE(repaintRequest(songRequest(), QStringLiteral("a.flac"), 30.0, plan).error,
             QStringLiteral("The region is 0.10 s long; a repaint needs at least 0.25 s."));
}

void TestEditorLogic::extendRequestFields() {
    ExtendPlan after;
    after.seconds = 10.0;
    const BuiltRequest a = extendRequest(songRequest(), QStringLiteral("s.flac"), 30.0, after);
    QVERIFY2(a, qPrintable(a.error));
    QCOMPARE(a.request.task, TaskType::Repaint);
    QCOMPARE(a.request.repaintStart->seconds, 0.0);
    QCOMPARE(a.request.repaintStart->anchor, RegionAnchor::End);
    QCOMPARE(a.request.repaintEnd->seconds, -10.0);  // 10 s past the end
    QCOMPARE(a.request.repaintEnd->anchor, RegionAnchor::End);
    QCOMPARE(a.request.durationSeconds, std::optional<double>(40.0));
    QVERIFY(!a.request.extendContextSeconds);
    QCOMPARE(a.request.keepSourceAudio, std::optional<bool>(true));

    ExtendPlan before;
    before.before = true;
    before.seconds = 6.5;
    before.contextSeconds = 12.0;
    const BuiltRequest b = extendRequest(songRequest(), QStringLiteral("s.flac"), 30.0, before);
    QVERIFY2(b, qPrintable(b.error));
    QCOMPARE(b.request.repaintStart->seconds, -6.5);
    QCOMPARE(b.request.repaintStart->anchor, RegionAnchor::Start);
    QCOMPARE(b.request.repaintEnd->seconds, 0.0);
    QCOMPARE(b.request.repaintEnd->anchor, RegionAnchor::Start);
    QCOMPARE(b.request.extendContextSeconds, std::optional<double>(12.0));
}

void TestEditorLogic::extendRequestRefusals() {
    ExtendPlan p;
    p.seconds = 0.0;
    QCOMPARE(extendRequest(songRequest(), QStringLiteral("s.flac"), 30.0, p).error,
             QStringLiteral("Extend by must be more than 0 and at most 300 s (it is 0.00 s)."));
    p.seconds = 301.0;
    QCOMPARE(extendRequest(songRequest(), QStringLiteral("s.flac"), 30.0, p).error,
             QStringLiteral("Extend by must be more than 0 and at most 300 s (it is 301.00 s)."));
    p.seconds = 120.0;
    QCOMPARE(extendRequest(songRequest(), QStringLiteral("s.flac"), 500.0, p).error,
             QStringLiteral("The song would be 620.00 s long; the model makes at most 600 s. Extend by at most 100.00 s."));
    p.seconds = 10.0;
    p.contextSeconds = 0.0;
    QCOMPARE(extendRequest(songRequest(), QStringLiteral("s.flac"), 30.0, p).error,
             QStringLiteral("Context must be more than 0 and at most 600 s (it is 0.00 s)."));
}

void TestEditorLogic::coverRequestFieldsAndRefusals() {
    CoverPlan plan;
    plan.strength = 0.35;
    plan.mode = CoverMode::Switch;
    plan.referencePath = QStringLiteral("/ref.wav");
    plan.caption = QStringLiteral("dark synthwave");
    plan.takes = 2;
    const BuiltRequest b = coverRequest(songRequest(), QStringLiteral("/in.mp3"), plan);
    QVERIFY2(b, qPrintable(b.error));
    QCOMPARE(b.request.task, TaskType::Cover);
    QCOMPARE(b.request.sourceAudio, std::string("/in.mp3"));
    QCOMPARE(b.request.coverStrength, std::optional<double>(0.35));
    QCOMPARE(b.request.coverMode, std::optional<CoverMode>(CoverMode::Switch));
    QCOMPARE(b.request.referenceAudio, std::string("/ref.wav"));
    QCOMPARE(b.request.caption, std::string("dark synthwave"));
    QCOMPARE(b.request.batchSize, std::optional<int>(2));
    QVERIFY(!b.request.keepSourceAudio);
    plan.strength = 1.5;
    QCOMPARE(coverRequest(songRequest(), QStringLiteral("/in.mp3"), plan).error,
             QStringLiteral("Strength must be between 0 and 1 (it is 1.5)."));
    plan.strength = 0.5;
    QCOMPARE(coverRequest(songRequest(), QString(), plan).error, QStringLiteral("Choose the source audio: a take or an audio file."));
}

void TestEditorLogic::generatedRegionRoundTrip() {
    const QString json = withGeneratedRegion(QStringLiteral(R"({"seed":7,"task":"repaint"})"), GeneratedRegion{30.0, 40.0, 0.0, 10.0});
    const auto g = generatedRegion(json);
    QVERIFY(g);
    QCOMPARE(g->start, 30.0);
    QCOMPARE(g->end, 40.0);
    QCOMPARE(g->appendedSeconds, 10.0);
    QVERIFY(json.contains(QLatin1String("\"seed\":7")));  // the rest kept
    QVERIFY(!generatedRegion(QStringLiteral(R"({"seed":7})")));
    QVERIFY(!generatedRegion(QStringLiteral("not json")));
}

void TestEditorLogic::lineageInTheDatabase() {
    QTemporaryDir dir;
    StudioDatabase db(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY2(db.open(), qPrintable(db.error()));
    TakeStore takes(db.db());
    TakeRecord root = takeRecord(0, QString(), dir.filePath(QStringLiteral("root.flac")));
    QVERIFY(takes.add(root));
    TakeRecord candidate = takeRecord(root.id, operation::kRepaintCandidate, dir.filePath(QStringLiteral("c.flac")));
    QVERIFY(takes.add(candidate));
    TakeRecord repaint = takeRecord(root.id, operation::kRepaint, dir.filePath(QStringLiteral("r.flac")));
    QVERIFY(takes.add(repaint));
    TakeRecord extend = takeRecord(repaint.id, operation::kExtend, dir.filePath(QStringLiteral("e.flac")));
    QVERIFY(takes.add(extend));

    const QList<TakeRecord> chain = takes.lineage(extend.id);
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain[0].id, root.id);
    QCOMPARE(chain[1].id, repaint.id);
    QCOMPARE(chain[2].id, extend.id);
    QCOMPARE(chain[2].operation, operation::kExtend);
    QCOMPARE(lineageText(chain), QStringLiteral("New song (take %1) → Repaint (take %2) → Extend (take %3)")
                                     .arg(root.id).arg(repaint.id).arg(extend.id));
    QCOMPARE(takes.children(root.id).size(), 2);
    QCOMPARE(takes.children(repaint.id).first().id, extend.id);
    QCOMPARE(takes.takeByFile(dir.filePath(QStringLiteral("r.flac")))->id, repaint.id);
    QVERIFY(!takes.takeByFile(dir.filePath(QStringLiteral("none.flac"))));
    // A deleted take is no source and no child.
    QVERIFY(takes.setDeleted(candidate.id, true));
    QCOMPARE(takes.children(root.id).size(), 1);
    QVERIFY(!takes.takeByFile(dir.filePath(QStringLiteral("c.flac"))));
    // A link that loops (a damaged file) ends the chain instead of hanging.
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE takes SET parent_id = %1 WHERE id = %2").arg(extend.id).arg(root.id)));
    QCOMPARE(takes.lineage(extend.id).size(), 3);
    // A missing parent ends it too.
    QVERIFY(q.exec(QStringLiteral("UPDATE takes SET parent_id = 9999 WHERE id = %1").arg(root.id)));
    QCOMPARE(takes.lineage(extend.id).first().id, root.id);
    QCOMPARE(operationLabel(candidate), QStringLiteral("Repaint take"));
}

void TestEditorLogic::versionTwoFileGainsLineage() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // A file as schema 2 left it, with one take.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (2)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL,"
                                      " request_json TEXT NOT NULL, model_set_id TEXT NOT NULL DEFAULT '',"
                                      " model_title TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,"
                                      " error TEXT NOT NULL DEFAULT '', items_done INTEGER NOT NULL DEFAULT 0,"
                                      " items_total INTEGER NOT NULL DEFAULT 1)")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TABLE takes (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL, item_index INTEGER NOT NULL,"
            " seed INTEGER NOT NULL, file_path TEXT NOT NULL, created TEXT NOT NULL, duration REAL NOT NULL DEFAULT 0,"
            " model_title TEXT NOT NULL DEFAULT '', model_preset TEXT NOT NULL DEFAULT '', task TEXT NOT NULL DEFAULT '',"
            " caption TEXT NOT NULL DEFAULT '', lyrics_excerpt TEXT NOT NULL DEFAULT '', parameters_json TEXT NOT NULL DEFAULT '',"
            " request_json TEXT NOT NULL DEFAULT '', favourite INTEGER NOT NULL DEFAULT 0,"
            " rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5), deleted INTEGER NOT NULL DEFAULT 0,"
            " keeper INTEGER NOT NULL DEFAULT 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO takes (job_id, item_index, seed, file_path, created, keeper)"
                                      " VALUES (3, 0, 42, '/old/take.flac', '2026-11-01T10:00:00.000Z', 1)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    StudioDatabase db(path);
    QVERIFY2(db.open(), qPrintable(db.error()));
    TakeStore takes(db.db());
    const auto old = takes.takeByFile(QStringLiteral("/old/take.flac"));
    QVERIFY(old);
    QCOMPARE(old->seed, quint64(42));
    QVERIFY(old->keeper);
    QCOMPARE(old->parentId, qint64(0));
    QCOMPARE(old->operation, QString());
    QCOMPARE(takes.lineage(old->id).size(), 1);
    JobStore jobs(db.db());
    JobRecord j;
    j.requestJson = QStringLiteral("{}");
    j.parentTakeId = old->id;
    j.operation = operation::kExtend;
    QVERIFY2(jobs.add(j), qPrintable(jobs.lastError()));
    QCOMPARE(jobs.job(j.id)->parentTakeId, old->id);
    QCOMPARE(jobs.job(j.id)->operation, operation::kExtend);
}

void TestEditorLogic::queueRecordsEditsAsChildren() {
    QTemporaryDir dir;
    StudioDatabase db(dir.filePath(QStringLiteral("s.sqlite")));
    QVERIFY(db.open());
    JobStore jobs(db.db());
    TakeStore takes(db.db());
    test::FakeBackend backend;
    JobQueue queue(jobs, takes, backend, dir.filePath(QStringLiteral("takes")));
    queue.setModelSet(QStringLiteral("/m/dit"), QStringLiteral("Tiny"));

    // A source take with a real file (the queue checks source files).
    const QString sourceFile = dir.filePath(QStringLiteral("source.wav"));
    audio::WriteOptions w;
    w.format = audio::OutputFormat::Wav;
    QVERIFY(audio::writeAudio(sourceFile.toStdString(), *tone(1.0, 220.0, 0.3f), w));
    TakeRecord source = takeRecord(0, QString(), sourceFile);
    source.jobId = 900;  // not one of this queue's jobs
    QVERIFY(takes.add(source));

    // An explicit origin: the edit's takes name the source and the edit.
    RepaintPlan plan;
    plan.start = 0.2;
    plan.end = 0.7;
    plan.takes = 2;
    const BuiltRequest repaint = repaintRequest(songRequest(), sourceFile, 1.0, plan);
    QVERIFY2(repaint, qPrintable(repaint.error));
    const JobQueue::Enqueued a = queue.enqueue(repaint.request, JobOrigin{source.id, operation::kRepaintCandidate});
    QVERIFY2(a, qPrintable(a.error));
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && queue.job(a.id)->state == JobState::Done, 20000);
    QList<TakeRecord> made = takes.takesOfJob(a.id);
    QCOMPARE(made.size(), 2);
    for (const TakeRecord& t : made) {
        QCOMPARE(t.parentId, source.id);
        QCOMPARE(t.operation, operation::kRepaintCandidate);
    }
    // No origin given: a request whose source is a take's file is an edit of that take.
    CoverPlan cover;
    const BuiltRequest c = coverRequest(songRequest(), sourceFile, cover);
    QVERIFY2(c, qPrintable(c.error));
    const JobQueue::Enqueued b = queue.enqueue(c.request);
    QVERIFY2(b, qPrintable(b.error));
    QCOMPARE(queue.job(b.id)->parentTakeId, source.id);
    QCOMPARE(queue.job(b.id)->operation, QStringLiteral("cover"));
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && queue.job(b.id)->state == JobState::Done, 20000);
    QCOMPARE(takes.takesOfJob(b.id).first().parentId, source.id);
    // Run again keeps the origin.
    const JobQueue::Enqueued again = queue.runAgain(a.id);
    QVERIFY(again);
    QCOMPARE(queue.job(again.id)->parentTakeId, source.id);
    QCOMPARE(queue.job(again.id)->operation, operation::kRepaintCandidate);
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    QCOMPARE(takes.children(source.id).size(), 5);
}

QTEST_MAIN(TestEditorLogic)
#include "test_editor_logic.moc"
