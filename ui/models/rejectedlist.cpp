#include "models/rejectedlist.h"

#include <QHeaderView>

namespace songloom::ui {

RejectedList::RejectedList(QWidget* parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("rejectedList"));
    setAccessibleName(tr("Files not used"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("File"), tr("Reason")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    setColumnWidth(FileColumn, 360);
}

void RejectedList::setRows(const QList<RejectedRow>& rows) {
    clear();
    for (const RejectedRow& row : rows) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(FileColumn, row.file);
        item->setToolTip(FileColumn, row.file);
        item->setText(ReasonColumn, row.reason);
        item->setToolTip(ReasonColumn, row.reason);
    }
}

}  // namespace songloom::ui
