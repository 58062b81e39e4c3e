// The history: search over caption / lyrics / model / seed and every filter, favourites and ratings that
// survive reopening the database, delete with undo (the file moves to the trash and back; expiry makes it
// final), a corrupt database moved aside with a notice, a newer schema refused, the History page's keys
// (Del, Ctrl+Z, 1-5, F), "use these settings again", and playback of a take's file (Space) on the null sink.
#include "history/historypage.h"
#include "library/studiodatabase.h"
#include "library/taketrash.h"

#include "songloom/audio_io.h"

#include "testlibrary.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

#include <cmath>

using namespace songloom;
using namespace songloom::ui;

namespace {

QString writeTone(const QString& path) {
    audio::AudioBuffer a;
    a.samples.resize(48000 * 2);
    for (std::size_t i = 0; i < a.samples.size(); ++i)
        a.samples[i] = 0.3f * std::sin(static_cast<float>(i / 2) * 0.06f);
    audio::WriteOptions o;
    o.format = audio::OutputFormat::Flac;
    if (!audio::writeAudio(path.toStdString(), a, o))
        qFatal("could not write %s", qPrintable(path));
    return path;
}

TakeRecord take(const QString& dir, qint64 job, quint64 seed, const char* caption, const char* model,
                const char* task, const QDateTime& when) {
    TakeRecord t;
    t.jobId = job;
    t.seed = seed;
    t.caption = QString::fromUtf8(caption);
    t.modelTitle = QString::fromUtf8(model);
    t.task = QString::fromUtf8(task);
    t.lyricsExcerpt = QStringLiteral("[Verse]\nharbour lights %1").arg(seed);
    t.created = when;
    t.durationSeconds = 1.0;
    t.filePath = writeTone(dir + QStringLiteral("/take_%1.flac").arg(seed));
    t.parametersJson = QStringLiteral(R"({"task":"%1","seed":%2,"model":{"title":"%3"}})").arg(task).arg(seed).arg(model);
    GenerationRequest r;
    r.caption = caption;
    r.seed = static_cast<std::int64_t>(seed);
    r.durationSeconds = 42;
    r.bpm = 97;
    t.requestJson = QString::fromStdString(requestToJson(r));
    return t;
}

using songloom::test::Library;

// Three takes: ids in the order added; the newest is "jazz".
QList<qint64> fill(Library& lib, const QString& dir) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TakeRecord> list{take(dir, 1, 11, "warm lo-fi piano", "ACE-Step 1.5 Turbo", "text2music", now.addDays(-10)),
                           take(dir, 1, 12, "dark synthwave", "ACE-Step 1.5 Turbo", "cover", now.addDays(-1)),
                           take(dir, 2, 901, "bright jazz trio", "ACE-Step 1.5 XL Base", "text2music", now)};
    QList<qint64> ids;
    for (TakeRecord& t : list) {
        if (!lib.takes->add(t))
            qFatal("%s", qPrintable(lib.takes->lastError()));
        ids << t.id;
    }
    return ids;
}

QList<qint64> ids(const QList<TakeRecord>& takes) {
    QList<qint64> out;
    for (const TakeRecord& t : takes)
        out << t.id;
    return out;
}

}  // namespace

class TestHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void searchAndFilters();
    void marksPersist();
    void deleteAndUndo();
    void corruptDatabaseIsMovedAside();
    void newerSchemaIsRefused();
    void pageSearchKeysAndUndo();
    void useSettingsAgain();
    void playback();
};

void TestHistory::searchAndFilters() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> t = fill(lib, dir.path());
    QCOMPARE(ids(lib.takes->search({})), (QList<qint64>{t[2], t[1], t[0]}));  // newest first
    TakeFilter f;
    f.text = QStringLiteral("piano");
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[0]});
    f.text = QStringLiteral("901");  // seed
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[2]});
    f.text = QStringLiteral("xl");  // model title, case-insensitive
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[2]});
    f.text = QStringLiteral("harbour 12");  // both words: lyrics + seed
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[1]});
    f.text = QStringLiteral("100%");  // a LIKE wildcard is a plain character
    QVERIFY(lib.takes->search(f).isEmpty());
    f = {};
    f.modelTitle = QStringLiteral("ACE-Step 1.5 Turbo");
    QCOMPARE(ids(lib.takes->search(f)), (QList<qint64>{t[1], t[0]}));
    f.task = QStringLiteral("cover");
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[1]});
    f = {};
    f.from = QDate::currentDate().addDays(-2);
    f.to = QDate::currentDate();
    QCOMPARE(ids(lib.takes->search(f)), (QList<qint64>{t[2], t[1]}));
    f.to = QDate::currentDate().addDays(-1);
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[1]});
    QCOMPARE(lib.takes->modelTitles(), (QStringList{QStringLiteral("ACE-Step 1.5 Turbo"), QStringLiteral("ACE-Step 1.5 XL Base")}));
}

