#include "windowsnapshot.h"

#include "models/modelspanel.h"
#include "window/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QWindow>

namespace songloom::app {

namespace {

constexpr int kPollMs = 50;
// Scanning a large models folder on a slow disk is the longest thing waited for.
constexpr qint64 kGiveUpMs = 120'000;
// Lets the last layout and paint events of the finished scan run before the picture is taken.
constexpr int kSettleMs = 300;

// "&File" -> "File", "R&&B" -> "R&B".
QString withoutMnemonic(const QString& text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        plain += text[i];
    }
    return plain;
}

}  // namespace

QJsonObject describeWindow(const ui::MainWindow& window) {
    QJsonArray menus;
    for (const QAction* action : window.menuBar()->actions()) {
        if (const QMenu* menu = action->menu())
            menus.append(withoutMnemonic(menu->title()));
    }
    const QWidget* central = window.centralWidget();
    return QJsonObject{
        {QStringLiteral("title"), window.windowTitle()},
        {QStringLiteral("visible"), window.isVisible()},
        {QStringLiteral("width"), window.width()},
        {QStringLiteral("height"), window.height()},
        {QStringLiteral("menus"), menus},
        {QStringLiteral("central"), central ? central->objectName() : QString()},
        {QStringLiteral("page"), window.pages()->currentWidget()->objectName()},
        {QStringLiteral("statusText"), window.runtimeDescription()},
        {QStringLiteral("modelsFolder"), window.modelsPanel()->folder()},
    };
}

WindowSnapshot::WindowSnapshot(ui::MainWindow& window, QString file, std::function<bool()> ready)
    : window_(window), file_(QFileInfo(file).absoluteFilePath()), ready_(std::move(ready)) {
    pollTimer_.setInterval(kPollMs);
    connect(&pollTimer_, &QTimer::timeout, this, &WindowSnapshot::poll);
}

void WindowSnapshot::start() {
    waited_.start();
    pollTimer_.start();
}

void WindowSnapshot::poll() {
    const QWindow* handle = window_.windowHandle();
    const bool exposed = window_.isVisible() && handle && handle->isExposed();
    if (exposed && ready_()) {
        pollTimer_.stop();
        QTimer::singleShot(kSettleMs, this, &WindowSnapshot::capture);
    } else if (waited_.elapsed() > kGiveUpMs) {
        pollTimer_.stop();
        fail(QStringLiteral("the window was not ready within %1 seconds").arg(kGiveUpMs / 1000));
    }
}

void WindowSnapshot::capture() {
    QDir().mkpath(QFileInfo(file_).absolutePath());
    if (!window_.grab().save(file_, "PNG")) {
        fail(QStringLiteral("could not write the screenshot to %1").arg(file_));
        return;
    }
    QJsonObject description = describeWindow(window_);
    description.insert(QStringLiteral("screenshot"), file_);
    QTextStream(stdout) << QJsonDocument(description).toJson(QJsonDocument::Compact) << Qt::endl;
    QCoreApplication::exit(0);
}

void WindowSnapshot::fail(const QString& message) {
    QTextStream(stderr) << "songloom --screenshot: " << message << Qt::endl;
    QCoreApplication::exit(1);
}

}  // namespace songloom::app
