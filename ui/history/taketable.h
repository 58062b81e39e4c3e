// The History page's table of takes, with drag out: dragging selected rows gives their stored files to a
// file manager or DAW (common/takedrag.h: a copy of the FLAC, never a move).
#pragma once

#include <QTableWidget>

namespace songloom::ui {

class TakeTable : public QTableWidget {
    Q_OBJECT

public:
    static constexpr int kFilePathRole = Qt::UserRole + 2;

    TakeTable(int rows, int columns, QWidget* parent = nullptr);
    QStringList selectedFiles() const;  // of the selected rows, top to bottom

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
};

}  // namespace songloom::ui
