// Files in the models folder that are not usable ACE-Step 1.5 parts, each with the catalog's reason.
#pragma once

#include "models/catalogpresenter.h"

#include <QTreeWidget>

namespace songloom::ui {

class RejectedList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { FileColumn, ReasonColumn, ColumnCount };

    explicit RejectedList(QWidget* parent = nullptr);
    void setRows(const QList<RejectedRow>& rows);
};

}  // namespace songloom::ui
