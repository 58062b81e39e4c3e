// Every take the studio made (table `takes`): where its file is, its seed, model and full generation
// parameters, and the musician's marks (favourite, 0-5 stars). Deleting is soft first (the `deleted` flag,
// see TakeTrash) so it can be undone.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace songloom::ui {

struct TakeRecord {
    qint64 id = 0;
    qint64 jobId = 0;
    int item = 0;              // batch index
    quint64 seed = 0;
    QString filePath;
    QDateTime created;         // UTC
    double durationSeconds = 0.0;
    QString modelTitle;
    QString modelPreset;       // "2b-turbo"
    QString task;              // "text2music", ...
    QString caption;
    QString lyricsExcerpt;     // the first lines of the lyrics
    QString parametersJson;    // songloom::generationParametersJson: every value used
    QString requestJson;       // the job's request with this take's seed ("use these settings again")
    bool favourite = false;
    int rating = 0;            // 0 (none) .. 5
    bool deleted = false;
    bool keeper = false;       // the variation the musician kept from its batch
    qint64 parentId = 0;       // the take this one was made from (an edit), 0 for none
    QString operation;         // the edit that made it: "" / "text2music", "repaint", "repaint-candidate",
                               // "extend", "cover" (see lineage.h)
};

struct TakeFilter {
    QString text;              // words, each matched in caption, lyrics, model or seed
    bool favouritesOnly = false;
    int minRating = 0;
    QString modelTitle;        // exact; empty: any
    QString task;              // exact; empty: any
    QDate from, to;            // local dates, inclusive; invalid: open
    bool includeDeleted = false;
};

class TakeStore {
public:
    explicit TakeStore(QSqlDatabase db) : db_(std::move(db)) {}

    bool add(TakeRecord& take);  // stores the new id in `take`
    std::optional<TakeRecord> take(qint64 id) const;
    QList<TakeRecord> search(const TakeFilter& filter) const;  // newest first
    QList<TakeRecord> takesOfJob(qint64 jobId) const;          // by item
    QList<TakeRecord> deletedTakes() const;
    QStringList modelTitles() const;  // distinct, of takes not deleted
    QStringList tasks() const;
    // The take whose file is `path` (not deleted), e.g. the source of an edit.
    std::optional<TakeRecord> takeByFile(const QString& path) const;
    // Lineage: the take's ancestors and itself, the oldest first (stops at a missing or looping link).
    QList<TakeRecord> lineage(qint64 id) const;
    QList<TakeRecord> children(qint64 id) const;  // takes made from this one (not deleted), oldest first

    bool setFavourite(qint64 id, bool favourite);
    bool setRating(qint64 id, int rating);  // refuses values outside 0..5
    bool setDeleted(qint64 id, bool deleted);
    bool setKeeper(qint64 id, bool keeper);
    bool remove(qint64 id);                 // the row, for good
    QString lastError() const { return lastError_; }

private:
    bool update(qint64 id, const char* column, const QVariant& value);
    QList<TakeRecord> select(const QString& where, const QVariantList& values, const QString& order) const;

    QSqlDatabase db_;
    mutable QString lastError_;
};

}  // namespace songloom::ui
