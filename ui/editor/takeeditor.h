// The Edit page: one take on its waveform timeline, played in place, and the edits a songwriter makes to
// it. Every edit goes through the job queue and makes new takes linked to this one; nothing is overwritten.
//
//  - Lineage: the chain of takes this one came from (New song → Repaint → Extend …); clicking an ancestor
//    opens it, and the next edit branches from there.
//  - Repaint: the regions marked on the timeline (several at once, each with its own caption / lyrics if
//    wanted) are regenerated, N takes per region. Choosing a take for a region plays it in place at once
//    (the song with that region swapped, same position); Accept writes the song with one chosen take per
//    region as a new take (parent: this one) and opens it.
//  - Extend: time added before and / or after (one after the other when both), with how much of the song
//    the model hears beside the new part; the new part is shown on the timeline when it opens.
//  - Cover / remix: of this take or an imported audio file, with strength and an optional timbre reference
//    (a take or a file).
#pragma once

#include "editor/editplan.h"
#include "library/takestore.h"
#include "playback/playbackengine.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace songloom::ui {

class JobQueue;
class TimelinePage;

class TakeEditor : public QWidget {
    Q_OBJECT

public:
    TakeEditor(TakeStore& takes, JobQueue& queue, PlaybackEngine::Output output = PlaybackEngine::Output::Auto,
               QWidget* parent = nullptr);
    ~TakeEditor() override;

    // Loads the take (decoded off the GUI thread; loaded() tells when it is on the timeline). False when
    // there is no such take or its file is missing (the message says which).
    bool openTake(qint64 takeId);
    qint64 currentTake() const { return takeId_; }
    bool loaded() const { return audio_ != nullptr && loadingSerial_ == loadedSerial_; }
    std::shared_ptr<const audio::AudioBuffer> audio() const { return audio_; }

    TimelinePage* timeline() const { return timeline_; }
    PlaybackEngine* player() const { return player_; }
    QTabWidget* tabs() const { return tabs_; }
    QLabel* messageLabel() const { return message_; }
    QList<QToolButton*> lineageButtons() const { return lineageButtons_; }

    // Repaint.
    QLineEdit* regionCaptionEdit() const { return regionCaption_; }
    QPlainTextEdit* regionLyricsEdit() const { return regionLyrics_; }
    QSpinBox* takesPerRegionSpin() const { return takesPerRegion_; }
    QPushButton* repaintButton() const { return repaint_; }
    QTableWidget* regionTable() const { return regionTable_; }
    QPushButton* acceptButton() const { return accept_; }
    struct Candidate {
        qint64 takeId = 0;
        std::shared_ptr<const audio::AudioBuffer> audio;  // null while it is being read
        double start = 0.0, end = 0.0;                    // the samples that are new
    };
    struct RegionEdit {
        int regionId = 0;
        QString label;
        double start = 0.0, end = 0.0;
        qint64 jobId = 0;
        int expected = 0;  // takes asked for
        QList<Candidate> candidates;
        int chosen = 0;    // 0: the original; k: candidates[k - 1]
        QString problem;   // the job failed or stopped
        int ready() const;  // candidates read into memory
    };
    const QList<RegionEdit>& regionEdits() const { return edits_; }
    int candidatesReady() const;  // loaded candidates over all regions

    // Extend.
    QDoubleSpinBox* extendBeforeSpin() const { return extendBefore_; }
    QDoubleSpinBox* extendAfterSpin() const { return extendAfter_; }
    QDoubleSpinBox* extendContextSpin() const { return extendContext_; }  // 0: the whole song
    QPushButton* extendButton() const { return extend_; }

