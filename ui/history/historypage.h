// The history of takes: search and filters, the takes newest first, every parameter of the selected take,
// playback (Space), favourite (F), stars (1-5, 0 clears), "use these settings again" (Ctrl+Shift+U) and
// delete (Del) with an undo bar (Ctrl+Z) that stays for kUndoSeconds; the deletion is final only then (or
// when the page is destroyed, i.e. the app quits). Several takes can be selected: "Export…" (Ctrl+Shift+E)
// exports them, and dragging rows out gives their files. "Compare Variations" (Ctrl+Shift+V) opens the
// current take's batch side by side when its job made several takes.
#pragma once

#include "library/takestore.h"
#include "playback/playbackengine.h"
#include "songloom/generation_request.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace songloom::ui {

class TakeTable;
class TakeTrash;

class HistoryPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kUndoSeconds = 10;

    // `output`: where the page's player plays (Null: silently, in real time, e.g. under test).
    HistoryPage(TakeStore& takes, TakeTrash& trash,
                PlaybackEngine::Output output = PlaybackEngine::Output::Auto, QWidget* parent = nullptr);
    ~HistoryPage() override;

    TakeFilter filter() const;
    QList<qint64> shownTakes() const;  // the table's take ids, top to bottom
    qint64 currentTake() const;
    bool selectTake(qint64 takeId);
    QList<qint64> selectedTakes() const;  // every selected row's take, top to bottom

    QLineEdit* searchField() const { return search_; }
    QCheckBox* favouritesOnlyCheck() const { return favouritesOnly_; }
    QComboBox* minRatingCombo() const { return minRating_; }
    QComboBox* modelCombo() const { return model_; }
    QComboBox* taskCombo() const { return task_; }
    QCheckBox* dateRangeCheck() const { return dateRange_; }
    QDateEdit* fromDate() const { return from_; }
    QDateEdit* toDate() const { return to_; }
    QTableWidget* table() const;
    QTextBrowser* details() const { return details_; }
    QWidget* undoBar() const { return undoBar_; }
    QLabel* messageLabel() const { return message_; }
    PlaybackEngine* player() const { return player_; }
    QPushButton* compareButton() const { return compare_; }
    QPushButton* editButton() const { return edit_; }
    QPushButton* exportButton() const { return export_; }
    QString loadedFile() const { return loadedFile_; }  // the take file in the player ("" while none)

    enum Column { FavouriteColumn, CaptionColumn, ModelColumn, SeedColumn, DurationColumn, TimeColumn, RatingColumn };

public Q_SLOTS:
    void refresh();  // re-reads the history (a new take, a filter change)
    void togglePlay();
    void toggleFavourite();
    void rate(int stars);
    void useSettingsAgain();
    void deleteCurrent();
    void undoDelete();
    void compareVariations();
    void editCurrent();  // Ctrl+E / double-click: the take on the Edit page  // of the current take's job, when it has several takes
    void exportSelected();

Q_SIGNALS:
    void compareRequested(qint64 jobId, qint64 takeId);
    void editRequested(qint64 takeId);
    void exportRequested(const QList<qint64>& takeIds);
    // "Use these settings again": the take's request (its seed included) for the Compose page.
    void reuseRequested(const songloom::GenerationRequest& request);

private:
    QWidget* createFilters();
    void showDetails();
    void refreshFilterChoices();
    void finishPendingDeletes();
    void showMessage(const QString& text);
    void loadAndPlay(const QString& path);
    void unloadPlayer();

    TakeStore& takes_;
    TakeTrash& trash_;
    PlaybackEngine* player_ = nullptr;
    QString loadedFile_;
    QString loadingFile_;  // being decoded off the GUI thread
    int loadSerial_ = 0;   // a newer load makes an older one's result stale
    QLineEdit* search_ = nullptr;
    QCheckBox* favouritesOnly_ = nullptr;
    QComboBox* minRating_ = nullptr;
    QComboBox* model_ = nullptr;
    QComboBox* task_ = nullptr;
    QCheckBox* dateRange_ = nullptr;
    QDateEdit* from_ = nullptr;
    QDateEdit* to_ = nullptr;
    TakeTable* table_ = nullptr;
    QTextBrowser* details_ = nullptr;
    QPushButton* play_ = nullptr;
    QPushButton* favourite_ = nullptr;
    QPushButton* reuse_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* compare_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* export_ = nullptr;
    QWidget* undoBar_ = nullptr;
    QLabel* undoText_ = nullptr;
    QLabel* message_ = nullptr;
    QTimer undoTimer_;
    QList<qint64> pendingDeletes_;  // deleted, still undoable (newest last)
};

}  // namespace songloom::ui

Q_DECLARE_METATYPE(songloom::GenerationRequest)
