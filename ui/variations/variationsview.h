// Variations side by side (issue 8): the takes of one batch as cards, keys 1-8 switch the player to that
// variation at the same sample while it plays (PlaybackEngine::switchTo), loudness-matched: each take's
// integrated loudness is measured off the GUI thread (with its waveform peaks) and every take plays at the
// quietest one's loudness (loudnessmatch.h); M (or the check box) hears them unmatched. K marks the
// current variation as the batch's keeper (one per batch: marking another moves the mark; K again on the
// keeper removes it), stored in the take's row. Space plays / pauses, Home goes to the start.
#pragma once

#include "library/takestore.h"
#include "playback/playbackengine.h"
#include "variations/loudnessmatch.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSlider;

namespace songloom::ui {

class PeakPyramid;
class VariationCard;

class VariationsView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxVariations = 8;  // keys 1-8

    VariationsView(TakeStore& takes, PlaybackEngine::Output output = PlaybackEngine::Output::Auto,
                   QWidget* parent = nullptr);
    ~VariationsView() override;

    // Shows the (not deleted) takes of a job, the first kMaxVariations by batch index; `current` (a take
    // id) is selected first when it is among them. False when the job has no takes.
    bool showJob(qint64 jobId, qint64 current = 0);
    void setTakes(QList<TakeRecord> takes, qint64 current = 0);

    bool isLoaded() const { return loaded_; }     // every take decoded and measured
    int count() const { return static_cast<int>(entries_.size()); }
    int current() const { return current_; }
    const TakeRecord& take(int index) const { return entries_[static_cast<std::size_t>(index)].record; }
    std::optional<double> loudness(int index) const { return entries_[static_cast<std::size_t>(index)].lufs; }
    const LoudnessMatch& match() const { return match_; }
    std::vector<double> appliedGains() const;  // the gains the player has (all 1 when unmatched)
    bool isMatched() const;
    PlaybackEngine* player() const { return player_; }
    VariationCard* card(int index) const;
    QCheckBox* matchCheck() const { return matchCheck_; }

public Q_SLOTS:
    void selectVariation(int index);  // switches at the same sample; out of range or not loaded: ignored
    void toggleKeeper();
    void setMatched(bool matched);
    void togglePlay();

Q_SIGNALS:
    void loaded();
    void keeperChanged(qint64 takeId, bool keeper);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    struct Entry {
        TakeRecord record;
        std::shared_ptr<const audio::AudioBuffer> audio;
        std::shared_ptr<const PeakPyramid> peaks;
        std::optional<double> lufs;
        QString error;
        int engineIndex = -1;  // -1: could not be loaded
        VariationCard* card = nullptr;
    };
    struct Loaded;

    void startLoading();
    void onLoaded(int index, int serial, const std::shared_ptr<Loaded>& result);
    void finishLoading();
    void applyGains();
    void updateCards();
    void updatePosition(double seconds);
    void showMessage(const QString& text);

    TakeStore& takes_;
    PlaybackEngine* player_ = nullptr;
    std::vector<Entry> entries_;
    LoudnessMatch match_;
    int current_ = -1;
    int pending_ = 0;
    int serial_ = 0;
    bool loaded_ = false;

    QLabel* title_ = nullptr;
    QHBoxLayout* cardRow_ = nullptr;
    QWidget* cardBox_ = nullptr;
    QCheckBox* matchCheck_ = nullptr;
    QPushButton* play_ = nullptr;
    QPushButton* keep_ = nullptr;
    QSlider* position_ = nullptr;
    QLabel* time_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace songloom::ui