void TestHistory::marksPersist() {
    QTemporaryDir dir;
    QList<qint64> t;
    {
        Library lib(dir.path());
        t = fill(lib, dir.path());
        QVERIFY(lib.takes->setFavourite(t[0], true));
        QVERIFY(lib.takes->setRating(t[0], 4));
        QVERIFY(lib.takes->setRating(t[1], 2));
        QVERIFY(!lib.takes->setRating(t[1], 6));
        QVERIFY(lib.takes->lastError().contains(QStringLiteral("0..5")));
        QVERIFY(!lib.takes->setRating(9999, 1));
    }
    Library lib(dir.path());
    QCOMPARE(lib.takes->take(t[0])->favourite, true);
    QCOMPARE(lib.takes->take(t[0])->rating, 4);
    QCOMPARE(lib.takes->take(t[1])->rating, 2);
    TakeFilter f;
    f.favouritesOnly = true;
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[0]});
    f = {};
    f.minRating = 2;
    QCOMPARE(ids(lib.takes->search(f)), (QList<qint64>{t[1], t[0]}));
    f.minRating = 3;
    QCOMPARE(ids(lib.takes->search(f)), QList<qint64>{t[0]});
}

void TestHistory::deleteAndUndo() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> t = fill(lib, dir.path());
    const QString file = lib.takes->take(t[1])->filePath;
    const QByteArray bytes = [&] { QFile f(file); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QString error;
    QVERIFY2(lib.trash->remove(t[1], &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(QFileInfo::exists(lib.trash->trashPath(*lib.takes->take(t[1]))));
    QCOMPARE(ids(lib.takes->search({})), (QList<qint64>{t[2], t[0]}));
    QVERIFY2(lib.trash->restore(t[1], &error), qPrintable(error));
    QCOMPARE(ids(lib.takes->search({})), (QList<qint64>{t[2], t[1], t[0]}));
    QFile back(file);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), bytes);
    // Expired: the file and the row are gone for good; a second restore has nothing to bring back.
    QVERIFY(lib.trash->remove(t[1], &error));
    const QString trashed = lib.trash->trashPath(*lib.takes->take(t[1]));
    QVERIFY(lib.trash->purge(t[1], &error));
    QVERIFY(!QFileInfo::exists(trashed));
    QVERIFY(!lib.takes->take(t[1]));
    QVERIFY(!lib.trash->restore(t[1], &error));
    // A deletion left pending by a crash is finished at the next start.
    QVERIFY(lib.trash->remove(t[0], &error));
    QCOMPARE(lib.trash->purgeAll(), 1);
    TakeFilter all;
    all.includeDeleted = true;
    QCOMPARE(ids(lib.takes->search(all)), QList<qint64>{t[2]});
}

void TestHistory::corruptDatabaseIsMovedAside() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("songloom.sqlite"));
    const QByteArray garbage(8192, 'x');
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    StudioDatabase db(path);
    QVERIFY2(db.open(), qPrintable(db.error()));
    QVERIFY(db.movedAsideTo().startsWith(path + QStringLiteral(".corrupt-")));
    QVERIFY(db.notice().contains(db.movedAsideTo()));
    QFile kept(db.movedAsideTo());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);  // nothing silently dropped
    TakeStore takes(db.db());
    QVERIFY(takes.search({}).isEmpty());
    TakeRecord t = take(dir.path(), 1, 5, "fresh", "m", "text2music", QDateTime::currentDateTimeUtc());
    QVERIFY(takes.add(t));
}

void TestHistory::newerSchemaIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("songloom.sqlite"));
    {
        StudioDatabase db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    StudioDatabase db(path);
    QVERIFY(!db.open());
    QVERIFY2(db.error().contains(QStringLiteral("newer")), qPrintable(db.error()));
    QVERIFY(db.movedAsideTo().isEmpty());
    QVERIFY(QFileInfo::exists(path));
}

