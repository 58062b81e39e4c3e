// Help > Keyboard Shortcuts: every action of the window that has a shortcut, read from the actions
// themselves, so the list cannot fall behind the menus and pages.
#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTableWidget;

namespace songloom::ui {

struct ShortcutEntry {
    QString action;     // the action's text without '&' and the trailing '…'
    QKeySequence keys;
    QString where;      // "Everywhere", or the page it works on
};

// The actions under `root` (menus, pages, widgets) that have a shortcut, sorted by where, then by keys.
QList<ShortcutEntry> collectShortcuts(const QWidget& root);

class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QWidget& root, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_ = nullptr;
};

}  // namespace songloom::ui
