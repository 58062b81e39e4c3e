// The real EngineBackend (the GPU thread owning songloom::Engine) behind the JobQueue, on the tiny fixture
// models on the CPU: a batch of two lands in the history with seeds s and s + 1, both FLAC files exist and
// carry the engine's parameters JSON, and progress reached the queue from the engine's stages.
#include "engine/engine_backend.h"
#include "generate/jobqueue.h"
#include "library/studiodatabase.h"

#include "songloom/fixtures.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace songloom;
using namespace songloom::ui;

class TestEngineBackend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchOfTwoLandsInHistory();
};

void TestEngineBackend::batchOfTwoLandsInHistory() {
    QTemporaryDir dir;
    const std::filesystem::path models = dir.filePath(QStringLiteral("models")).toStdString();
    const Status written = fixtures::writeFixtures({"official-2b-turbo", "official-vae", "official-text-encoder"},
                                                   models, fixtures::Scale::Tiny, 1);
    QVERIFY2(written, written.message().c_str());
    auto catalog = scanModels(models);
    QVERIFY(static_cast<bool>(catalog));
    const ModelSet* set = nullptr;
    for (const ModelSet& s : catalog->models)
        if (s.readyToGenerate)
            set = &s;
    QVERIFY(set);

    StudioDatabase db(dir.filePath(QStringLiteral("songloom.sqlite")));
    QVERIFY(db.open());
    JobStore jobs(db.db());
    TakeStore takes(db.db());
    app::EngineBackend backend;
    EngineOptions options;
    options.device = ComputeDevice::Cpu;
    backend.setOptions(options);
    backend.setCatalog(*catalog);
    JobQueue queue(jobs, takes, backend, dir.filePath(QStringLiteral("takes")));
    queue.setModelSet(app::EngineBackend::modelSetId(*catalog, *set),
                      QString::fromStdString(catalog->components[set->dit].title));

    GenerationRequest r;
    r.caption = "warm lo-fi piano";
    r.lyrics = "[Verse]\nsmall lights";
    r.durationSeconds = 4;
    r.steps = 2;
    r.batchSize = 2;
    r.seed = 1234;
    QSignalSpy progress(&queue, &JobQueue::progressChanged);
    const JobQueue::Enqueued job = queue.enqueue(r);
    QVERIFY2(job, qPrintable(job.error));
    QVERIFY(QTest::qWaitFor([&] { return queue.isIdle() && queue.job(job.id)->state != JobState::Queued; }, 110000));
    const JobRecord done = *queue.job(job.id);
    QVERIFY2(done.state == JobState::Done, qPrintable(done.error));
    QCOMPARE(done.itemsDone, 2);
    QVERIFY(progress.size() >= 1);

    const QList<TakeRecord> list = takes.takesOfJob(job.id);
    QCOMPARE(list.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(list[i].item, i);
        QCOMPARE(list[i].seed, quint64(1234 + i));
        QVERIFY(QFileInfo::exists(list[i].filePath));
        QVERIFY(std::abs(list[i].durationSeconds - 4.0) < 0.1);
        const QJsonObject params = QJsonDocument::fromJson(list[i].parametersJson.toUtf8()).object();
        QCOMPARE(params.value(QLatin1String("seed")).toInteger(), 1234 + i);
        QCOMPARE(params.value(QLatin1String("steps")).toInt(), 2);
        QCOMPARE(list[i].task, QStringLiteral("text2music"));
        const auto tags = audio::readTags(list[i].filePath.toStdString());
        QVERIFY(static_cast<bool>(tags));
        QCOMPARE(QString::fromStdString(tags->parametersJson), list[i].parametersJson);
    }
}

QTEST_MAIN(TestEngineBackend)
#include "test_engine_backend.moc"
