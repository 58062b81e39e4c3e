// Dragging takes out of the studio into a file manager or a DAW (issue 8): the drag carries the take's
// stored file itself (the FLAC the studio wrote when the take arrived: 48 kHz stereo, 16-bit, with its
// generation tags), as a file URL. Other formats go through File > Export; a drag never converts, so it
// is instant and the receiving program gets exactly the take. The drop is offered as a copy only: a file
// manager must never move the studio's own file away.
#pragma once

#include <QStringList>

class QMimeData;
class QWidget;

namespace songloom::ui {

// The drag's data: one file URL per existing file (missing files are left out); nullptr when none exists.
QMimeData* takeFilesMimeData(const QStringList& filePaths);
// Starts a copy drag of the files from `source` (blocks until dropped, as QDrag::exec does).
void dragTakeFiles(QWidget* source, const QStringList& filePaths);

}  // namespace songloom::ui
