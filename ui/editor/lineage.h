// Where a take came from, in words and in numbers: the edit that made it (stored as TakeRecord::operation),
// a lineage chain for display ("New song → Repaint → Extend"), and the part of the take a repaint or an
// extend generated (kept in the take's parameters JSON as "generated_region", so the timeline can show an
// extension and the region composer knows which samples are new).
#pragma once

#include "library/takestore.h"

#include <QList>
#include <QString>

#include <optional>

namespace songloom::ui {

// The operation words stored with takes and jobs.
namespace operation {
inline const QString kRepaint = QStringLiteral("repaint");                   // an accepted repaint
inline const QString kRepaintCandidate = QStringLiteral("repaint-candidate");  // one take of a region
inline const QString kExtend = QStringLiteral("extend");
inline const QString kCover = QStringLiteral("cover");
}  // namespace operation

// The edit that made a take, for people: "New song", "Repaint", "Repaint take", "Extend", "Cover / remix"
// (a take from before lineage was kept, or a new song, shows its task).
QString operationLabel(const TakeRecord& take);
// "New song → Repaint → Extend" for a chain, oldest first.
QString lineageText(const QList<TakeRecord>& chain);

// The generated part of a take (seconds in the take's own time) and the silence-free room an extend added.
struct GeneratedRegion {
    double start = 0.0;
    double end = 0.0;
    double prependedSeconds = 0.0;
    double appendedSeconds = 0.0;
};
// The parameters JSON with "generated_region" set (the rest unchanged).
QString withGeneratedRegion(const QString& parametersJson, const GeneratedRegion& region);
std::optional<GeneratedRegion> generatedRegion(const QString& parametersJson);

}  // namespace songloom::ui
