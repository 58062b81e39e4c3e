// A studio database with its take store and trash in a test's folder (the History and Variations tests).
#pragma once

#include "library/studiodatabase.h"
#include "library/takestore.h"
#include "library/taketrash.h"

#include <QString>

#include <memory>

namespace songloom::test {

struct Library {
    explicit Library(const QString& dir) : db(dir + QStringLiteral("/songloom.sqlite")) {
        if (!db.open())
            qFatal("%s", qPrintable(db.error()));
        takes = std::make_unique<ui::TakeStore>(db.db());
        trash = std::make_unique<ui::TakeTrash>(*takes, dir + QStringLiteral("/trash"));
    }
    ui::StudioDatabase db;
    std::unique_ptr<ui::TakeStore> takes;
    std::unique_ptr<ui::TakeTrash> trash;
};

}  // namespace songloom::test
