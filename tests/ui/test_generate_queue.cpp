// The generate queue against a scripted backend on its own thread: jobs persist across a restart (a job
// cut off mid-run comes back interrupted with its finished takes listed; queued ones resume), stop now and
// stop after this take leave the queue consistent while the GUI event loop keeps running, progress reaches
// the widgets at most ~20 times a second, takes land as tagged FLAC files, and the queue panel's buttons act.
#include "fakebackend.h"

#include "generate/jobqueue.h"
#include "generate/queuepanel.h"
#include "variations/variationsview.h"
#include "library/studiodatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace songloom;
using namespace songloom::ui;
using songloom::test::FakeBackend;

namespace {

GenerationRequest song(const char* caption, int batch = 1, std::int64_t seed = 42) {
    GenerationRequest r;
    r.caption = caption;
    r.lyrics = "[Verse]\nline one\nline two";
    r.durationSeconds = 30;
    r.batchSize = batch;
    r.seed = seed;
    return r;
}

// Everything the studio builds on one database, created and destroyed as the app does.
struct Studio {
    explicit Studio(const QString& dir, bool ready = true)
        : db(dir + QStringLiteral("/songloom.sqlite")), jobs(openedDb()), takes(db.db()) {
        backend.setReady(ready);
        queue = std::make_unique<JobQueue>(jobs, takes, backend, dir + QStringLiteral("/takes"));
        queue->setModelSet(QStringLiteral("/models/dit.safetensors"), QStringLiteral("Fake Turbo"));
    }
    ~Studio() { queue.reset(); }  // the queue before the backend, as Application orders it
    QSqlDatabase openedDb() {
        if (!db.open())
            qFatal("%s", qPrintable(db.error()));
        return db.db();
    }
    bool waitIdle(int ms = 20000) {
        return QTest::qWaitFor([this] { return queue->isIdle() && !hasQueued(); }, ms);
    }
    bool hasQueued() const {
        for (const JobRecord& j : queue->jobs())
            if (j.state == JobState::Queued)
                return true;
        return false;
    }

    StudioDatabase db;
    JobStore jobs;
    TakeStore takes;
    FakeBackend backend;
    std::unique_ptr<JobQueue> queue;
};

}  // namespace

class TestGenerateQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void persistsAcrossRestart();
    void refusesAnInvalidRequest();
    void stopNowKeepsTheQueueConsistent();
    void stopAfterThisTakeKeepsTheTake();
    void stopsAQueuedJobWithoutRunningIt();
    void coalescesProgress();
    void writesTaggedFlacTakes();
    void queuePanelShowsAndStops();
    void queuePanelComparesAFinishedBatch();
};

void TestGenerateQueue::persistsAcrossRestart() {
    QTemporaryDir dir;
    QList<qint64> ids;
    QString firstTakeFile;
    {
        Studio studio(dir.path());
        studio.backend.stepsPerTake = 5;
        studio.backend.msPerStep = 40;  // take 1 after ~0.2 s, take 2 after ~0.4 s
        for (const char* caption : {"first song", "second song", "third song"}) {
            const JobQueue::Enqueued e = studio.queue->enqueue(song(caption, 2));
            QVERIFY2(e, qPrintable(e.error));
            ids << e.id;
        }
        QSignalSpy recorded(studio.queue.get(), &JobQueue::takeRecorded);
        QVERIFY(recorded.wait(5000));
        QCOMPARE(studio.queue->runningJob(), ids[0]);
        firstTakeFile = studio.takes.takesOfJob(ids[0]).value(0).filePath;
        // The app goes away mid-job: the queue, the backend and the database are destroyed now.
    }
    Studio again(dir.path(), /*ready=*/false);
    QCOMPARE(again.db.interruptedJobs(), 1);
    const QList<JobRecord> jobs = again.queue->jobs();
    QCOMPARE(jobs.size(), 3);
    QCOMPARE(jobs[0].id, ids[0]);
    QCOMPARE(jobs[1].id, ids[1]);
    QCOMPARE(jobs[2].id, ids[2]);
    QCOMPARE(jobs[0].state, JobState::Interrupted);
    QCOMPARE(jobs[1].state, JobState::Queued);
    QCOMPARE(jobs[2].state, JobState::Queued);
    QCOMPARE(QString::fromStdString(parseRequestJson(jobs[1].requestJson.toStdString())->caption), QStringLiteral("second song"));
    QCOMPARE(jobs[0].modelTitle, QStringLiteral("Fake Turbo"));
    // The take finished before the restart is still listed and on disk.
    const QList<TakeRecord> kept = again.takes.takesOfJob(ids[0]);
    QVERIFY(!kept.isEmpty());
    QCOMPARE(kept[0].filePath, firstTakeFile);
    QCOMPARE(kept[0].seed, quint64(42));
    QVERIFY(QFileInfo::exists(firstTakeFile));

    // Once the backend is ready the queued jobs resume in order; the interrupted one waits for "Run again".
    again.backend.setReady(true);
    QVERIFY(again.waitIdle());
    QCOMPARE(again.queue->job(ids[1])->state, JobState::Done);
    QCOMPARE(again.queue->job(ids[2])->state, JobState::Done);
    QCOMPARE(again.queue->job(ids[0])->state, JobState::Interrupted);
    QCOMPARE(again.takes.takesOfJob(ids[2]).size(), 2);
    const JobQueue::Enqueued rerun = again.queue->runAgain(ids[0]);
    QVERIFY(rerun);
    QVERIFY(again.waitIdle());
    QCOMPARE(again.queue->job(rerun.id)->state, JobState::Done);
    QCOMPARE(again.queue->job(rerun.id)->itemsDone, 2);
}

