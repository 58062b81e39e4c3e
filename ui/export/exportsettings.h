// What an export writes (issue 8): the format and its audio settings, loudness normalisation, tags, cover
// art, and where the files go and how they are named. A plain class (no widgets): the choices it offers
// come from the engine's tables (audio::allowedSampleRates / bitrateRange, seed 004), so the dialog can
// only offer valid combinations, and fitToChoices() moves a setting that a format change made invalid to
// a valid one. problems() validates everything, using the engine's own messages for the audio settings.
// Remembered in QSettings under "export/"; a stored value that is no longer valid falls back to the
// default and load() reports it.
#pragma once

#include "songloom/audio_io.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace songloom::ui {

enum class ExportFormat { Mp3, Wav, Flac, Ogg, Mp4 };

class ExportSettings {
    Q_DECLARE_TR_FUNCTIONS(ExportSettings)

public:
    // The engine's loudness-normalisation limits (audio::postProcess).
    static constexpr double kMinTargetLufs = -70.0, kMaxTargetLufs = 0.0;
    static constexpr double kMinTruePeakDb = -20.0, kMaxTruePeakDb = 0.0;
    static constexpr const char* kDefaultPattern = "{title} - {seed}";

    ExportFormat format = ExportFormat::Flac;
    int sampleRate = audio::kEngineSampleRate;  // Hz
    int channels = audio::kEngineChannels;
    int bitrateKbps = 0;                         // MP3, OGG, MP4 (AAC); 0: the highest offered
    audio::WavEncoding wavEncoding = audio::WavEncoding::Pcm24;
    bool normalizeLoudness = false;
    double targetLufs = -14.0;
    double truePeakDb = -1.0;
    QString title, artist, album;  // empty: the take's own title; no artist / album
    QString coverPath;             // PNG or JPEG; required for MP4 (the video's picture)
    QString folder;
    QString fileNamePattern = QString::fromLatin1(kDefaultPattern);

    static QList<ExportFormat> formats();
    static QString formatName(ExportFormat format);   // "MP3", ..., "MP4 video with cover"
    static QString extension(ExportFormat format);    // "mp3", ..., "mp4"
    static QString formatKey(ExportFormat format);    // stored word: "mp3", ...
    static std::optional<ExportFormat> parseFormatKey(const QString& key);
    static QString wavEncodingName(audio::WavEncoding encoding);

    // The choices for the current format (and rate / channels for the bitrate). Lossless formats are
    // written at 48 kHz stereo; MP4's audio is AAC at 48 kHz stereo (writeCoverVideo).
    QList<int> sampleRateChoices() const;
    QList<int> channelChoices() const;
    QList<int> bitrateChoices() const;  // kbps; empty: the format has no bitrate (WAV, FLAC)
    bool hasBitrate() const { return !bitrateChoices().isEmpty(); }
    int effectiveBitrate() const;        // bitrateKbps, or the highest choice when 0; 0 without bitrate

    // Moves sample rate, channels and bitrate to the nearest valid choice (the rate: 48 kHz when allowed).
    void fitToChoices();

    // Every problem as a sentence naming the field and the allowed values; empty: ready to export.
    QStringList problems() const;
    QStringList patternProblems() const;  // the file-name pattern's part of problems()

    // The file name (with extension, no folder) of the n-th (1-based) of `count` takes. {title}: the
    // title made safe for a file name; {seed}; {n}: n, zero-padded to the width of `count`.
    QString fileName(const QString& takeTitle, quint64 seed, int n, int count) const;
    static QStringList placeholders();  // "{title}", "{seed}", "{n}"

    // What writeAudio needs (not MP4): format, audio settings, WAV depth and the post-processing.
    audio::WriteOptions writeOptions() const;
    audio::PostProcess postProcess() const;

    // Reads the remembered settings; each invalid stored value is replaced by its default and described
    // in the returned list.
    QStringList load(const QSettings& settings);
    void save(QSettings& settings) const;
};

// The cover image's MIME type from its first bytes ("image/png", "image/jpeg"); empty when neither.
QString coverMimeType(const QByteArray& head);

}  // namespace songloom::ui
