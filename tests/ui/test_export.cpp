// Export (issue 8): the settings offer exactly what the engine's tables allow and fall back (with a
// reported problem) from invalid stored values; the service writes FLAC, MP3 and MP4 for two takes at once
// off the GUI thread, read back with probeFile / readTags / libavformat (duration, tags with the generation
// parameters, one video + one audio stream), loudness normalisation lands on the target, the file-name
// pattern, and no file is ever overwritten silently. The dialog offers only valid choices; screenshot.
#include "export/exportdialog.h"
#include "export/exportservice.h"
#include "export/exportsettings.h"

#include "songloom/audio_io.h"

#include "mediaprobe.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>


#include <cmath>

using namespace songloom;
using namespace songloom::ui;

namespace {

using songloom::test::Streams;
using songloom::test::streamsOf;

constexpr double kSeconds = 2.0;
constexpr const char* kParams = R"({"app":"songloom","seed":%1,"steps":8,"model":{"variant":"turbo"}})";

// A take as the studio stores it: 48 kHz stereo FLAC with its generation tags.
ExportItem writeTake(const QString& dir, quint64 seed, float amplitude) {
    audio::AudioBuffer a;
    const auto frames = static_cast<std::size_t>(kSeconds * 48000);
    a.samples.resize(frames * 2);
    for (std::size_t f = 0; f < frames; ++f) {
        const double t = static_cast<double>(f) / 48000.0;
        const float x = amplitude * static_cast<float>(0.7 * std::sin(2 * M_PI * 220 * t) + 0.3 * std::sin(2 * M_PI * 1375 * t));
        a.samples[2 * f] = x;
        a.samples[2 * f + 1] = 0.8f * x;
    }
    audio::WriteOptions o;
    o.format = audio::OutputFormat::Flac;
    o.post.peakNormalize = false;
    audio::AudioTags tags;
    tags.title = "Harbour Lights";
    tags.caption = "warm lo-fi piano, rain";
    tags.bpm = 92;
    tags.parametersJson = QString::fromLatin1(kParams).arg(seed).toStdString();
    o.tags = tags;
    const QString path = dir + QStringLiteral("/take_%1.flac").arg(seed);
    if (!audio::writeAudio(path.toStdString(), a, o))
        qFatal("could not write %s", qPrintable(path));
    return ExportItem{static_cast<qint64>(seed), path, seed, QStringLiteral("warm lo-fi piano")};
}

QString writeCover(const QString& dir) {
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    const QString path = dir + QStringLiteral("/cover.png");
    if (!image.save(path))
        qFatal("no cover");
    return path;
}

QList<ExportOutcome> runExport(const QList<ExportItem>& items, const ExportSettings& settings,
                               ExistingFiles existing = ExistingFiles::Number) {
    ExportService service;
    QSignalSpy finished(&service, &ExportService::finished);
    QSignalSpy progress(&service, &ExportService::progress);
    QStringList problems;
    if (!service.start(items, settings, existing, &problems))
        qFatal("export refused: %s", qPrintable(problems.join(QStringLiteral("; "))));
    if (!service.isRunning())
        qFatal("not running");
    if (!finished.wait(120000))
        qFatal("export did not finish");
    if (progress.size() != items.size())
        qFatal("progress %d times for %d takes", int(progress.size()), int(items.size()));
    return finished.first().at(0).value<QList<ExportOutcome>>();
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choicesFollowTheEngineTables();
    void invalidStoredSettingsFallBack();
    void problemsNameTheField();
    void fileNamePattern();
    void flacAndMp3ForTwoTakes();
    void mp4WithCover();
    void loudnessNormalisation();
    void neverOverwritesSilently();
    void dialog();
};

void TestExport::choicesFollowTheEngineTables() {
    ExportSettings s;
    s.format = ExportFormat::Ogg;
    s.sampleRate = 8000;
    s.channels = 1;
    s.fitToChoices();
    QCOMPARE(s.sampleRate, 8000);
    const auto range = audio::bitrateRange(audio::OutputFormat::Ogg, 8000, 1);
    QVERIFY(range);
    const QList<int> ogg = s.bitrateChoices();
    QCOMPARE(ogg.first(), range->minKbps);
    QCOMPARE(ogg.last(), range->maxKbps);
    for (int k : ogg)
        QVERIFY2(k >= range->minKbps && k <= range->maxKbps, qPrintable(QString::number(k)));
    QCOMPARE(ogg, (QList<int>{8, 16, 24, 32, 40}));
    QList<int> rates;
    for (int r : audio::allowedSampleRates(audio::OutputFormat::Ogg))
        rates << r;
    QCOMPARE(s.sampleRateChoices(), rates);

    // FLAC: no bitrate, 48 kHz stereo only.
    s.format = ExportFormat::Flac;
    s.fitToChoices();
    QVERIFY(s.bitrateChoices().isEmpty());
    QVERIFY(!s.hasBitrate());
    QCOMPARE(s.sampleRateChoices(), QList<int>{48000});
    QCOMPARE(s.channelChoices(), QList<int>{2});
    QCOMPARE(s.sampleRate, 48000);
    QCOMPARE(s.channels, 2);
    QCOMPARE(s.bitrateKbps, 0);

    // MP3 at 8 kHz: the MPEG-2.5 range (8-64); a bitrate the new rate cannot take moves into the range.
    s.format = ExportFormat::Mp3;
    s.sampleRate = 8000;
    s.bitrateKbps = 320;
    s.fitToChoices();
    QCOMPARE(s.bitrateChoices().last(), 64);
    QCOMPARE(s.bitrateKbps, 64);
    s.folder = QDir::tempPath();
    QVERIFY2(s.problems().isEmpty(), qPrintable(s.problems().join(QLatin1Char('\n'))));
}

void TestExport::invalidStoredSettingsFallBack() {
    QTemporaryDir dir;
    QSettings stored(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    stored.setValue(QStringLiteral("export/format"), QStringLiteral("ogg"));
    stored.setValue(QStringLiteral("export/sampleRate"), 44100);  // not an Ogg rate in the table
    stored.setValue(QStringLiteral("export/bitrate"), 999);
    stored.setValue(QStringLiteral("export/targetLufs"), 12.0);
    stored.setValue(QStringLiteral("export/fileNamePattern"), QStringLiteral("{artist}-{seed}"));
    ExportSettings s;
    const QStringList problems = s.load(stored);
    QCOMPARE(s.format, ExportFormat::Ogg);
    QCOMPARE(s.sampleRate, 48000);
    QVERIFY(s.bitrateChoices().contains(s.effectiveBitrate()));
    QCOMPARE(s.targetLufs, -14.0);
    QCOMPARE(s.fileNamePattern, QString::fromLatin1(ExportSettings::kDefaultPattern));
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems[0].contains(QLatin1String("44100")));
    QVERIFY(problems[1].contains(QLatin1String("999")));
    QVERIFY(problems[2].contains(QLatin1String("12")));
    QVERIFY(problems[3].contains(QLatin1String("{artist}")));

    // Saved and read back: no problems, the same values.
    s.folder = dir.path();
    s.save(stored);
    ExportSettings again;
    QVERIFY(again.load(stored).isEmpty());
    QCOMPARE(again.sampleRate, s.sampleRate);
    QCOMPARE(again.bitrateKbps, s.bitrateKbps);
    QCOMPARE(again.folder, s.folder);

    // An unknown format.
    stored.setValue(QStringLiteral("export/format"), QStringLiteral("aiff"));
    const QStringList p2 = again.load(stored);
    QCOMPARE(again.format, ExportFormat::Flac);
    QVERIFY(!p2.isEmpty() && p2.first().contains(QLatin1String("aiff")));
}

void TestExport::problemsNameTheField() {
    ExportSettings s;
    s.folder = QDir::tempPath();
    s.format = ExportFormat::Mp3;
    s.sampleRate = 44100;
    s.bitrateKbps = 16;  // below MP3's 32 at 44.1 kHz: the engine's own message
    QStringList p = s.problems();
    QCOMPARE(p.size(), 1);
    QVERIFY2(p.first().contains(QLatin1String("bitrate")) && p.first().contains(QLatin1String("32 to 320")), qPrintable(p.first()));
    s.bitrateKbps = 0;
    s.normalizeLoudness = true;
    s.targetLufs = -80;
    p = s.problems();
    QCOMPARE(p.size(), 1);
    QVERIFY2(p.first().contains(QLatin1String("Target loudness")) && p.first().contains(QLatin1String("-70")), qPrintable(p.first()));
    s.normalizeLoudness = false;
    s.format = ExportFormat::Mp4;
    s.fitToChoices();
    p = s.problems();
    QCOMPARE(p.size(), 1);
    QVERIFY(p.first().startsWith(QLatin1String("Cover image")));
}

void TestExport::fileNamePattern() {
    ExportSettings s;
    s.format = ExportFormat::Mp3;
    s.fileNamePattern = QStringLiteral("{n} {title} ({seed})");
    QCOMPARE(s.fileName(QStringLiteral("Harbour: Lights/Night?"), 42, 3, 12), QStringLiteral("03 Harbour_ Lights_Night_ (42).mp3"));
    s.fileNamePattern = QStringLiteral("{title}");
    QCOMPARE(s.fileName(QStringLiteral("..hidden"), 7, 1, 1), QStringLiteral("hidden.mp3"));
    QCOMPARE(s.fileName(QString(), 7, 1, 1), QStringLiteral("take-7.mp3"));
    s.fileNamePattern = QStringLiteral("{titel}");
    QCOMPARE(s.patternProblems().size(), 1);
    QVERIFY(s.patternProblems().first().contains(QLatin1String("{titel}")));
}

void TestExport::flacAndMp3ForTwoTakes() {
    QTemporaryDir dir;
    const QList<ExportItem> items{writeTake(dir.path(), 101, 0.5f), writeTake(dir.path(), 102, 0.3f)};
    for (ExportFormat format : {ExportFormat::Flac, ExportFormat::Mp3}) {
        ExportSettings s;
        s.format = format;
        s.folder = dir.filePath(QStringLiteral("out"));
        s.artist = QStringLiteral("The Loomers");
        s.album = QStringLiteral("Tide");
        s.coverPath = writeCover(dir.path());
        s.fileNamePattern = QStringLiteral("{n} {title} {seed}");
        s.fitToChoices();
        const QList<ExportOutcome> out = runExport(items, s);
        QCOMPARE(out.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(out[i].ok(), qPrintable(out[i].error));
            const QString expected = QDir(s.folder).filePath(
                QStringLiteral("%1 Harbour Lights %2.%3").arg(i + 1).arg(items[i].seed).arg(ExportSettings::extension(format)));
            QCOMPARE(out[i].writtenPath, expected);
            const auto props = audio::probeFile(expected.toStdString());
            QVERIFY(props);
            QCOMPARE(props->sampleRate, 48000);
            QVERIFY2(std::abs(props->seconds - kSeconds) <= 1152.0 / 48000, qPrintable(QString::number(props->seconds)));
            if (format == ExportFormat::Flac)
                QCOMPARE(props->frames, static_cast<int64_t>(kSeconds * 48000));
            else
                QCOMPARE(props->bitrateKbps, 320);  // the highest the engine allows at 48 kHz stereo
            const auto tags = audio::readTags(expected.toStdString());
            QVERIFY(tags);
            QCOMPARE(tags->title, std::string("Harbour Lights"));
            QCOMPARE(tags->artist, std::string("The Loomers"));
            QCOMPARE(tags->album, std::string("Tide"));
            QCOMPARE(tags->caption, std::string("warm lo-fi piano, rain"));
            QCOMPARE(tags->bpm, std::optional<int>(92));
            QCOMPARE(tags->parametersJson, QString::fromLatin1(kParams).arg(items[i].seed).toStdString());
            QVERIFY(tags->cover);
            QCOMPARE(tags->cover->mimeType, std::string("image/png"));
        }
    }
}

void TestExport::mp4WithCover() {
    QTemporaryDir dir;
    const QList<ExportItem> items{writeTake(dir.path(), 201, 0.5f), writeTake(dir.path(), 202, 0.4f)};
    ExportSettings s;
    s.format = ExportFormat::Mp4;
    s.folder = dir.path();
    s.title = QStringLiteral("Night Ferry");
    s.coverPath = writeCover(dir.path());
    s.fileNamePattern = QStringLiteral("{title} {n}");
    s.fitToChoices();
    QVERIFY2(s.problems().isEmpty(), qPrintable(s.problems().join(QLatin1Char('\n'))));
    const QList<ExportOutcome> out = runExport(items, s);
    QCOMPARE(out.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(out[i].ok(), qPrintable(out[i].error));
        QCOMPARE(QFileInfo(out[i].writtenPath).fileName(), QStringLiteral("Night Ferry %1.mp4").arg(i + 1));
        const Streams st = streamsOf(out[i].writtenPath);
        QCOMPARE(st.video, 1);
        QCOMPARE(st.audio, 1);
        QVERIFY2(std::abs(st.seconds - kSeconds) <= 1024.0 / 48000 + 1e-3, qPrintable(QString::number(st.seconds)));
        const auto tags = audio::readTags(out[i].writtenPath.toStdString());
        QVERIFY(tags);
        QCOMPARE(tags->title, std::string("Night Ferry"));
        QCOMPARE(tags->parametersJson, QString::fromLatin1(kParams).arg(items[i].seed).toStdString());
    }
}

void TestExport::loudnessNormalisation() {
    QTemporaryDir dir;
    const QList<ExportItem> items{writeTake(dir.path(), 301, 0.6f), writeTake(dir.path(), 302, 0.1f)};
    for (ExportFormat format : {ExportFormat::Flac, ExportFormat::Mp3}) {
        ExportSettings s;
        s.format = format;
        s.folder = dir.filePath(ExportSettings::extension(format));
        s.normalizeLoudness = true;
        s.targetLufs = -16.0;
        s.truePeakDb = -1.0;
        s.fitToChoices();
        const QList<ExportOutcome> out = runExport(items, s);
        for (const ExportOutcome& o : out) {
            QVERIFY2(o.ok(), qPrintable(o.error));
            const auto back = audio::loadAudio(o.writtenPath.toStdString());
            QVERIFY(back);
            const auto lufs = audio::integratedLoudness(back->audio);
            QVERIFY(lufs);
            QVERIFY2(std::abs(*lufs - s.targetLufs) <= 0.5, qPrintable(QStringLiteral("%1 LUFS").arg(*lufs)));
        }
    }
}

void TestExport::neverOverwritesSilently() {
    QTemporaryDir dir;
    const QList<ExportItem> items{writeTake(dir.path(), 401, 0.5f)};
    ExportSettings s;
    s.format = ExportFormat::Wav;
    s.folder = dir.filePath(QStringLiteral("out"));
    s.fileNamePattern = QStringLiteral("song");
    QDir().mkpath(s.folder);
    const QString first = QDir(s.folder).filePath(QStringLiteral("song.wav"));
    {
        QFile f(first);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not yours");
    }
    QCOMPARE(ExportService::plannedPaths(items, s), QStringList{first});
    // Number: the existing file stays, the new one is "song (2).wav".
    QList<ExportOutcome> out = runExport(items, s, ExistingFiles::Number);
    QVERIFY2(out.first().ok(), qPrintable(out.first().error));
    QCOMPARE(out.first().writtenPath, QDir(s.folder).filePath(QStringLiteral("song (2).wav")));
    QFile kept(first);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("not yours"));
    kept.close();
    // Two takes of one name in one export never replace each other, even with Replace.
    const QList<ExportItem> two{items.first(), writeTake(dir.path(), 402, 0.4f)};
    out = runExport(two, s, ExistingFiles::Replace);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].writtenPath, first);
    QVERIFY2(out[1].writtenPath != first && out[1].ok(), qPrintable(out[1].writtenPath));
    QVERIFY(audio::probeFile(first.toStdString()));  // replaced by the user's choice: a real WAV now
    QCOMPARE(ExportService::freePath(first, {QDir(s.folder).filePath(QStringLiteral("song (3).wav"))}),
             QDir(s.folder).filePath(QStringLiteral("song (4).wav")));
}