    // Cover / remix.
    QLineEdit* coverSourceEdit() const { return coverSource_; }  // empty: this take
    QDoubleSpinBox* coverStrengthSpin() const { return coverStrength_; }
    QComboBox* coverModeCombo() const { return coverMode_; }
    QLineEdit* coverCaptionEdit() const { return coverCaption_; }
    QLineEdit* referenceEdit() const { return reference_; }  // empty: none
    QSpinBox* coverTakesSpin() const { return coverTakes_; }
    QPushButton* coverButton() const { return cover_; }

public Q_SLOTS:
    bool repaintRegions();
    bool chooseCandidate(int regionId, int choice);  // 0 = the original
    bool acceptChoices();
    bool extendSong();
    bool makeCover();
    void togglePlay();

Q_SIGNALS:
    void takeOpened(qint64 takeId);
    void takeCreated(qint64 takeId);  // an accepted repaint was saved (the queue announces job takes)
    void exportRequested(const QList<qint64>& takeIds);

protected:
    void hideEvent(QHideEvent* event) override;  // leaving the page pauses its playback

private:
    static constexpr int kRestoredRegionIds = 100000;  // row ids of restored regions (not on the timeline)

    struct PendingJob {
        enum Kind { Extend, Cover } kind = Extend;
        qint64 sourceTake = 0;
        ExtendPlan nextBefore;  // Extend with both sides: the "before" step still to run
        bool chainBefore = false;
        bool opened = false;
    };

    void buildUi();
    QWidget* buildRepaintTab();
    QWidget* buildExtendTab();
    QWidget* buildCoverTab();
    void rebuildLineage();
    void onLoaded(const TakeRecord& take, std::shared_ptr<const audio::AudioBuffer> audio);
    void onTakeRecorded(qint64 jobId, qint64 takeId);
    void addCandidate(int editIndex, const TakeRecord& take);  // reads its audio off the GUI thread
    void restoreRegionTakes();
    void onJobsChanged();
    void refreshRegionTable();
    void refreshButtons();
    void showRegionOverride();
    void storeRegionOverride();
    void preview();
    std::optional<GenerationRequest> baseRequest(QString* error) const;
    bool enqueueExtend(qint64 sourceTake, const QString& sourcePath, double sourceSeconds, const ExtendPlan& plan,
                       std::optional<ExtendPlan> thenBefore);
    void showMessage(const QString& text);
    QString browseAudio(const QString& title);

    TakeStore& takes_;
    JobQueue& queue_;
    PlaybackEngine* player_ = nullptr;
    qint64 takeId_ = 0;
    std::optional<TakeRecord> take_;
    std::shared_ptr<const audio::AudioBuffer> audio_;
    int loadingSerial_ = 0;
    int loadedSerial_ = 0;
    QList<RegionEdit> edits_;
    struct Override {
        QString caption, lyrics;
    };
    QHash<int, Override> overrides_;  // region id -> its own caption / lyrics
    int overrideRegion_ = 0;          // the region the override fields show
    QHash<qint64, PendingJob> pending_;

    QWidget* lineageBar_ = nullptr;
    QHBoxLayout* lineageRow_ = nullptr;
    QList<QToolButton*> lineageButtons_;
    QLabel* title_ = nullptr;
    QPushButton* play_ = nullptr;
    QPushButton* export_ = nullptr;
    QLabel* position_ = nullptr;
    TimelinePage* timeline_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* message_ = nullptr;

    QLabel* regionHint_ = nullptr;
    QLineEdit* regionCaption_ = nullptr;
    QPlainTextEdit* regionLyrics_ = nullptr;
    QSpinBox* takesPerRegion_ = nullptr;
    QPushButton* repaint_ = nullptr;
    QTableWidget* regionTable_ = nullptr;
    QPushButton* accept_ = nullptr;

    QDoubleSpinBox* extendBefore_ = nullptr;
    QDoubleSpinBox* extendAfter_ = nullptr;
    QDoubleSpinBox* extendContext_ = nullptr;
    QLineEdit* extendCaption_ = nullptr;
    QSpinBox* extendTakes_ = nullptr;
    QPushButton* extend_ = nullptr;

    QLineEdit* coverSource_ = nullptr;
    QDoubleSpinBox* coverStrength_ = nullptr;
    QComboBox* coverMode_ = nullptr;
    QLineEdit* coverCaption_ = nullptr;
    QPlainTextEdit* coverLyrics_ = nullptr;
    QLineEdit* reference_ = nullptr;
    QSpinBox* coverTakes_ = nullptr;
    QPushButton* cover_ = nullptr;
};

}  // namespace songloom::ui
