#include "export/exportservice.h"

#include "songloom/cover_video.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <span>

namespace songloom::ui {

namespace {

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

QString message(const Status& status) {
    return QString::fromStdString(status.message());
}

}  // namespace

ExportService::ExportService(QObject* parent) : QObject(parent) {
    qRegisterMetaType<ExportOutcome>();
}

ExportService::~ExportService() {
    cancel();
    waitForFinished();
}

bool ExportService::isRunning() const {
    return running_;
}

void ExportService::cancel() {
    if (cancel_)
        cancel_->store(true);
}

void ExportService::waitForFinished() {
    future_.waitForFinished();
}

QString ExportService::takeTitle(const ExportItem& item, const ExportSettings& settings) {
    if (!settings.title.trimmed().isEmpty())
        return settings.title.trimmed();
    if (const auto tags = audio::readTags(fsPath(item.sourcePath)); tags && !tags->title.empty())
        return QString::fromStdString(tags->title);
    return item.fallbackTitle.section(QLatin1Char('\n'), 0, 0).simplified();
}

QStringList ExportService::plannedPaths(const QList<ExportItem>& items, const ExportSettings& settings) {
    QStringList out;
    const QDir folder(settings.folder);
    for (int i = 0; i < items.size(); ++i)
        out << folder.filePath(settings.fileName(takeTitle(items[i], settings), items[i].seed, i + 1,
                                                 static_cast<int>(items.size())));
    return out;
}

QString ExportService::freePath(const QString& path, const QStringList& taken) {
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString base = info.dir().filePath(info.completeBaseName());
    QString candidate = path;
    for (int n = 2; QFileInfo::exists(candidate) || taken.contains(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    return candidate;
}

ExportOutcome ExportService::exportOne(const ExportItem& item, const ExportSettings& settings, int n, int count,
                                       ExistingFiles existing, const QByteArray& cover, QStringList& written) {
    ExportOutcome out;
    out.takeId = item.takeId;
    out.sourcePath = item.sourcePath;
    const auto fail = [&](const QString& text) {
        out.error = text;
        return out;
    };

    auto loaded = audio::loadAudio(fsPath(item.sourcePath));
    if (!loaded)
        return fail(QCoreApplication::translate("ExportService", "The take %1 could not be read: %2")
                        .arg(QDir::toNativeSeparators(item.sourcePath), message(loaded.status())));

    // The take's own tags stay (its generation parameters above all); the settings add or replace.
    audio::AudioTags tags;
    if (auto own = audio::readTags(fsPath(item.sourcePath)))
        tags = std::move(*own);
    tags.aiNote = audio::kAiGeneratedNote;  // every take is generated, tagged or not
    const QString title = takeTitle(item, settings);
    if (!title.isEmpty())
        tags.title = title.toStdString();
    if (!settings.artist.trimmed().isEmpty())
        tags.artist = settings.artist.trimmed().toStdString();
    if (!settings.album.trimmed().isEmpty())
        tags.album = settings.album.trimmed().toStdString();
    if (!cover.isEmpty())
        tags.cover = audio::CoverArt{coverMimeType(cover.left(16)).toStdString(),
                                     std::vector<uint8_t>(cover.begin(), cover.end())};

    if (!QDir().mkpath(settings.folder))
        return fail(QCoreApplication::translate("ExportService", "The folder %1 could not be created.")
                        .arg(QDir::toNativeSeparators(settings.folder)));
    QString path = QDir(settings.folder).filePath(settings.fileName(title, item.seed, n, count));
    const bool replace = existing == ExistingFiles::Replace && !written.contains(path);
    if (!replace)
        path = freePath(path, written);

    Status status;
    if (settings.format == ExportFormat::Mp4) {
        audio::AudioBuffer& buffer = loaded->audio;
        if (auto post = audio::postProcess(buffer, settings.postProcess()); !post)
            return fail(QCoreApplication::translate("ExportService", "%1: %2")
                            .arg(QDir::toNativeSeparators(path), message(post.status())));
        CoverVideoOptions options;
        options.audioBitRate = settings.effectiveBitrate() * 1000;
        options.overwrite = replace;
        options.tags = tags;
        const auto* bytes = reinterpret_cast<const std::byte*>(cover.constData());
        status = writeCoverVideo(fsPath(path), buffer.samples.data(), buffer.frames(), buffer.sampleRate,
                                 buffer.channels, std::span<const std::byte>(bytes, static_cast<std::size_t>(cover.size())),
                                 options);
    } else {
        audio::WriteOptions options = settings.writeOptions();
        options.tags = tags;
        options.overwrite = replace;
        status = audio::writeAudio(fsPath(path), loaded->audio, options).status();
    }
    if (!status)
        return fail(QCoreApplication::translate("ExportService", "%1 was not written: %2")
                        .arg(QDir::toNativeSeparators(path), message(status)));
    written << path;
    out.writtenPath = path;
    return out;
}

bool ExportService::start(QList<ExportItem> items, const ExportSettings& settings, ExistingFiles existing,
                          QStringList* problems) {
    QStringList found = settings.problems();
    if (items.isEmpty())
        found << tr("Choose one or more takes to export.");
    if (running_)
        found << tr("An export is already running.");
    QByteArray cover;
    if (found.isEmpty() && !settings.coverPath.isEmpty()) {
        QFile file(settings.coverPath);
        if (!file.open(QIODevice::ReadOnly) || (cover = file.readAll()).isEmpty())
            found << tr("Cover image %1 cannot be read.").arg(QDir::toNativeSeparators(settings.coverPath));
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return false;

    running_ = true;
    cancel_ = std::make_shared<std::atomic_bool>(false);
    Q_EMIT started(static_cast<int>(items.size()));
    // Results return to the GUI thread as queued calls on this object (dropped if it is gone).
    future_ = QtConcurrent::run([this, items = std::move(items), settings, existing, cover, cancel = cancel_] {
        QList<ExportOutcome> outcomes;
        QStringList written;
        const int count = static_cast<int>(items.size());
        bool cancelled = false;
        for (int i = 0; i < count; ++i) {
            if (cancel->load()) {
                cancelled = true;
                break;
            }
            QMetaObject::invokeMethod(this, [this, i, path = items[i].sourcePath] { Q_EMIT itemStarted(i, path); },
                                      Qt::QueuedConnection);
            ExportOutcome outcome = exportOne(items[i], settings, i + 1, count, existing, cover, written);
            outcomes << outcome;
            QMetaObject::invokeMethod(this, [this, i, outcome, count] {
                Q_EMIT itemFinished(i, outcome);
                Q_EMIT progress(i + 1, count);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, outcomes, cancelled] {
            running_ = false;
            Q_EMIT finished(outcomes, cancelled);
        }, Qt::QueuedConnection);
    });
    return true;
}

}  // namespace songloom::ui