void TestExport::dialog() {
    QTemporaryDir dir;
    const QList<ExportItem> items{writeTake(dir.path(), 501, 0.5f), writeTake(dir.path(), 502, 0.3f),
                                  writeTake(dir.path(), 503, 0.2f)};
    QSettings stored(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    stored.setValue(QStringLiteral("export/folder"), dir.filePath(QStringLiteral("exports")));
    ExportDialog dialog(stored, items);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(820, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Ogg, 8 kHz, mono: the bitrate combo offers exactly the engine's range.
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(static_cast<int>(ExportFormat::Ogg)));
    dialog.sampleRateCombo()->setCurrentIndex(dialog.sampleRateCombo()->findData(8000));
    dialog.channelsCombo()->setCurrentIndex(dialog.channelsCombo()->findData(1));
    QList<int> offered;
    for (int i = 0; i < dialog.bitrateCombo()->count(); ++i)
        offered << dialog.bitrateCombo()->itemData(i).toInt();
    QCOMPARE(offered, (QList<int>{8, 16, 24, 32, 40}));
    QVERIFY(!dialog.wavDepthCombo()->isEnabled());
    // FLAC: nothing to choose about rate, channels, bitrate.
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(static_cast<int>(ExportFormat::Flac)));
    QVERIFY(!dialog.sampleRateCombo()->isEnabled());
    QVERIFY(!dialog.bitrateCombo()->isEnabled());
    QCOMPARE(dialog.exportSettings().sampleRate, 48000);
    // MP4 without a cover: Export is off and the problem is shown.
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(static_cast<int>(ExportFormat::Mp4)));
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(dialog.problemsLabel()->text().contains(QLatin1String("Cover image")));
    dialog.coverEdit()->setText(writeCover(dir.path()));
    QVERIFY2(dialog.exportButton()->isEnabled(), qPrintable(dialog.problemsLabel()->text()));
    // MP3 and the export itself.
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(static_cast<int>(ExportFormat::Mp3)));
    dialog.titleEdit()->setText(QStringLiteral("Harbour Lights"));
    dialog.patternEdit()->setText(QStringLiteral("{n} {title}"));
    QCOMPARE(dialog.previewLabel()->text(), QStringLiteral("1 Harbour Lights.mp3 and 2 more"));

    const QString out = QString::fromLocal8Bit(qgetenv("SONGLOOM_TEST_ARTIFACTS"));
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QVERIFY(dialog.grab().save(out + QStringLiteral("/songloom-export-dialog.png")));
    }

    QSignalSpy finished(&dialog.service(), &ExportService::finished);
    dialog.exportButton()->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.writtenFiles().size(), 3);
    // Remembered for next time.
    QCOMPARE(stored.value(QStringLiteral("export/format")).toString(), QStringLiteral("mp3"));
    // A second export of the same names asks; "don't export" writes nothing.
    int asked = 0;
    dialog.setExistingFilesQuestion([&asked](const QStringList& existing) -> std::optional<ExistingFiles> {
        asked = static_cast<int>(existing.size());
        return std::nullopt;
    });
    dialog.exportButton()->click();
    QCOMPARE(asked, 3);
    QVERIFY(!dialog.service().isRunning());
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
