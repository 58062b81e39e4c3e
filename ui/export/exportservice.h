// Exports takes to files (issue 8) on the CPU thread pool (QtConcurrent), never on the GUI thread: each
// take's stored FLAC is decoded and written with audio::writeAudio (MP3, WAV, FLAC, OGG) or, for MP4,
// loudness-processed here and written by writeCoverVideo with the cover image as the picture. Several
// takes run one after another in one background task, with progress after each and cancel between takes
// (the file being written is finished: every write is atomic, so a cancel never leaves half a file).
//
// Tags: the take's own tags (its generation parameters JSON, caption, lyrics, bpm, key, ...) are read from
// its file and kept; the settings' title / artist / album replace the take's where given, and the cover
// image becomes the cover art.
//
// Existing files are never overwritten silently: with ExistingFiles::Number a taken name gets " (2)",
// " (3)", ... before the extension; Replace is only used when the user said so (the dialog asks). Within
// one export a file this export already wrote is never replaced, whatever the choice.
#pragma once

#include "export/exportsettings.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace songloom::ui {

struct ExportItem {
    qint64 takeId = 0;
    QString sourcePath;     // the take's file
    quint64 seed = 0;
    QString fallbackTitle;  // used when neither the settings nor the file carry a title
};

struct ExportOutcome {
    qint64 takeId = 0;
    QString sourcePath;
    QString writtenPath;  // empty when it failed or was cancelled
    QString error;        // a sentence naming the file; empty on success
    bool ok() const { return error.isEmpty() && !writtenPath.isEmpty(); }
};

enum class ExistingFiles { Number, Replace };

class ExportService : public QObject {
    Q_OBJECT

public:
    explicit ExportService(QObject* parent = nullptr);
    ~ExportService() override;  // cancels and waits for the take being written

    // Starts exporting; false (with the reasons in `problems`) when the settings are invalid, there is
    // nothing to export, or an export is already running.
    bool start(QList<ExportItem> items, const ExportSettings& settings, ExistingFiles existing,
               QStringList* problems = nullptr);
    void cancel();
    bool isRunning() const;
    void waitForFinished();

    // Where each take would go now (before numbering), so the dialog can ask about existing files.
    static QStringList plannedPaths(const QList<ExportItem>& items, const ExportSettings& settings);
    // The title a take is exported under: the settings' title, else the file's title tag, else the fallback.
    static QString takeTitle(const ExportItem& item, const ExportSettings& settings);
    // The first of "name.ext", "name (2).ext", "name (3).ext", ... that does not exist and is not in `taken`.
    static QString freePath(const QString& path, const QStringList& taken = {});
    // One take, synchronously (the background task's body). `n` is 1-based of `count`; `written` holds
    // the files this export already wrote (never replaced) and gets the new one.
    static ExportOutcome exportOne(const ExportItem& item, const ExportSettings& settings, int n, int count,
                                   ExistingFiles existing, const QByteArray& cover, QStringList& written);

Q_SIGNALS:
    void started(int total);
    void itemStarted(int index, const QString& sourcePath);
    void itemFinished(int index, const songloom::ui::ExportOutcome& outcome);
    void progress(int done, int total);
    void finished(const QList<songloom::ui::ExportOutcome>& outcomes, bool cancelled);

private:
    std::shared_ptr<std::atomic_bool> cancel_;
    QFuture<void> future_;
    bool running_ = false;
};

}  // namespace songloom::ui

Q_DECLARE_METATYPE(songloom::ui::ExportOutcome)
