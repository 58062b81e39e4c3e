#include "history/taketable.h"

#include "common/takedrag.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace songloom::ui {

TakeTable::TakeTable(int rows, int columns, QWidget* parent) : QTableWidget(rows, columns, parent) {
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
}

QStringList TakeTable::selectedFiles() const {
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList files;
    for (int row : rows)
        if (const QTableWidgetItem* it = item(row, 0))
            files << it->data(kFilePathRole).toString();
    return files;
}

QStringList TakeTable::mimeTypes() const {
    return {QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QMimeData* TakeTable::mimeData(const QList<QTableWidgetItem*>& items) const {
    QStringList files;
    QSet<int> rows;
    for (const QTableWidgetItem* it : items) {
        if (rows.contains(it->row()))
            continue;
        rows.insert(it->row());
        if (const QTableWidgetItem* first = item(it->row(), 0))
            files << first->data(kFilePathRole).toString();
    }
    return takeFilesMimeData(files);
}

void TakeTable::startDrag(Qt::DropActions) {
    // Always a copy: the base class would remove the rows after a move.
    dragTakeFiles(this, selectedFiles());
}

}  // namespace songloom::ui
