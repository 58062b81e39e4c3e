// The musician-facing texts the engine's catalog gives each variant preset (VariantPreset::summary), as
// translatable strings: the engine is Qt-free and writes them in English; the studio shows them through
// QCoreApplication::translate. presetSummaries() lists the very same sentences so lupdate sees them; a test
// checks it holds every preset's summary.
#pragma once

#include "songloom/model_catalog.h"

#include <QString>

#include <vector>

namespace songloom::ui {

// The translated summary of `preset` (English when no translation is loaded).
QString presetSummary(const VariantPreset& preset);
// Every summary the studio can translate, in the engine's English.
const std::vector<const char*>& presetSummaries();

}  // namespace songloom::ui
