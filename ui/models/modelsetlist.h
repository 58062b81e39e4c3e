// The list of usable model sets: title, size, variant and readiness. A DiT whose variant no config.json
// tells gets a combo box in the Variant column so the user can say which one it is.
#pragma once

#include "models/catalogpresenter.h"

#include <QTreeWidget>

namespace songloom::ui {

class ModelSetList : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { TitleColumn, SizeColumn, VariantColumn, StatusColumn, ColumnCount };

    explicit ModelSetList(QWidget* parent = nullptr);

    // Replaces the rows and makes the first one current. Keyboard focus on a variant box stays on the
    // same model's box.
    void setRows(const QList<ModelRow>& rows);

Q_SIGNALS:
    void variantChosen(const QString& ditFile, songloom::DitVariant variant);
    // The current row's details as rich text (CatalogPresenter::detailsHtml); empty without rows.
    void currentDetailsChanged(const QString& html);

private:
    QWidget* createVariantBox(const ModelRow& row);
};

}  // namespace songloom::ui
