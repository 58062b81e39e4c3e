// The studio's main window: menus, the status bar with the engine line, and its pages as tabs: Models
// (the model folder) and Compose (lyrics, caption, metadata).
#pragma once

#include "settings/studiosettings.h"
#include "songloom/generation_request.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QSettings;
class QTabWidget;

namespace songloom::ui {

class ComposePage;
class FirstRunDialog;
class ModelsPanel;
class SettingsDialog;

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
    // The Edit page (a take on its timeline), after History.
    void addEditorPage(QWidget* editor);
    QAction* generateAction() const { return generateAction_; }

    // The engine/runtime line shown in the status bar ("libtorch 2.11.0, GPU: …").
    void setRuntimeDescription(const QString& text);
    QString runtimeDescription() const;

    // How the Settings dialog learns whether CUDA can be used (the application asks the engine).
    void setDeviceSupportProvider(std::function<DeviceSupport()> provider);
    // At start, after the models folder was opened: shows the first-run guide when no folder is set or,
    // once its scan is done, the folder holds no ready model set (unless the user turned the guide off).
    void startFirstRunCheck();
    FirstRunDialog* firstRunDialog() const;   // nullptr when not open
    SettingsDialog* settingsDialog() const;   // nullptr when not open

public Q_SLOTS:
    void showSettings();
    void showFirstRun();
    void showShortcuts();
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
    std::function<DeviceSupport()> deviceSupport_;
    QPointer<SettingsDialog> settingsDialog_;
    QPointer<FirstRunDialog> firstRun_;

    QAction* chooseFolderAction_ = nullptr;
    QAction* rescanAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* gettingModelsAction_ = nullptr;
    QAction* shortcutsAction_ = nullptr;
    QAction* generateAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
};

}  // namespace songloom::ui
