// Asks the torch-backed engine what it can run on (libtorch version, GPUs) without blocking the window:
// the first CUDA query loads the driver, which can take a moment.
#pragma once

#include "songloom/runtime.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace songloom::app {

// The status-bar line for `info`, translated; in English it reads like songloom::describeRuntime.
QString runtimeStatusText(const RuntimeInfo& info);

class RuntimeProbe : public QObject {
    Q_OBJECT

public:
    explicit RuntimeProbe(QObject* parent = nullptr);
    ~RuntimeProbe() override;

    void start();
    bool isDone() const { return done_; }
    const RuntimeInfo& info() const { return info_; }  // meaningful once isDone()

Q_SIGNALS:
    void finished(const QString& description);

private:
    bool done_ = false;
    RuntimeInfo info_;
};

}  // namespace songloom::app
