#include "help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace songloom::ui {

namespace {

// The page an action belongs to: the tab of the nearest QTabWidget page above its parent widget.
QString whereOf(const QAction& action) {
    const auto* widget = qobject_cast<const QWidget*>(action.parent());
    while (widget != nullptr) {
        const QWidget* parent = widget->parentWidget();
        // A QTabWidget's pages sit in its inner stack: the page's grandparent is the tab widget.
        if (parent != nullptr) {
            if (const auto* tabs = qobject_cast<const QTabWidget*>(parent->parentWidget())) {
                const int index = tabs->indexOf(const_cast<QWidget*>(widget));
                if (index >= 0)
                    return ShortcutsDialog::tr("On the %1 page").arg(tabs->tabText(index).remove(QLatin1Char('&')));
            }
        }
        widget = parent;
    }
    return ShortcutsDialog::tr("Everywhere");
}

}  // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget& root) {
    QList<ShortcutEntry> entries;
    const QList<QAction*> actions = root.findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text().remove(QLatin1Char('&'));
        if (text.endsWith(QChar(0x2026)))
            text.chop(1);
        entries << ShortcutEntry{text, action->shortcut(), whereOf(*action)};
    }
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry& a, const ShortcutEntry& b) {
        if (a.where != b.where)
            return a.where < b.where;
        return a.keys.toString() < b.keys.toString();
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget& root, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = collectShortcuts(root);
    table_ = new QTableWidget(static_cast<int>(entries.size()), 3, this);
    table_->setObjectName(QStringLiteral("shortcutsTable"));
    table_->setAccessibleName(tr("Keyboard shortcuts"));
    table_->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry& e = entries[row];
        table_->setItem(row, 0, new QTableWidgetItem(e.keys.toString(QKeySequence::NativeText)));
        table_->setItem(row, 1, new QTableWidgetItem(e.action));
        table_->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);

    auto* note = new QLabel(tr("Also: Tab and Shift+Tab move between fields; Alt with an underlined letter "
                               "opens a menu or presses a button."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(620, 480);
}

}  // namespace songloom::ui
