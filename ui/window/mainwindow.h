// The studio's main window: menus, the status bar with the engine line, and its pages as tabs: Models
// (the model folder) and Compose (lyrics, caption, metadata).
#pragma once

#include "songloom/generation_request.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSettings;
class QTabWidget;

namespace songloom::ui {

class ComposePage;
class ModelsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `settings` must outlive the window.
    explicit MainWindow(QSettings& settings, QWidget* parent = nullptr);

    ModelsPanel* modelsPanel() const { return modelsPanel_; }
    ComposePage* composePage() const { return composePage_; }
    QTabWidget* pages() const { return pages_; }
    // Shows the page with this object name ("modelsPanel", "composePage"); false if there is none.
    bool showPage(const QString& objectName);

    // The Queue and History pages (built by the composition root, which owns the database and engine).
    void addStudioPages(QWidget* queuePanel, QWidget* historyPage);
    QAction* generateAction() const { return generateAction_; }

    // The engine/runtime line shown in the status bar ("libtorch 2.11.0, GPU: …").
    void setRuntimeDescription(const QString& text);
    QString runtimeDescription() const;

Q_SIGNALS:
    // Generate (Ctrl+Return) with the Compose page's request, once it is complete.
    void generateRequested(const songloom::GenerationRequest& request);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowGeometry();
    void showAbout();

    QSettings& settings_;
    QTabWidget* pages_ = nullptr;
    ModelsPanel* modelsPanel_ = nullptr;
    ComposePage* composePage_ = nullptr;
    QLabel* runtimeLabel_ = nullptr;

    QAction* chooseFolderAction_ = nullptr;
    QAction* rescanAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* generateAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
};

}  // namespace songloom::ui
