// Editing a song in the studio end to end (issue 8), under Xvfb with the real engine on the tiny fixture
// models: generate a batch of 2, compare the variations (keys 1–8, keeper), open a take on the Edit page,
// drag a region on its timeline, repaint it with 2 takes, audition and accept one (a new take whose
// samples outside the region are the original's and inside are the chosen take's), extend it by 10 s
// after (a new take, the old song kept, the new part marked), follow the lineage back to the first take,
// and export the extended take as FLAC and MP4 through the Export dialog; the files read back with the
// right duration and tags. Screenshots: build/test-artifacts/songloom-edit-*.png.
#include "compose/composepage.h"
#include "editor/lineage.h"
#include "editor/takeeditor.h"
#include "engine/studio.h"
#include "export/exportdialog.h"
#include "generate/jobqueue.h"
#include "history/historypage.h"
#include "library/takestore.h"
#include "models/modelspanel.h"
#include "playback/playbackengine.h"
#include "songloom/audio_io.h"
#include "songloom/fixtures.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"
#include "variant/variantpicker.h"
#include "variations/variationsview.h"
#include "window/mainwindow.h"

#include "mediaprobe.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace songloom;
using namespace songloom::ui;

namespace {

QString artifact(const QString& name) {
    const QString dir = qEnvironmentVariable("SONGLOOM_TEST_ARTIFACTS", QDir::currentPath());
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

audio::AudioBuffer read(const QString& path) {
    auto loaded = audio::loadAudio(path.toStdString());
    if (!loaded)
        qFatal("could not read %s: %s", qPrintable(path), loaded.status().message().c_str());
    return std::move(loaded->audio);
}

// The largest |a - b| over frames [from, to) (both buffers interleaved stereo).
double maxDiff(const audio::AudioBuffer& a, const audio::AudioBuffer& b, std::int64_t from, std::int64_t to) {
    double worst = 0.0;
    for (std::int64_t i = from * 2; i < to * 2; ++i)
        worst = std::max(worst, static_cast<double>(std::fabs(a.samples[static_cast<std::size_t>(i)] -
                                                              b.samples[static_cast<std::size_t>(i)])));
    return worst;
}

}  // namespace

class TestEditFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateRepaintAcceptExtendExport();

private:
    QTemporaryDir root_;
};

void TestEditFlow::initTestCase() {
    QVERIFY(root_.isValid());
    const auto st = fixtures::writeFixtures({"official-2b-turbo", "official-vae", "official-text-encoder"},
                                            root_.filePath(QStringLiteral("models")).toStdString(),
                                            fixtures::Scale::Tiny, 1);
    QVERIFY2(st.isOk(), st.message().c_str());
}

