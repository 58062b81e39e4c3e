// Runs songloom::scanModels off the GUI thread. Reading safetensors headers of a folder on a slow disk can
// take seconds; the window stays responsive, and a request made during a scan supersedes it.
#pragma once

#include "songloom/model_catalog.h"
#include "songloom/status.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <optional>

template <class T>
class QFutureWatcher;

namespace songloom::ui {

struct ScanResult {
    QString folder;
    Status status;      // ok, or why the folder could not be read at all
    Catalog catalog;    // meaningful when status is ok
};

class ModelScanner : public QObject {
    Q_OBJECT

public:
    explicit ModelScanner(QObject* parent = nullptr);
    ~ModelScanner() override;

    // Scans `folder`. When a scan is already running, this request waits for it and the older result is
    // dropped; several requests made meanwhile collapse into the last one.
    void scan(const QString& folder, ScanOptions options);
    bool isScanning() const { return running_ != nullptr || pending_.has_value(); }

Q_SIGNALS:
    // Emitted on the GUI thread, only for the latest request.
    void finished(const songloom::ui::ScanResult& result);

private:
    struct Request {
        QString folder;
        ScanOptions options;
    };
    void startPending();
    void onWatcherFinished(QFutureWatcher<ScanResult>* watcher);

    // One worker thread; its destructor waits for a scan in progress (which never touches this object).
    QThreadPool pool_;
    QFutureWatcher<ScanResult>* running_ = nullptr;
    std::optional<Request> pending_;
};

}  // namespace songloom::ui
