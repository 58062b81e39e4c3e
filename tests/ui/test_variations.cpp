// Variations side by side (issue 8): the loudness-match gains as a plain function; the view on the null
// sink: keys 1-8 switch the player at the same position (paused exactly, playing without a jump back),
// the gains bring every take to the quietest one's measured loudness (and M turns matching off), K stores
// the keeper (one per batch); dragging a card or History rows carries the takes' file URLs; the queue
// panel's / History's compare actions; screenshot of three variations.
#include "common/takedrag.h"
#include "history/historypage.h"
#include "history/taketable.h"
#include "library/studiodatabase.h"
#include "library/taketrash.h"
#include "variations/loudnessmatch.h"
#include "variations/variationcard.h"
#include "variations/variationsview.h"

#include "songloom/audio_io.h"

#include "testlibrary.h"

#include <QCheckBox>
#include <QDir>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cmath>

using namespace songloom;
using namespace songloom::ui;

namespace {

QString writeTake(const QString& path, float amplitude, double seconds, double hz) {
    audio::AudioBuffer a;
    const auto frames = static_cast<std::size_t>(seconds * 48000);
    a.samples.resize(frames * 2);
    for (std::size_t f = 0; f < frames; ++f) {
        // A swell so the thumbnails show a shape.
        const double t = static_cast<double>(f) / 48000.0;
        const double env = 0.35 + 0.65 * std::pow(std::sin(M_PI * t / seconds), 2);
        const float x = amplitude * static_cast<float>(env * std::sin(2 * M_PI * hz * t));
        a.samples[2 * f] = x;
        a.samples[2 * f + 1] = x;
    }
    audio::WriteOptions o;
    o.format = audio::OutputFormat::Flac;
    o.post.peakNormalize = false;
    if (!audio::writeAudio(path.toStdString(), a, o))
        qFatal("could not write %s", qPrintable(path));
    return path;
}

using songloom::test::Library;

// Three variations of job 7 at different levels (about 6 dB apart), and a lone take of job 8.
QList<qint64> fill(Library& lib, const QString& dir) {
    const float amps[] = {0.5f, 0.25f, 0.9f};
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        TakeRecord t;
        t.jobId = i < 3 ? 7 : 8;
        t.item = i < 3 ? i : 0;
        t.seed = 1000 + static_cast<quint64>(i);
        t.caption = QStringLiteral("warm lo-fi piano, rain on the window");
        t.modelTitle = QStringLiteral("ACE-Step 1.5 Turbo");
        t.durationSeconds = 4.0;
        t.filePath = writeTake(dir + QStringLiteral("/take_%1.flac").arg(i), i < 3 ? amps[i] : 0.3f, 4.0, 180.0 + 40 * i);
        if (!lib.takes->add(t))
            qFatal("%s", qPrintable(lib.takes->lastError()));
        ids << t.id;
    }
    return ids;
}

}  // namespace

class TestVariations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gainsMatchTheQuietest();
    void view();
    void dragCarriesTheFile();
    void historyCompareAndExport();
};

void TestVariations::gainsMatchTheQuietest() {
    const LoudnessMatch m = matchLoudness({-10.0, -16.0, std::nullopt, -13.0});
    QCOMPARE(m.referenceLufs, std::optional<double>(-16.0));
    QCOMPARE(m.gains.size(), std::size_t(4));
    QVERIFY(std::abs(20 * std::log10(m.gains[0]) - -6.0) < 1e-9);
    QCOMPARE(m.gains[1], 1.0);
    QCOMPARE(m.gains[2], 1.0);  // not measured: left alone
    QVERIFY(std::abs(20 * std::log10(m.gains[3]) - -3.0) < 1e-9);
    QVERIFY(!matchLoudness({std::nullopt}).referenceLufs);
}

