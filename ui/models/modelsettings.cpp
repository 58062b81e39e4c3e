#include "models/modelsettings.h"

#include "common/pathtext.h"

#include <QSettings>

namespace songloom::ui {

namespace {
const QString kFolderKey = QStringLiteral("models/folder");
// An array of {path, variant} rather than one key per path: QSettings reads '/' in a key as a group.
const QString kChoicesArray = QStringLiteral("models/variantChoices");
const QString kPathKey = QStringLiteral("path");
const QString kVariantKey = QStringLiteral("variant");
}  // namespace

ModelSettings::ModelSettings(QSettings& settings) : settings_(settings) {}

QString ModelSettings::folder() const {
    return settings_.value(kFolderKey).toString();
}

void ModelSettings::setFolder(const QString& folder) {
    settings_.setValue(kFolderKey, folder);
}

std::map<std::filesystem::path, DitVariant> ModelSettings::variantChoices() const {
    std::map<std::filesystem::path, DitVariant> choices;
    const int count = settings_.beginReadArray(kChoicesArray);
    for (int i = 0; i < count; ++i) {
        settings_.setArrayIndex(i);
        const QString path = settings_.value(kPathKey).toString();
        const std::optional<DitVariant> variant =
            parseVariant(settings_.value(kVariantKey).toString().toStdString());
        // A hand-edited or outdated entry is skipped rather than guessed at.
        if (!path.isEmpty() && variant && *variant != DitVariant::Unknown)
            choices[toFsPath(path)] = *variant;
    }
    settings_.endArray();
    return choices;
}

void ModelSettings::setVariantChoice(const std::filesystem::path& ditFile, DitVariant variant) {
    std::map<std::filesystem::path, DitVariant> choices = variantChoices();
    choices[ditFile] = variant;
    settings_.remove(kChoicesArray);
    settings_.beginWriteArray(kChoicesArray, static_cast<int>(choices.size()));
    int i = 0;
    for (const auto& [path, choice] : choices) {
        settings_.setArrayIndex(i++);
        settings_.setValue(kPathKey, toQString(path));
        settings_.setValue(kVariantKey, QString::fromLatin1(variantName(choice)));
    }
    settings_.endArray();
}

ScanOptions ModelSettings::scanOptions() const {
    ScanOptions options;
    options.variantChoices = variantChoices();
    options.bundledTokenizer = bundledTokenizerFolder();  // share/songloom/tokenizer beside bin/
    return options;
}

}  // namespace songloom::ui
