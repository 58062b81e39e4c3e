// What the studio remembers about models: the folder they are in and the user's answer for each DiT whose
// variant no config.json tells (checkpoint-layouts section 9, step 4.3).
#pragma once

#include "songloom/model_catalog.h"

#include <QString>

#include <filesystem>
#include <map>

class QSettings;

namespace songloom::ui {

class ModelSettings {
public:
    explicit ModelSettings(QSettings& settings);

    QString folder() const;  // empty until the user chooses one
    void setFolder(const QString& folder);

    // Keyed like ScanOptions::variantChoices: the DiT's first file path.
    std::map<std::filesystem::path, DitVariant> variantChoices() const;
    void setVariantChoice(const std::filesystem::path& ditFile, DitVariant variant);

    // Options for the next scan, carrying the saved variant choices.
    ScanOptions scanOptions() const;

private:
    QSettings& settings_;
};

}  // namespace songloom::ui