void TestVariations::view() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> ids = fill(lib, dir.path());
    VariationsView view(*lib.takes, PlaybackEngine::Output::Null);
    view.resize(1000, 380);
    QSignalSpy loaded(&view, &VariationsView::loaded);
    QVERIFY(view.showJob(7, ids[1]));
    QCOMPARE(view.count(), 3);
    QCOMPARE(view.current(), 1);
    QVERIFY(loaded.wait(20000));
    QVERIFY(view.isLoaded());
    PlaybackEngine* player = view.player();
    QVERIFY(player->usingNullSink());
    QCOMPARE(player->bufferCount(), 3);
    QCOMPARE(player->current(), 1);
    QVERIFY(view.card(1)->isCurrent());
    QVERIFY(!view.card(0)->isCurrent());

    // The measured loudness is the file's, and the gains bring each to the quietest (take 2, 0.25).
    for (int i = 0; i < 3; ++i) {
        const auto audio = audio::loadAudio(view.take(i).filePath.toStdString());
        QVERIFY(audio);
        const auto lufs = audio::integratedLoudness(audio->audio);
        QVERIFY(lufs && view.loudness(i));
        QVERIFY(std::abs(*view.loudness(i) - *lufs) < 1e-6);
    }
    QCOMPARE(view.match().referenceLufs, view.loudness(1));
    const std::vector<double> gains = view.appliedGains();
    QCOMPARE(gains.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i) {
        const double matched = *view.loudness(i) + 20 * std::log10(gains[static_cast<std::size_t>(i)]);
        QVERIFY2(std::abs(matched - *view.loudness(1)) < 1e-9, qPrintable(QString::number(matched)));
    }
    QVERIFY(gains[2] < gains[0] && gains[0] < 1.0);

    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));

    // Paused at 1.25 s: a key switches, the position is exactly the same sample.
    player->seek(1.25);
    QSignalSpy switched(player, &PlaybackEngine::currentChanged);
    QTest::keyClick(&view, Qt::Key_3);
    QCOMPARE(player->current(), 2);
    QCOMPARE(view.current(), 2);
    QCOMPARE(player->position(), 1.25);
    QVERIFY(view.card(2)->isCurrent());
    QTest::keyClick(&view, Qt::Key_1);
    QCOMPARE(player->current(), 0);
    QCOMPARE(player->position(), 1.25);
    QCOMPARE(switched.size(), 2);
    // A key past the batch does nothing.
    QTest::keyClick(&view, Qt::Key_8);
    QCOMPARE(player->current(), 0);

    // Playing: switching keeps going from where it was (no restart, no jump back).
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(player->state(), PlaybackEngine::State::Playing);
    QTest::qWait(300);
    const double before = player->position();
    QTest::keyClick(&view, Qt::Key_2);
    const double after = player->position();
    QCOMPARE(player->current(), 1);
    QCOMPARE(player->state(), PlaybackEngine::State::Playing);
    QVERIFY2(after >= before && after - before < 0.05, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(before > 1.4);

    // M: unmatched (all gains 1), playing on at the same variation; M again: matched.
    QTest::keyClick(&view, Qt::Key_M);
    QVERIFY(!view.isMatched());
    QCOMPARE(view.appliedGains(), (std::vector<double>{1.0, 1.0, 1.0}));
    QCOMPARE(player->current(), 1);
    QCOMPARE(player->state(), PlaybackEngine::State::Playing);
    QVERIFY(player->position() >= after);
    QTest::keyClick(&view, Qt::Key_M);
    QCOMPARE(view.appliedGains(), gains);

    // K: the keeper is stored; K on another moves it (one per batch); K again removes it.
    QTest::keyClick(&view, Qt::Key_K);
    QVERIFY(lib.takes->take(ids[1])->keeper);
    QVERIFY(view.card(1)->isKeeper());
    QTest::keyClick(&view, Qt::Key_3);
    QTest::keyClick(&view, Qt::Key_K);
    QVERIFY(lib.takes->take(ids[2])->keeper);
    QVERIFY(!lib.takes->take(ids[1])->keeper);
    QVERIFY(!lib.takes->take(ids[0])->keeper);
    // Survives reopening the database.
    lib.takes.reset();
    lib.trash.reset();
    {
        StudioDatabase again(dir.path() + QStringLiteral("/songloom.sqlite"));
        QVERIFY(again.open());
        TakeStore store(again.db());
        QVERIFY(store.take(ids[2])->keeper);
        QVERIFY(!store.take(ids[1])->keeper);
    }
    player->pause();
    player->seek(2.1);
    QTest::keyClick(&view, Qt::Key_2);
    QTest::qWait(100);

    const QString out = QString::fromLocal8Bit(qgetenv("SONGLOOM_TEST_ARTIFACTS"));
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QVERIFY(view.grab().save(out + QStringLiteral("/songloom-variations.png")));
    }
}

