#include "models/modelsetlist.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyle>

#include <utility>

namespace songloom::ui {

namespace {
const char* const kDitFileProperty = "ditFile";
constexpr int kDetailsRole = Qt::UserRole + 1;
}  // namespace

ModelSetList::ModelSetList(QWidget* parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("modelSetList"));
    setAccessibleName(tr("Model sets"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Model"), tr("Size"), tr("Variant"), tr("Status")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(TitleColumn, 380);
    setColumnWidth(SizeColumn, 150);
    setColumnWidth(VariantColumn, 170);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        Q_EMIT currentDetailsChanged(current ? current->data(TitleColumn, kDetailsRole).toString() : QString());
    });
}

void ModelSetList::setRows(const QList<ModelRow>& rows) {
    QString focusedDitFile;
    if (QWidget* focused = focusWidget(); focused && isAncestorOf(focused))
        focusedDitFile = focused->property(kDitFileProperty).toString();

    clear();
    QWidget* refocus = nullptr;
    int variantWidth = columnWidth(VariantColumn);
    for (const ModelRow& row : rows) {
        auto* item = new QTreeWidgetItem(this);
        item->setText(TitleColumn, row.title);
        item->setData(TitleColumn, kDetailsRole, CatalogPresenter::detailsHtml(row));
        item->setToolTip(TitleColumn, row.details.join(QLatin1Char('\n')));
        item->setText(SizeColumn, row.size);
        item->setText(StatusColumn, row.status);
        item->setToolTip(StatusColumn, row.status);
        item->setIcon(StatusColumn,
                      style()->standardIcon(row.ready ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        if (row.variantChoices.isEmpty()) {
            item->setText(VariantColumn, row.variant);
            continue;
        }
        QWidget* box = createVariantBox(row);
        item->setSizeHint(VariantColumn, box->sizeHint());
        setItemWidget(item, VariantColumn, box);
        variantWidth =
            qMax(variantWidth, box->sizeHint().width() + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin));
        if (!focusedDitFile.isEmpty() && row.ditFile == focusedDitFile)
            refocus = box;
    }
    setColumnWidth(VariantColumn, variantWidth);
    // Titles and sizes fit their text (translations run longer), within reason; the status takes the rest.
    for (const auto& [column, widest] : {std::pair{TitleColumn, 520}, std::pair{SizeColumn, 260}})
        setColumnWidth(column, qMax(columnWidth(column), qMin(sizeHintForColumn(column) + 12, widest)));
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
    else
        Q_EMIT currentDetailsChanged(QString());
    if (refocus)
        refocus->setFocus(Qt::OtherFocusReason);
}

QWidget* ModelSetList::createVariantBox(const ModelRow& row) {
    auto* box = new QComboBox;
    box->setProperty(kDitFileProperty, row.ditFile);
    box->setAccessibleName(tr("Variant of %1").arg(row.title));
    const QString placeholder =
        row.suggestedVariant ? tr("Choose… (name: %1)").arg(CatalogPresenter::variantLabel(*row.suggestedVariant))
                             : tr("Choose…");
    box->setPlaceholderText(placeholder);
    // Wide enough for the placeholder too, which QComboBox does not measure by itself.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(static_cast<int>(placeholder.size()));
    box->setToolTip(tr("The files do not say which variant this is. Choose the one it was released as: "
                       "Turbo generates in 8 steps, Base and SFT take about 50 steps with guidance."));
    for (DitVariant v : row.variantChoices)
        box->addItem(CatalogPresenter::variantLabel(v), static_cast<int>(v));
    box->setCurrentIndex(row.chosenVariant ? static_cast<int>(row.variantChoices.indexOf(*row.chosenVariant)) : -1);
    // activated: only the user's own choice is saved, never a programmatic index change.
    connect(box, &QComboBox::activated, this, [this, box, ditFile = row.ditFile](int index) {
        Q_EMIT variantChosen(ditFile, static_cast<DitVariant>(box->itemData(index).toInt()));
    });
    return box;
}

}  // namespace songloom::ui
