#include "export/exportsettings.h"

#include "songloom/cover_video.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace songloom::ui {

namespace {

// Bitrates offered inside the engine's range for a rate and channel count: the MPEG audio bitrates (LAME
// rounds any other value to one of these, so offering others would be a lie) plus the range's ends.
constexpr int kStandardKbps[] = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
// AAC in the MP4: CoverVideoOptions allows 32 .. 512 kbps; these are the usual steps.
constexpr int kAacKbps[] = {96, 128, 160, 192, 256, 320};

bool lossy(ExportFormat f) {
    return f == ExportFormat::Mp3 || f == ExportFormat::Ogg;
}

audio::OutputFormat toAudio(ExportFormat f) {
    switch (f) {
    case ExportFormat::Mp3: return audio::OutputFormat::Mp3;
    case ExportFormat::Wav: return audio::OutputFormat::Wav;
    case ExportFormat::Ogg: return audio::OutputFormat::Ogg;
    case ExportFormat::Flac:
    case ExportFormat::Mp4: break;
    }
    return audio::OutputFormat::Flac;
}

int nearest(const QList<int>& choices, int value) {
    return *std::min_element(choices.begin(), choices.end(),
                             [value](int a, int b) { return std::abs(a - value) < std::abs(b - value); });
}

const QString kPrefix = QStringLiteral("export/");

}  // namespace

QList<ExportFormat> ExportSettings::formats() {
    return {ExportFormat::Flac, ExportFormat::Wav, ExportFormat::Mp3, ExportFormat::Ogg, ExportFormat::Mp4};
}

QString ExportSettings::formatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Mp3: return tr("MP3");
    case ExportFormat::Wav: return tr("WAV");
    case ExportFormat::Flac: return tr("FLAC");
    case ExportFormat::Ogg: return tr("Ogg Vorbis");
    case ExportFormat::Mp4: return tr("MP4 video with cover image");
    }
    return {};
}

QString ExportSettings::extension(ExportFormat format) {
    return format == ExportFormat::Mp4 ? QStringLiteral("mp4") : QString::fromLatin1(audio::fileExtension(toAudio(format)));
}

QString ExportSettings::formatKey(ExportFormat format) {
    return extension(format);
}

std::optional<ExportFormat> ExportSettings::parseFormatKey(const QString& key) {
    for (ExportFormat f : formats())
        if (formatKey(f) == key)
            return f;
    return std::nullopt;
}

QString ExportSettings::wavEncodingName(audio::WavEncoding encoding) {
    switch (encoding) {
    case audio::WavEncoding::Pcm16: return tr("16-bit integer");
    case audio::WavEncoding::Pcm24: return tr("24-bit integer");
    case audio::WavEncoding::Float32: return tr("32-bit float");
    }
    return {};
}

QList<int> ExportSettings::sampleRateChoices() const {
    if (!lossy(format))
        return {audio::kEngineSampleRate};
    QList<int> out;
    for (int r : audio::allowedSampleRates(toAudio(format)))
        out << r;
    return out;
}

QList<int> ExportSettings::channelChoices() const {
    return lossy(format) ? QList<int>{1, 2} : QList<int>{audio::kEngineChannels};
}

QList<int> ExportSettings::bitrateChoices() const {
    QList<int> out;
    if (format == ExportFormat::Mp4) {
        for (int k : kAacKbps)
            out << k;
        return out;
    }
    if (!lossy(format))
        return out;
    const auto range = audio::bitrateRange(toAudio(format), sampleRate, channels);
    if (!range)
        return out;
    out << range->minKbps;
    for (int k : kStandardKbps)
        if (k > range->minKbps && k < range->maxKbps)
            out << k;
    if (range->maxKbps != range->minKbps)
        out << range->maxKbps;
    return out;
}

int ExportSettings::effectiveBitrate() const {
    const QList<int> choices = bitrateChoices();
    if (choices.isEmpty())
        return 0;
    return bitrateKbps > 0 ? bitrateKbps : choices.last();
}

void ExportSettings::fitToChoices() {
    const QList<int> rates = sampleRateChoices();
    if (!rates.contains(sampleRate))
        sampleRate = rates.contains(audio::kEngineSampleRate) ? audio::kEngineSampleRate : nearest(rates, sampleRate);
    const QList<int> chans = channelChoices();
    if (!chans.contains(channels))
        channels = chans.last();
    const QList<int> rates2 = bitrateChoices();
    if (rates2.isEmpty())
        bitrateKbps = 0;
    else if (bitrateKbps != 0 && !rates2.contains(bitrateKbps))
        bitrateKbps = nearest(rates2, bitrateKbps);
}

QStringList ExportSettings::placeholders() {
    return {QStringLiteral("{title}"), QStringLiteral("{seed}"), QStringLiteral("{n}")};
}

