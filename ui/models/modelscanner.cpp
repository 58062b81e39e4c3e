#include "models/modelscanner.h"

#include "common/pathtext.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace songloom::ui {

namespace {

ScanResult runScan(const QString& folder, const ScanOptions& options) {
    ScanResult result;
    result.folder = folder;
    Result<Catalog> catalog = scanModels(toFsPath(folder), options);
    if (catalog)
        result.catalog = std::move(catalog).value();
    else
        result.status = catalog.status();
    return result;
}

}  // namespace

ModelScanner::ModelScanner(QObject* parent) : QObject(parent) {
    pool_.setMaxThreadCount(1);
}

ModelScanner::~ModelScanner() = default;

void ModelScanner::scan(const QString& folder, ScanOptions options) {
    pending_ = Request{folder, std::move(options)};
    if (!running_)
        startPending();
}

void ModelScanner::startPending() {
    Request request = std::move(*pending_);
    pending_.reset();
    running_ = new QFutureWatcher<ScanResult>(this);
    connect(running_, &QFutureWatcherBase::finished, this,
            [this, watcher = running_] { onWatcherFinished(watcher); });
    // The task owns copies of its inputs and never touches this object.
    running_->setFuture(QtConcurrent::run(&pool_, [request = std::move(request)] {
        return runScan(request.folder, request.options);
    }));
}

void ModelScanner::onWatcherFinished(QFutureWatcher<ScanResult>* watcher) {
    watcher->deleteLater();
    running_ = nullptr;
    if (pending_) {  // asked again meanwhile: this result is out of date
        startPending();
        return;
    }
    Q_EMIT finished(watcher->result());
}

}  // namespace songloom::ui