void TestVariations::dragCarriesTheFile() {
    QTemporaryDir dir;
    const QString file = writeTake(dir.filePath(QStringLiteral("take.flac")), 0.3f, 1.0, 220);
    std::unique_ptr<QMimeData> data(takeFilesMimeData({file, dir.filePath(QStringLiteral("gone.flac"))}));
    QVERIFY(data);
    QCOMPARE(data->urls(), QList<QUrl>{QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath())});
    QVERIFY(data->urls().first().isLocalFile());
    QVERIFY(!takeFilesMimeData({dir.filePath(QStringLiteral("gone.flac"))}));

    // History's table: the selected rows' files.
    Library lib(dir.path());
    const QList<qint64> ids = fill(lib, dir.path());
    HistoryPage page(*lib.takes, *lib.trash, PlaybackEngine::Output::Null);
    QTableWidget* table = page.table();
    QVERIFY(table->dragEnabled());
    table->selectAll();
    QCOMPARE(page.selectedTakes().size(), 4);
    QList<QTableWidgetItem*> items;
    for (int row = 0; row < 2; ++row)
        for (int c = 0; c < table->columnCount(); ++c)
            items << table->item(row, c);
    std::unique_ptr<QMimeData> rows(table->model()->mimeData(
        {table->model()->index(0, 0), table->model()->index(0, 1), table->model()->index(1, 0)}));
    QVERIFY(rows);
    QCOMPARE(rows->urls().size(), 2);
    for (const QUrl& url : rows->urls())
        QVERIFY2(QFileInfo(url.toLocalFile()).isFile(), qPrintable(url.toString()));
    QCOMPARE(rows->urls().first().toLocalFile(), QFileInfo(lib.takes->take(page.shownTakes().first())->filePath).absoluteFilePath());
}

void TestVariations::historyCompareAndExport() {
    QTemporaryDir dir;
    Library lib(dir.path());
    const QList<qint64> ids = fill(lib, dir.path());
    HistoryPage page(*lib.takes, *lib.trash, PlaybackEngine::Output::Null);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy compare(&page, &HistoryPage::compareRequested);
    QSignalSpy exporting(&page, &HistoryPage::exportRequested);
    // The lone take: no comparison.
    QVERIFY(page.selectTake(ids[3]));
    QVERIFY(!page.compareButton()->isEnabled());
    QTest::keyClick(page.table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(compare.size(), 0);
    // A take of the batch.
    QVERIFY(page.selectTake(ids[1]));
    QVERIFY(page.compareButton()->isEnabled());
    // The take chosen is the one selected: Export offers it.
    QCOMPARE(page.selectedTakes(), QList<qint64>{ids[1]});
    QVERIFY(page.exportButton()->isEnabled());
    QTest::keyClick(page.table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(compare.size(), 1);
    QCOMPARE(compare.first().at(0).toLongLong(), qint64(7));
    QCOMPARE(compare.first().at(1).toLongLong(), ids[1]);
    // Several selected: Ctrl+Shift+E exports them all.
    page.table()->selectAll();
    QTest::keyClick(page.table(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(exporting.size(), 1);
    QCOMPARE(exporting.first().at(0).value<QList<qint64>>().size(), 4);
}

QTEST_MAIN(TestVariations)
#include "test_variations.moc"