void TestEditFlow::generateRepaintAcceptExtendExport() {
    QSettings settings(root_.filePath(QStringLiteral("settings/Songloom.ini")), QSettings::IniFormat);
    auto window = std::make_unique<MainWindow>(settings);
    auto studio = std::make_unique<app::Studio>(*window, settings, root_.filePath(QStringLiteral("data")),
                                                PlaybackEngine::Output::Null);
    QVERIFY2(studio->error().isEmpty(), qPrintable(studio->error()));
    window->resize(1280, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ModelsPanel* models = window->modelsPanel();
    models->openFolder(root_.filePath(QStringLiteral("models")), ModelsPanel::Remember::Yes);
    QTRY_VERIFY_WITH_TIMEOUT(!models->isScanning() && !models->catalog().models.empty(), 30000);

    // 1. A song: 6 s, two variations.
    ComposePage* compose = window->composePage();
    window->showPage(QStringLiteral("composePage"));
    auto* caption = window->findChild<QPlainTextEdit*>(QStringLiteral("captionText"));
    auto* lyrics = window->findChild<QPlainTextEdit*>(QStringLiteral("lyricsText"));
    QVERIFY(caption && lyrics);
    QTest::keyClicks(caption, QStringLiteral("slow piano ballad, brushed drums"));
    QTest::keyClicks(lyrics, QStringLiteral("[Verse]"));
    QTest::keyClick(lyrics, Qt::Key_Return);
    QTest::keyClicks(lyrics, QStringLiteral("Lanterns on the water"));
    compose->durationSpin()->setValue(6);
    compose->variationsSpin()->setValue(2);
    compose->variantPicker()->stepsSpin()->setValue(2);
    compose->variantPicker()->randomSeedCheck()->setChecked(false);
    compose->variantPicker()->seedEdit()->setText(QStringLiteral("77"));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QVERIFY(window->generateAction()->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(studio->queue()->jobs().size(), 1);
    const qint64 job = studio->queue()->jobs().first().id;
    QTRY_VERIFY_WITH_TIMEOUT(studio->queue()->job(job)->state == JobState::Done && studio->queue()->isIdle(), 240000);
    const QList<TakeRecord> batch = studio->takes()->takesOfJob(job);
    QCOMPARE(batch.size(), 2);

    // 2. The variations side by side: key 2 switches at the same sample, K marks the keeper.
    studio->compareVariations(job, batch[0].id);
    VariationsView* variations = studio->variations();
    QVERIFY(variations);
    QTRY_VERIFY_WITH_TIMEOUT(variations->isLoaded(), 30000);
    QCOMPARE(variations->count(), 2);
    variations->activateWindow();
    variations->setFocus();
    QTest::keyClick(variations, Qt::Key_2);
    QCOMPARE(variations->current(), 1);
    QCOMPARE(variations->player()->current(), 1);
    QTest::keyClick(variations, Qt::Key_K);
    QVERIFY(studio->takes()->take(batch[1].id)->keeper);
    QVERIFY(variations->grab().save(artifact(QStringLiteral("songloom-edit-variations-en.png"))));
    variations->close();

    // 3. The first take on the Edit page, from History (Edit).
    HistoryPage* history = studio->historyPage();
    window->showPage(QStringLiteral("historyPage"));
    history->refresh();
    QVERIFY(history->selectTake(batch[0].id));
    history->editButton()->click();
    TakeEditor* editor = studio->editor();
    QCOMPARE(editor->currentTake(), batch[0].id);
    QTRY_VERIFY_WITH_TIMEOUT(editor->loaded(), 30000);
    QVERIFY(editor->isVisible());
    const audio::AudioBuffer original = read(batch[0].filePath);
    QCOMPARE(editor->audio()->frames(), original.frames());

    // 4. Drag a region from 1.5 s to 3.5 s across the waveform.
    TimelineView* view = editor->timeline()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->pyramid() != nullptr, 10000);
    view->zoomToFit();
    const int y = view->waveformRect().center().y();
    const int x0 = static_cast<int>(std::lround(view->xAt(1.5)));
    const int x1 = static_cast<int>(std::lround(view->xAt(3.5)));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(x0, y));
    QTest::mouseMove(view->viewport(), QPoint((x0 + x1) / 2, y));
    QTest::mouseMove(view->viewport(), QPoint(x1, y));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(x1, y));
    QCOMPARE(view->regions()->regions().size(), 1);
    const TimelineRegion region = view->regions()->regions().first();
    const double pixel = view->framesPerPixel() / 48000.0;
    QVERIFY2(std::fabs(region.start - 1.5) <= pixel && std::fabs(region.end - 3.5) <= pixel,
             qPrintable(QStringLiteral("%1 – %2").arg(region.start).arg(region.end)));
    // Its own caption, then 2 takes of it.
    QVERIFY(editor->regionCaptionEdit()->isEnabled());
    QTest::keyClicks(editor->regionCaptionEdit(), QStringLiteral("slow piano ballad, cello enters"));
    editor->takesPerRegionSpin()->setValue(2);
    QVERIFY(editor->repaintButton()->isEnabled());
    editor->repaintButton()->click();
    QCOMPARE(editor->regionEdits().size(), 1);
    const qint64 repaintJob = editor->regionEdits().first().jobId;
    QVERIFY(repaintJob > 0);
    const auto repaintRequest = parseRequestJson(studio->queue()->job(repaintJob)->requestJson.toStdString());
    QVERIFY(repaintRequest);
    QCOMPARE(repaintRequest->task, TaskType::Repaint);
    QCOMPARE(repaintRequest->caption, std::string("slow piano ballad, cello enters"));
    QCOMPARE(repaintRequest->batchSize, std::optional<int>(2));
    QVERIFY(repaintRequest->keepSourceAudio.value_or(false));
    QTRY_VERIFY_WITH_TIMEOUT(editor->candidatesReady() == 2 && studio->queue()->isIdle(), 240000);
    QCOMPARE(studio->queue()->job(repaintJob)->state, JobState::Done);
    // The candidates are in the history as takes of the region, made from the original.
    for (const TakeEditor::Candidate& c : editor->regionEdits().first().candidates) {
        const auto t = studio->takes()->take(c.takeId);
        QVERIFY(t);
        QCOMPARE(t->parentId, batch[0].id);
        QCOMPARE(t->operation, operation::kRepaintCandidate);
        QVERIFY(c.start <= region.start + 1e-6 && c.end >= region.end - 0.05);
    }
    view->regions()->select(region.id);
    window->showPage(QStringLiteral("takeEditor"));
    QVERIFY(window->grab().save(artifact(QStringLiteral("songloom-edit-timeline-region-en.png"))));

    // 5. Audition: take 2 of the region plays in place, at the same position.
    editor->player()->play();
    QTRY_VERIFY_WITH_TIMEOUT(editor->player()->position() > 0.2, 5000);
    auto* choice = qobject_cast<QComboBox*>(editor->regionTable()->cellWidget(0, 2));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3);  // original, take 1, take 2
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(editor->regionEdits().first().chosen, 2);
    QCOMPARE(editor->player()->state(), PlaybackEngine::State::Playing);
    editor->player()->pause();

    // 6. Accept: a new take, linked to the original.
    const TakeEditor::Candidate chosen = editor->regionEdits().first().candidates[1];
    QVERIFY(editor->acceptButton()->isEnabled());
    QSignalSpy created(editor, &TakeEditor::takeCreated);
    editor->acceptButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
    const qint64 acceptedId = created.first().first().toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(editor->currentTake() == acceptedId && editor->loaded(), 30000);
    const auto accepted = studio->takes()->take(acceptedId);
    QVERIFY(accepted);
    QCOMPARE(accepted->parentId, batch[0].id);
    QCOMPARE(accepted->operation, operation::kRepaint);
    // Outside the repainted span the original, inside the chosen take (FLAC 16-bit both ways: exact).
    const audio::AudioBuffer result = read(accepted->filePath);
    const audio::AudioBuffer pick = read(studio->takes()->take(chosen.takeId)->filePath);
    QCOMPARE(result.frames(), original.frames());
    const auto a = static_cast<std::int64_t>(std::llround(chosen.start * 48000));
    const auto b = static_cast<std::int64_t>(std::llround(chosen.end * 48000));
    QCOMPARE(maxDiff(result, original, 0, a), 0.0);
    QCOMPARE(maxDiff(result, original, b, original.frames()), 0.0);
    QCOMPARE(maxDiff(result, pick, a, b), 0.0);
    QVERIFY2(maxDiff(result, original, a, b) > 1e-3, "the repainted span is the original's");
    QCOMPARE(studio->takes()->lineage(acceptedId).size(), 2);

    // 7. Extend by 10 s after.
    editor->tabs()->setCurrentIndex(1);
    editor->extendBeforeSpin()->setValue(0.0);
    editor->extendAfterSpin()->setValue(10.0);
    QVERIFY(editor->extendButton()->isEnabled());
    editor->extendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->currentTake() != acceptedId && editor->loaded() && studio->queue()->isIdle(), 240000);
    const qint64 extendedId = editor->currentTake();
    const auto extended = studio->takes()->take(extendedId);
    QVERIFY(extended);
    QCOMPARE(extended->parentId, acceptedId);
    QCOMPARE(extended->operation, operation::kExtend);
    QVERIFY2(std::fabs(extended->durationSeconds - (result.seconds() + 10.0)) < 0.05,
             qPrintable(QString::number(extended->durationSeconds)));
    const audio::AudioBuffer longer = read(extended->filePath);
    // The song itself is kept (to a 16-bit step), the 10 s after it are new.
    QVERIFY(maxDiff(longer, result, 0, result.frames()) <= 1.0 / 32768.0 + 1e-9);
    const auto g = generatedRegion(extended->parametersJson);
    QVERIFY(g);
    QVERIFY(std::fabs(g->appendedSeconds - 10.0) < 0.05);
    // The new part is shown as a band on the timeline.
    const QVector<TimelineSection>& bands = view->regions()->sections();
    QCOMPARE(bands.size(), 1);
    QVERIFY(std::fabs(bands.first().start - result.seconds()) < 0.05);
    QVERIFY(std::fabs(bands.first().end - longer.seconds()) < 1e-6);
    window->showPage(QStringLiteral("takeEditor"));
    QVERIFY(window->grab().save(artifact(QStringLiteral("songloom-edit-timeline-extended-en.png"))));

    // 8. Lineage: New song → Repaint → Extend; the first button opens the original (a branch point).
    const QList<TakeRecord> chain = studio->takes()->lineage(extendedId);
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain[0].id, batch[0].id);
    QCOMPARE(chain[1].id, acceptedId);
    QCOMPARE(lineageText(chain),
             QStringLiteral("New song (take %1) → Repaint (take %2) → Extend (take %3)").arg(batch[0].id).arg(acceptedId).arg(extendedId));
    QCOMPARE(editor->lineageButtons().size(), 3);
    QVERIFY(editor->lineageButtons().last()->isChecked());

    // 9. Export the extended take: FLAC, then MP4 with a cover, through the dialog.
    const QString exportDir = root_.filePath(QStringLiteral("exports"));
    QImage cover(64, 64, QImage::Format_RGB32);
    cover.fill(QColor(30, 60, 120));
    const QString coverPath = root_.filePath(QStringLiteral("cover.png"));
    QVERIFY(cover.save(coverPath));
    struct Want {
        ExportFormat format;
        QString suffix;
    };
    for (const Want& want : {Want{ExportFormat::Flac, QStringLiteral("flac")}, Want{ExportFormat::Mp4, QStringLiteral("mp4")}}) {
        QMetaObject::invokeMethod(editor, [editor] {
            for (QPushButton* b : editor->findChildren<QPushButton*>())
                if (b->text() == TakeEditor::tr("Export…"))
                    b->click();
        });
        ExportDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog*>()) != nullptr && dialog->isVisible(), 5000);
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(static_cast<int>(want.format)));
        dialog->folderEdit()->setText(exportDir);
        dialog->titleEdit()->setText(QStringLiteral("Lanterns"));
        dialog->coverEdit()->setText(coverPath);
        dialog->patternEdit()->setText(QStringLiteral("{title}"));
        QVERIFY2(dialog->exportButton()->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        QSignalSpy finished(&dialog->service(), &ExportService::finished);
        dialog->exportButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(dialog->writtenFiles().size(), 1);
        const QString file = dialog->writtenFiles().first();
        QCOMPARE(QFileInfo(file).fileName(), QStringLiteral("Lanterns.%1").arg(want.suffix));
        dialog->close();
        QTRY_VERIFY(window->findChild<ExportDialog*>() == nullptr);

        // Duration: libsndfile for the FLAC (exact frames), libavformat for the MP4 (an AAC frame of slack).
        double seconds = 0.0;
        if (want.format == ExportFormat::Flac) {
            const auto props = audio::probeFile(file.toStdString());
            QVERIFY2(props, props ? "" : props.status().message().c_str());
            QCOMPARE(props->frames, static_cast<std::int64_t>(longer.frames()));
            seconds = props->seconds;
        } else {
            const test::Streams st = test::streamsOf(file);
            QVERIFY(st.opened);
            QCOMPARE(st.audio, 1);
            QCOMPARE(st.video, 1);
            seconds = st.seconds;
        }
        QVERIFY2(std::fabs(seconds - extended->durationSeconds) <= 1024.0 / 48000 + 1e-3,
                 qPrintable(QStringLiteral("%1 against %2").arg(seconds).arg(extended->durationSeconds)));
        const auto tags = audio::readTags(file.toStdString());
        QVERIFY(tags);
        QCOMPARE(tags->title, std::string("Lanterns"));
        QCOMPARE(tags->caption, std::string("slow piano ballad, brushed drums"));
        QVERIFY(QString::fromStdString(tags->lyrics).contains(QStringLiteral("Lanterns on the water")));
        QVERIFY(QString::fromStdString(tags->parametersJson).contains(QStringLiteral("generated_region")));
        QVERIFY(tags->cover);
    }

    // 10. Branch: the lineage's first button opens the original again.
    editor->lineageButtons().first()->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->currentTake() == batch[0].id && editor->loaded(), 30000);
    QCOMPARE(studio->takes()->children(batch[0].id).size(), 3);  // 2 repaint takes + the accepted one
    QTRY_COMPARE_WITH_TIMEOUT(editor->candidatesReady(), 2, 30000);  // its region takes, listed again

    window.reset();
    studio.reset();
}

QTEST_MAIN(TestEditFlow)
#include "test_edit_flow.moc"