QStringList ExportSettings::problems() const {
    QStringList out;
    if (lossy(format)) {
        audio::AudioSettings s;
        s.sampleRate = sampleRate;
        s.channels = channels;
        s.bitrate = effectiveBitrate();
        const auto resolved = audio::resolveSettings(toAudio(format), s, wavEncoding);
        if (!resolved)
            out << QString::fromStdString(resolved.status().message());
    } else if (sampleRate != audio::kEngineSampleRate || channels != audio::kEngineChannels) {
        out << tr("%1 is written at 48000 Hz, 2 channels; %2 Hz, %3 channels is not offered.")
                   .arg(formatName(format)).arg(sampleRate).arg(channels);
    }
    if (format == ExportFormat::Mp4 && !bitrateChoices().contains(effectiveBitrate()))
        out << tr("Audio bitrate %1 kbps is not offered for MP4: allowed 96 to 320 kbps.").arg(bitrateKbps);
    if (normalizeLoudness) {
        if (!std::isfinite(targetLufs) || targetLufs < kMinTargetLufs || targetLufs > kMaxTargetLufs)
            out << tr("Target loudness %1 LUFS is out of range: allowed %2 to %3 LUFS.")
                       .arg(targetLufs).arg(kMinTargetLufs).arg(kMaxTargetLufs);
        if (!std::isfinite(truePeakDb) || truePeakDb < kMinTruePeakDb || truePeakDb > kMaxTruePeakDb)
            out << tr("True-peak ceiling %1 dBTP is out of range: allowed %2 to %3 dBTP.")
                       .arg(truePeakDb).arg(kMinTruePeakDb).arg(kMaxTruePeakDb);
    }
    if (!coverPath.isEmpty()) {
        QFile file(coverPath);
        if (!file.open(QIODevice::ReadOnly))
            out << tr("Cover image %1 cannot be read.").arg(QDir::toNativeSeparators(coverPath));
        else if (coverMimeType(file.read(16)).isEmpty())
            out << tr("Cover image %1 is not a PNG or JPEG image: allowed PNG, JPEG.").arg(QDir::toNativeSeparators(coverPath));
    } else if (format == ExportFormat::Mp4) {
        out << tr("Cover image: an MP4 video needs a picture; choose a PNG or JPEG image.");
    }
    if (folder.trimmed().isEmpty())
        out << tr("Folder: choose where the files go.");
    else if (QFileInfo fi(folder); fi.exists() && !fi.isDir())
        out << tr("Folder %1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder));
    out << patternProblems();
    return out;
}

QStringList ExportSettings::patternProblems() const {
    QStringList out;
    if (fileNamePattern.trimmed().isEmpty()) {
        out << tr("File name: the pattern is empty; use text and %1.").arg(placeholders().join(QStringLiteral(", ")));
    } else {
        static const QRegularExpression braces(QStringLiteral("\\{[^}]*\\}"));
        for (auto it = braces.globalMatch(fileNamePattern); it.hasNext();) {
            const QString token = it.next().captured();
            if (!placeholders().contains(token))
                out << tr("File name: %1 is not a placeholder; allowed %2.")
                           .arg(token, placeholders().join(QStringLiteral(", ")));
        }
    }
    return out;
}

QString ExportSettings::fileName(const QString& takeTitle, quint64 seed, int n, int count) const {
    // A title becomes a file name on every system: no path separators, no characters Windows refuses, no
    // control characters, no leading dot (hidden), at most 120 characters.
    QString title;
    for (QChar c : takeTitle.simplified()) {
        if (c.category() == QChar::Other_Control || QStringLiteral("/\\:*?\"<>|").contains(c))
            title += QLatin1Char('_');
        else
            title += c;
    }
    title = title.left(120).trimmed();
    const int width = QString::number(std::max(1, count)).size();
    QString name = fileNamePattern;
    name.replace(QStringLiteral("{title}"), title)
        .replace(QStringLiteral("{seed}"), QString::number(seed))
        .replace(QStringLiteral("{n}"), QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')));
    for (QChar& c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            c = QLatin1Char('_');
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("take-%1").arg(seed);
    return name + QLatin1Char('.') + extension(format);
}

audio::PostProcess ExportSettings::postProcess() const {
    // The take was already peak-normalised when it was made: an export without loudness normalisation
    // keeps its level (anti-clip only, a no-op on a stored take).
    audio::PostProcess p;
    p.antiClip = true;
    p.peakNormalize = false;
    p.loudnessNormalize = normalizeLoudness;
    p.targetLufs = targetLufs;
    p.truePeakDb = truePeakDb;
    return p;
}

audio::WriteOptions ExportSettings::writeOptions() const {
    audio::WriteOptions o;
    o.format = toAudio(format);
    if (lossy(format)) {
        o.settings.sampleRate = sampleRate;
        o.settings.channels = channels;
        o.settings.bitrate = effectiveBitrate();
    }
    o.wavEncoding = wavEncoding;
    o.post = postProcess();
    return o;
}

QStringList ExportSettings::load(const QSettings& s) {
    QStringList problems;
    const ExportSettings defaults;
    *this = defaults;
    const QString key = s.value(kPrefix + QStringLiteral("format"), formatKey(defaults.format)).toString();
    if (const auto f = parseFormatKey(key))
        format = *f;
    else
        problems << tr("The saved export format “%1” is not known; %2 is used.").arg(key, formatName(format));

    const auto readInt = [&](const QString& name, int& field, const QList<int>& choices, const QString& what,
                             const QString& unit) {
        if (!s.contains(kPrefix + name))
            return;
        bool ok = false;
        const int v = s.value(kPrefix + name).toInt(&ok);
        if (ok && (choices.isEmpty() || choices.contains(v) || (name == QLatin1String("bitrate") && v == 0))) {
            field = v;
            return;
        }
        QStringList allowed;
        for (int c : choices)
            allowed << QString::number(c);
        problems << tr("The saved %1 %2 %3 is not allowed for %4 (allowed %5 %3); the default is used.")
                        .arg(what, s.value(kPrefix + name).toString(), unit, formatName(format),
                             allowed.join(QStringLiteral(", ")));
    };
    readInt(QStringLiteral("sampleRate"), sampleRate, sampleRateChoices(), tr("sample rate"), tr("Hz"));
    readInt(QStringLiteral("channels"), channels, channelChoices(), tr("channel count"), QString());
    fitToChoices();
    readInt(QStringLiteral("bitrate"), bitrateKbps, bitrateChoices(), tr("bitrate"), tr("kbps"));
    fitToChoices();

    const int wav = s.value(kPrefix + QStringLiteral("wavEncoding"), static_cast<int>(defaults.wavEncoding)).toInt();
    if (wav >= 0 && wav <= static_cast<int>(audio::WavEncoding::Float32))
        wavEncoding = static_cast<audio::WavEncoding>(wav);
    else
        problems << tr("The saved WAV bit depth is not known; %1 is used.").arg(wavEncodingName(wavEncoding));

    normalizeLoudness = s.value(kPrefix + QStringLiteral("normalizeLoudness"), false).toBool();
    const auto readDouble = [&](const QString& name, double& field, double lo, double hi, const QString& what) {
        if (!s.contains(kPrefix + name))
            return;
        bool ok = false;
        const double v = s.value(kPrefix + name).toDouble(&ok);
        if (ok && std::isfinite(v) && v >= lo && v <= hi) {
            field = v;
            return;
        }
        problems << tr("The saved %1 %2 is out of range (allowed %3 to %4); %5 is used.")
                        .arg(what, s.value(kPrefix + name).toString()).arg(lo).arg(hi).arg(field);
    };
    readDouble(QStringLiteral("targetLufs"), targetLufs, kMinTargetLufs, kMaxTargetLufs, tr("target loudness"));
    readDouble(QStringLiteral("truePeakDb"), truePeakDb, kMinTruePeakDb, kMaxTruePeakDb, tr("true-peak ceiling"));

    artist = s.value(kPrefix + QStringLiteral("artist")).toString();
    album = s.value(kPrefix + QStringLiteral("album")).toString();
    coverPath = s.value(kPrefix + QStringLiteral("coverPath")).toString();
    if (!coverPath.isEmpty() && !QFileInfo(coverPath).isFile()) {
        problems << tr("The saved cover image %1 is gone; no cover is used.").arg(QDir::toNativeSeparators(coverPath));
        coverPath.clear();
    }
    folder = s.value(kPrefix + QStringLiteral("folder")).toString();
    fileNamePattern = s.value(kPrefix + QStringLiteral("fileNamePattern"), defaults.fileNamePattern).toString();
    if (const QStringList bad = patternProblems(); !bad.isEmpty()) {
        problems << tr("The saved file-name pattern “%1” cannot be used (%2); “%3” is used.")
                        .arg(fileNamePattern, bad.first(), defaults.fileNamePattern);
        fileNamePattern = defaults.fileNamePattern;
    }
    return problems;
}

void ExportSettings::save(QSettings& s) const {
    // The title is per export (each song has its own); everything else is remembered.
    s.setValue(kPrefix + QStringLiteral("format"), formatKey(format));
    s.setValue(kPrefix + QStringLiteral("sampleRate"), sampleRate);
    s.setValue(kPrefix + QStringLiteral("channels"), channels);
    s.setValue(kPrefix + QStringLiteral("bitrate"), bitrateKbps);
    s.setValue(kPrefix + QStringLiteral("wavEncoding"), static_cast<int>(wavEncoding));
    s.setValue(kPrefix + QStringLiteral("normalizeLoudness"), normalizeLoudness);
    s.setValue(kPrefix + QStringLiteral("targetLufs"), targetLufs);
    s.setValue(kPrefix + QStringLiteral("truePeakDb"), truePeakDb);
    s.setValue(kPrefix + QStringLiteral("artist"), artist);
    s.setValue(kPrefix + QStringLiteral("album"), album);
    s.setValue(kPrefix + QStringLiteral("coverPath"), coverPath);
    s.setValue(kPrefix + QStringLiteral("folder"), folder);
    s.setValue(kPrefix + QStringLiteral("fileNamePattern"), fileNamePattern);
}

QString coverMimeType(const QByteArray& head) {
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

}  // namespace songloom::ui