void TestGenerateQueue::refusesAnInvalidRequest() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    GenerationRequest bad = song("too long");
    bad.durationSeconds = 5000;
    const JobQueue::Enqueued e = studio.queue->enqueue(bad);
    QVERIFY(!e);
    QVERIFY2(e.error.contains(QStringLiteral("duration")), qPrintable(e.error));
    QVERIFY(studio.queue->jobs().isEmpty());
    studio.queue->setModelSet({}, {});
    QVERIFY(!studio.queue->enqueue(song("no model")));
}

void TestGenerateQueue::stopNowKeepsTheQueueConsistent() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    studio.backend.stepsPerTake = 50;
    studio.backend.msPerStep = 20;  // one take would take a second
    const qint64 first = studio.queue->enqueue(song("slow one", 2)).id;
    const qint64 second = studio.queue->enqueue(song("next one", 1)).id;
    studio.backend.stepsPerTake = 50;
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(10);
    QSignalSpy progress(studio.queue.get(), &JobQueue::progressChanged);
    QVERIFY(progress.wait(5000));
    QCOMPARE(studio.queue->runningJob(), first);
    QVERIFY(studio.queue->stop(first, StopMode::Now));
    // Stop now: no take of the first job, the second starts and finishes.
    QVERIFY(studio.waitIdle());
    QCOMPARE(studio.queue->job(first)->state, JobState::Cancelled);
    QCOMPARE(studio.takes.takesOfJob(first).size(), 0);
    QCOMPARE(studio.queue->job(second)->state, JobState::Done);
    QCOMPARE(studio.takes.takesOfJob(second).size(), 1);
    QCOMPARE(studio.queue->runningJob(), 0);
    QCOMPARE(studio.backend.started.load(), 2);
    // The GUI thread kept processing events through the whole run (~1 s of generation at 10 ms a tick).
    QVERIFY2(ticks >= 30, qPrintable(QString::number(ticks)));
}

void TestGenerateQueue::stopAfterThisTakeKeepsTheTake() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    studio.backend.stepsPerTake = 20;
    studio.backend.msPerStep = 15;
    const qint64 id = studio.queue->enqueue(song("three takes", 3, 7)).id;
    QSignalSpy progress(studio.queue.get(), &JobQueue::progressChanged);
    QVERIFY(progress.wait(5000));
    QCOMPARE(studio.queue->progress(id)->item, 0);
    QVERIFY(studio.queue->stop(id, StopMode::AfterCurrentTake));
    QVERIFY(studio.waitIdle());
    const JobRecord job = *studio.queue->job(id);
    QCOMPARE(job.state, JobState::Cancelled);
    QCOMPARE(job.itemsDone, 1);
    QCOMPARE(job.itemsTotal, 3);
    const QList<TakeRecord> takes = studio.takes.takesOfJob(id);
    QCOMPARE(takes.size(), 1);
    QCOMPARE(takes[0].seed, quint64(7));
    QVERIFY(QFileInfo::exists(takes[0].filePath));
}

void TestGenerateQueue::stopsAQueuedJobWithoutRunningIt() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    studio.backend.msPerStep = 30;
    const qint64 first = studio.queue->enqueue(song("song a")).id;
    const qint64 second = studio.queue->enqueue(song("song b")).id;
    QVERIFY(studio.queue->stop(second, StopMode::Now));
    QCOMPARE(studio.queue->job(second)->state, JobState::Cancelled);
    QVERIFY(!studio.queue->remove(first));  // running: cannot be removed
    QVERIFY(studio.waitIdle());
    QCOMPARE(studio.queue->job(first)->state, JobState::Done);
    QCOMPARE(studio.backend.started.load(), 1);
    QVERIFY(studio.queue->remove(second));
    QCOMPARE(studio.queue->jobs().size(), 1);
}

void TestGenerateQueue::coalescesProgress() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    studio.backend.stepsPerTake = 400;
    studio.backend.msPerStep = 1;  // ~1000 events a second from the backend
    QSignalSpy raw(&studio.backend, &GenerationBackend::progress);
    QSignalSpy shown(studio.queue.get(), &JobQueue::progressChanged);
    QElapsedTimer clock;
    clock.start();
    studio.queue->enqueue(song("busy"));
    QVERIFY(studio.waitIdle());
    const qint64 ms = clock.elapsed();
    QCOMPARE(raw.size(), 400);
    QVERIFY(shown.size() >= 1);
    // At most one update per 50 ms interval (+1 for the first and the last).
    QVERIFY2(shown.size() <= ms / JobQueue::kProgressIntervalMs + 2,
             qPrintable(QStringLiteral("%1 updates in %2 ms").arg(shown.size()).arg(ms)));
}

