#include "library/taketrash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace songloom::ui {

QString TakeTrash::trashPath(const TakeRecord& take) const {
    return QDir(trashDir_).filePath(QStringLiteral("take-%1.%2").arg(take.id).arg(QFileInfo(take.filePath).suffix()));
}

bool TakeTrash::remove(qint64 takeId, QString* error) {
    const auto take = takes_.take(takeId);
    if (!take || take->deleted) {
        *error = tr("That take is not in the history any more.");
        return false;
    }
    // A file the user removed by hand leaves nothing to move; the row is still deleted (and restorable).
    if (QFileInfo::exists(take->filePath)) {
        QDir().mkpath(trashDir_);
        const QString target = trashPath(*take);
        QFile::remove(target);
        if (!QFile::rename(take->filePath, target)) {
            *error = tr("Could not move %1 to the trash folder %2.").arg(take->filePath, trashDir_);
            return false;
        }
    }
    if (!takes_.setDeleted(takeId, true)) {
        QFile::rename(trashPath(*take), take->filePath);
        *error = tr("Could not update the history: %1").arg(takes_.lastError());
        return false;
    }
    return true;
}

bool TakeTrash::restore(qint64 takeId, QString* error) {
    const auto take = takes_.take(takeId);
    if (!take || !take->deleted) {
        *error = tr("There is no deleted take to restore.");
        return false;
    }
    const QString from = trashPath(*take);
    if (QFileInfo::exists(from)) {
        QDir().mkpath(QFileInfo(take->filePath).absolutePath());
        if (QFileInfo::exists(take->filePath) || !QFile::rename(from, take->filePath)) {
            *error = tr("Could not move the take back to %1.").arg(take->filePath);
            return false;
        }
    }
    if (!takes_.setDeleted(takeId, false)) {
        *error = tr("Could not update the history: %1").arg(takes_.lastError());
        return false;
    }
    return true;
}

bool TakeTrash::purge(qint64 takeId, QString* error) {
    const auto take = takes_.take(takeId);
    if (!take || !take->deleted) {
        *error = tr("There is no deleted take to remove.");
        return false;
    }
    const QString file = trashPath(*take);
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        *error = tr("Could not remove %1.").arg(file);
        return false;
    }
    if (!takes_.remove(takeId)) {
        *error = tr("Could not update the history: %1").arg(takes_.lastError());
        return false;
    }
    return true;
}

int TakeTrash::purgeAll() {
    int n = 0;
    QString ignored;
    for (const TakeRecord& take : takes_.deletedTakes())
        n += purge(take.id, &ignored) ? 1 : 0;
    return n;
}

}  // namespace songloom::ui
