// Deleting a take with undo: the file is moved into `<app data>/trash/` and the row flagged, so undo puts
// both back exactly. purge() makes it final (the undo time ran out, or the app quits); purgeAll() on start
// also finishes deletions a crash left half-done.
#pragma once

#include "library/takestore.h"

#include <QCoreApplication>
#include <QString>

namespace songloom::ui {

class TakeTrash {
    Q_DECLARE_TR_FUNCTIONS(TakeTrash)

public:
    TakeTrash(TakeStore& takes, QString trashDir) : takes_(takes), trashDir_(std::move(trashDir)) {}

    // Each returns false with a sentence for the user in *error.
    bool remove(qint64 takeId, QString* error);
    bool restore(qint64 takeId, QString* error);
    bool purge(qint64 takeId, QString* error);
    int purgeAll();  // every take flagged deleted; returns how many

    QString trashPath(const TakeRecord& take) const;  // where a deleted take's file waits

private:
    TakeStore& takes_;
    QString trashDir_;
};

}  // namespace songloom::ui
