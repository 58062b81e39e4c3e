// A take's timeline, ready to drop into a take's detail view: the TimelineView with a tool row (zoom,
// fit, stereo/summed, snap, loop, delete region, follow playback) and a line describing the selected
// region. The buttons name their keys in their tool tips; the keys themselves work in the view.
#pragma once

#include "timeline/timelineview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace songloom::ui {

class TimelinePage : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePage(QWidget* parent = nullptr);

    TimelineView* view() const { return view_; }
    QComboBox* snapCombo() const { return snap_; }
    QToolButton* loopButton() const { return loop_; }
    QToolButton* stereoButton() const { return stereo_; }
    QLabel* selectionLabel() const { return selection_; }

    // The take and what is known about it (tempo and time signature optional; sections when known).
    void setTake(std::shared_ptr<const audio::AudioBuffer> audio, const TempoGrid& grid = {},
                 const QVector<TimelineSection>& sections = {});

private:
    void refresh();
    QToolButton* addButton(const QString& text, const QString& tip, const QString& name);

    TimelineView* view_;
    QComboBox* snap_;
    QToolButton* stereo_;
    QToolButton* loop_;
    QToolButton* delete_;
    QToolButton* follow_;
    QLabel* selection_;
    QWidget* tools_;
};

}  // namespace songloom::ui
