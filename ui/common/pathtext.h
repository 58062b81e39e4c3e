// Paths crossing between Qt (QString) and the engine (std::filesystem::path).
#pragma once

#include <QString>

#include <filesystem>

namespace songloom::ui {

// Both directions go through the local 8-bit file-name encoding, as QFile does, so a path the engine
// returns opens again in Qt and the other way round, whatever characters the user's folders use.
std::filesystem::path toFsPath(const QString& path);
QString toQString(const std::filesystem::path& path);

}  // namespace songloom::ui
