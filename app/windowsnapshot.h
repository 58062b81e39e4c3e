// --screenshot FILE: once the window is on screen and its first model scan and engine check are done,
// saves the window as a PNG, prints a one-line JSON description of it to stdout and quits. Used by the
// smoke test and for screenshots in documentation.
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace songloom::ui {
class MainWindow;
}

namespace songloom::app {

// {"title", "visible", "width", "height", "menus", "central", "statusText", "modelsFolder"}
QJsonObject describeWindow(const ui::MainWindow& window);

class WindowSnapshot : public QObject {
    Q_OBJECT

public:
    // `ready` says whether the work the picture should show is done (e.g. the first scan).
    WindowSnapshot(ui::MainWindow& window, QString file, std::function<bool()> ready);

    // Starts waiting; the application then exits with 0 once the file is written, 1 on failure.
    void start();

private:
    void poll();
    void capture();
    void fail(const QString& message);

    ui::MainWindow& window_;
    QString file_;
    std::function<bool()> ready_;
    QTimer pollTimer_;
    QElapsedTimer waited_;
};

}  // namespace songloom::app
