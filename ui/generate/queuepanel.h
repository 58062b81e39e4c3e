// The queue: every job with its state, stage, step / total, a progress bar and the time left, and the
// actions on the selected job: stop now, stop after the take being made, run again, remove, and compare the
// variations of a finished batch.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace songloom::ui {

class JobQueue;

class QueuePanel : public QWidget {
    Q_OBJECT

public:
    explicit QueuePanel(JobQueue& queue, QWidget* parent = nullptr);

    QTreeWidget* jobList() const { return list_; }
    QPushButton* stopNowButton() const { return stopNow_; }
    QPushButton* stopAfterButton() const { return stopAfter_; }
    QPushButton* runAgainButton() const { return runAgain_; }
    QPushButton* removeButton() const { return remove_; }
    QPushButton* compareButton() const { return compare_; }
    QLabel* messageLabel() const { return message_; }
    qint64 selectedJob() const;
    void selectJob(qint64 jobId);

Q_SIGNALS:
    // "Compare": the finished job's takes side by side.
    void compareRequested(qint64 jobId);

public:
    enum Column { JobColumn, ModelColumn, StatusColumn, ProgressColumn, EtaColumn };

private:
    void rebuild();
    void updateProgress(qint64 jobId);
    void updateButtons();
    QTreeWidgetItem* itemFor(qint64 jobId) const;
    QPushButton* addButton(const QString& text, const QKeySequence& shortcut, const QString& tip);

    JobQueue& queue_;
    QTreeWidget* list_ = nullptr;
    QPushButton* stopNow_ = nullptr;
    QPushButton* stopAfter_ = nullptr;
    QPushButton* runAgain_ = nullptr;
    QPushButton* remove_ = nullptr;
    QPushButton* compare_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace songloom::ui
