// The studio's main window: menus, the status bar with the engine line, and (for now) the Models panel as
// its central widget.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSettings;

namespace songloom::ui {

class ModelsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `settings` must outlive the window.
    explicit MainWindow(QSettings& settings, QWidget* parent = nullptr);

    ModelsPanel* modelsPanel() const { return modelsPanel_; }

    // The engine/runtime line shown in the status bar ("libtorch 2.11.0, GPU: …").
    void setRuntimeDescription(const QString& text);
    QString runtimeDescription() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowGeometry();
    void showAbout();

    QSettings& settings_;
    ModelsPanel* modelsPanel_ = nullptr;
    QLabel* runtimeLabel_ = nullptr;

    QAction* chooseFolderAction_ = nullptr;
    QAction* rescanAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
};

}  // namespace songloom::ui
