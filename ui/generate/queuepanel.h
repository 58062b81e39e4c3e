// The queue: every job with its state, stage, step / total, a progress bar and the time left, and the
// actions on the selected job: stop now, stop after the take being made, run again, remove.
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
    QLabel* messageLabel() const { return message_; }
    qint64 selectedJob() const;
    void selectJob(qint64 jobId);

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
    QLabel* message_ = nullptr;
};

}  // namespace songloom::ui