void TestHistory::pageSearchKeysAndUndo() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> t = fill(lib, dir.path());
    HistoryPage page(*lib.takes, *lib.trash);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.shownTakes(), (QList<qint64>{t[2], t[1], t[0]}));
    QTest::keyClicks(page.searchField(), QStringLiteral("synth"));
    QCOMPARE(page.shownTakes(), QList<qint64>{t[1]});
    page.searchField()->clear();
    page.modelCombo()->setCurrentIndex(page.modelCombo()->findData(QStringLiteral("ACE-Step 1.5 XL Base")));
    QCOMPARE(page.shownTakes(), QList<qint64>{t[2]});
    page.modelCombo()->setCurrentIndex(0);

    QVERIFY(page.selectTake(t[0]));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_4);
    QTest::keyClick(page.table(), Qt::Key_F);
    QCOMPARE(lib.takes->take(t[0])->rating, 4);
    QVERIFY(lib.takes->take(t[0])->favourite);
    QVERIFY(page.details()->toPlainText().contains(QStringLiteral("model.title")));
    page.favouritesOnlyCheck()->setChecked(true);
    QCOMPARE(page.shownTakes(), QList<qint64>{t[0]});
    page.favouritesOnlyCheck()->setChecked(false);

    const QString file = lib.takes->take(t[1])->filePath;
    QVERIFY(page.selectTake(t[1]));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Delete);
    QVERIFY(page.undoBar()->isVisible());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(page.shownTakes(), (QList<qint64>{t[2], t[0]}));
    QTest::keyClick(page.table(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(page.shownTakes(), (QList<qint64>{t[2], t[1], t[0]}));
    QCOMPARE(page.currentTake(), t[1]);
    QVERIFY(!page.undoBar()->isVisible());
}

void TestHistory::useSettingsAgain() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> t = fill(lib, dir.path());
    HistoryPage page(*lib.takes, *lib.trash);
    QSignalSpy reuse(&page, &HistoryPage::reuseRequested);
    QVERIFY(page.selectTake(t[2]));
    page.useSettingsAgain();
    QCOMPARE(reuse.size(), 1);
    const auto request = reuse.at(0).at(0).value<GenerationRequest>();
    QCOMPARE(request.caption, std::string("bright jazz trio"));
    QCOMPARE(*request.seed, 901);
    QCOMPARE(*request.bpm, 97);
}

void TestHistory::playback() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> t = fill(lib, dir.path());
    HistoryPage page(*lib.takes, *lib.trash, PlaybackEngine::Output::Null);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    PlaybackEngine* player = page.player();
    QVERIFY(player->usingNullSink());
    QVERIFY(page.selectTake(t[0]));
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Space);
    // The FLAC is decoded off the GUI thread, then plays: the 1 s take, its position advancing.
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), PlaybackEngine::State::Playing, 5000);
    QCOMPARE(page.loadedFile(), lib.takes->take(t[0])->filePath);
    QVERIFY(std::abs(player->duration() - 1.0) < 0.01);
    const double start = player->position();
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > start + 0.2, 2000);
    QTest::keyClick(page.table(), Qt::Key_Space);
    QCOMPARE(player->state(), PlaybackEngine::State::Paused);
    const double paused = player->position();
    QTest::qWait(150);
    QCOMPARE(player->position(), paused);
    // Space again resumes the same take (no reload), which then ends by itself.
    QTest::keyClick(page.table(), Qt::Key_Space);
    QCOMPARE(player->state(), PlaybackEngine::State::Playing);
    QVERIFY(player->position() >= paused);
    QTRY_COMPARE_WITH_TIMEOUT(player->state(), PlaybackEngine::State::Stopped, 3000);

    // Another take replaces it; deleting the take that is loaded stops and unloads it.
    QVERIFY(page.selectTake(t[1]));
    page.togglePlay();
    QTRY_COMPARE_WITH_TIMEOUT(page.loadedFile(), lib.takes->take(t[1])->filePath, 5000);
    QCOMPARE(player->state(), PlaybackEngine::State::Playing);
    page.deleteCurrent();
    QCOMPARE(player->state(), PlaybackEngine::State::Stopped);
    QVERIFY(page.loadedFile().isEmpty());
    QCOMPARE(player->bufferCount(), 0);

    // A take whose file is gone: a message naming the file, nothing plays.
    QVERIFY(page.selectTake(t[2]));
    const QString missing = lib.takes->take(t[2])->filePath;
    QVERIFY(QFile::remove(missing));
    page.togglePlay();
    QTRY_VERIFY_WITH_TIMEOUT(!page.messageLabel()->text().isEmpty(), 5000);
    QVERIFY2(page.messageLabel()->text().contains(QFileInfo(missing).fileName()), qPrintable(page.messageLabel()->text()));
    QCOMPARE(player->state(), PlaybackEngine::State::Stopped);
}

QTEST_MAIN(TestHistory)
#include "test_history.moc"