void TestGenerateQueue::writesTaggedFlacTakes() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    const qint64 id = studio.queue->enqueue(song("tagged", 2, 100)).id;
    QVERIFY(studio.waitIdle());
    const QList<TakeRecord> takes = studio.takes.takesOfJob(id);
    QCOMPARE(takes.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(takes[i].filePath, dir.path() + QStringLiteral("/takes/%1/take_%2.flac").arg(id).arg(i));
        QCOMPARE(takes[i].seed, quint64(100 + i));
        QCOMPARE(takes[i].task, QStringLiteral("text2music"));
        QCOMPARE(takes[i].caption, QStringLiteral("tagged"));
        QVERIFY(std::abs(takes[i].durationSeconds - 0.5) < 1e-6);
        // "Use these settings again" gets the job's request with this take's seed.
        QCOMPARE(*parseRequestJson(takes[i].requestJson.toStdString())->seed, 100 + i);
        const auto tags = audio::readTags(takes[i].filePath.toStdString());
        QVERIFY(static_cast<bool>(tags));
        QCOMPARE(QString::fromStdString(tags->parametersJson), takes[i].parametersJson);
        const auto props = audio::probeFile(takes[i].filePath.toStdString());
        QVERIFY(static_cast<bool>(props));
        QCOMPARE(props->sampleRate, 48000);
    }
}

void TestGenerateQueue::queuePanelShowsAndStops() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    studio.backend.stepsPerTake = 100;
    studio.backend.msPerStep = 20;
    QueuePanel panel(*studio.queue);
    panel.show();
    const qint64 id = studio.queue->enqueue(song("panel song", 2)).id;
    QSignalSpy progress(studio.queue.get(), &JobQueue::progressChanged);
    QVERIFY(progress.wait(5000));
    QCOMPARE(panel.jobList()->topLevelItemCount(), 1);
    QCOMPARE(panel.selectedJob(), id);
    QTRY_VERIFY(panel.jobList()->topLevelItem(0)->text(QueuePanel::StatusColumn).contains(QStringLiteral("step")));
    QVERIFY(panel.jobList()->topLevelItem(0)->text(QueuePanel::EtaColumn).contains(QStringLiteral("left")));
    QVERIFY(panel.stopNowButton()->isEnabled());
    QVERIFY(panel.stopAfterButton()->isEnabled());
    QVERIFY(!panel.runAgainButton()->isEnabled());
    QVERIFY(!panel.removeButton()->isEnabled());
    QTest::mouseClick(panel.stopNowButton(), Qt::LeftButton);
    QVERIFY(studio.waitIdle());
    QCOMPARE(studio.queue->job(id)->state, JobState::Cancelled);
    QTRY_VERIFY(panel.runAgainButton()->isEnabled());
    QVERIFY(panel.jobList()->topLevelItem(0)->text(QueuePanel::StatusColumn).startsWith(QStringLiteral("Stopped")));
    QTest::mouseClick(panel.runAgainButton(), Qt::LeftButton);
    QCOMPARE(panel.jobList()->topLevelItemCount(), 2);
    QVERIFY(panel.selectedJob() != id);
}

// Issue 8: once a batch is done, "Compare Variations" opens its takes side by side.
void TestGenerateQueue::queuePanelComparesAFinishedBatch() {
    QTemporaryDir dir;
    Studio studio(dir.path());
    studio.backend.stepsPerTake = 10;
    studio.backend.msPerStep = 10;
    QueuePanel panel(*studio.queue);
    QSignalSpy compare(&panel, &QueuePanel::compareRequested);
    const qint64 single = studio.queue->enqueue(song("one take", 1)).id;
    const qint64 batch = studio.queue->enqueue(song("batch of three", 3, 11)).id;
    panel.selectJob(batch);
    QVERIFY(!panel.compareButton()->isEnabled());  // not made yet
    QVERIFY(studio.waitIdle());
    panel.selectJob(single);
    QVERIFY(!panel.compareButton()->isEnabled());  // one take: nothing to compare
    panel.selectJob(batch);
    QVERIFY(panel.compareButton()->isEnabled());
    QTest::mouseClick(panel.compareButton(), Qt::LeftButton);
    QCOMPARE(compare.size(), 1);
    QCOMPARE(compare.first().at(0).toLongLong(), batch);

    VariationsView view(studio.takes, PlaybackEngine::Output::Null);
    QSignalSpy loaded(&view, &VariationsView::loaded);
    QVERIFY(view.showJob(batch));
    QCOMPARE(view.count(), 3);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(view.player()->bufferCount(), 3);
    QCOMPARE(view.take(2).seed, quint64(13));
}

QTEST_MAIN(TestGenerateQueue)
#include "test_generate_queue.moc"
