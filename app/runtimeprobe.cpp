#include "runtimeprobe.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QtConcurrent/QtConcurrentRun>

namespace songloom::app {

namespace {
struct RuntimeText {
    Q_DECLARE_TR_FUNCTIONS(RuntimeText)
};
}  // namespace

QString runtimeStatusText(const RuntimeInfo& info) {
    if (info.torchVersion.empty())
        return RuntimeText::tr("engine built without libtorch");
    const QString torch = QString::fromStdString(info.torchVersion);
    if (!info.cudaBuilt)
        return RuntimeText::tr("libtorch %1, CPU only (libtorch without CUDA)").arg(torch);
    if (!info.cudaAvailable)
        return RuntimeText::tr("libtorch %1, no usable GPU found, running on the CPU").arg(torch);
    QStringList gpus;
    for (const std::string& gpu : info.gpus)
        gpus << QString::fromStdString(gpu);
    return RuntimeText::tr("libtorch %1, GPU: %2").arg(torch, gpus.join(QStringLiteral(", ")));
}

RuntimeProbe::RuntimeProbe(QObject* parent) : QObject(parent) {}

RuntimeProbe::~RuntimeProbe() = default;

void RuntimeProbe::start() {
    auto* watcher = new QFutureWatcher<RuntimeInfo>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        done_ = true;
        info_ = watcher->result();
        Q_EMIT finished(runtimeStatusText(info_));
    });
    watcher->setFuture(QtConcurrent::run(&songloom::runtimeInfo));
}

}  // namespace songloom::app
