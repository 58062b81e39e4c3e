// See presettexts.h.
#include "variant/presettexts.h"

#include <QCoreApplication>

namespace songloom::ui {

const std::vector<const char*>& presetSummaries() {
    static const std::vector<const char*> texts = {
        QT_TRANSLATE_NOOP("VariantPresets", "The quickest way to hear an idea: a finished song in a few seconds, and everything it needs comes in one file."),
        QT_TRANSLATE_NOOP("VariantPresets", "Same sound and speed as the all-in-one Turbo, for when you keep the model's parts as separate files."),
        QT_TRANSLATE_NOOP("VariantPresets", "Takes much longer than Turbo for a more careful result, and is the only kind that can lift a single part out of a song or build a song around one."),
        QT_TRANSLATE_NOOP("VariantPresets", "A fine-tuned Base: same pace, its own character. Try it next to Base on the same song."),
        QT_TRANSLATE_NOOP("VariantPresets", "The larger model at sketching speed: more detail than 2B Turbo, but it needs a graphics card with more memory."),
        QT_TRANSLATE_NOOP("VariantPresets", "The larger model, slow and careful: the most detail of all, and the longest wait."),
        QT_TRANSLATE_NOOP("VariantPresets", "A fine-tuned XL Base: same wait and memory, a different character."),
    };
    return texts;
}

QString presetSummary(const VariantPreset& preset) {
    return QCoreApplication::translate("VariantPresets", preset.summary.c_str());
}

}  // namespace songloom::ui
