// The history of takes: search and filters, the takes newest first, every parameter of the selected take,
// playback (Space), favourite (F), stars (1-5, 0 clears), "use these settings again" (Ctrl+Shift+U) and
// delete (Del) with an undo bar (Ctrl+Z) that stays for kUndoSeconds; the deletion is final only then (or
// when the page is destroyed, i.e. the app quits).
#pragma once

#include "library/takestore.h"
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

class TakePlayer;
class TakeTrash;

class HistoryPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kUndoSeconds = 10;

    HistoryPage(TakeStore& takes, TakeTrash& trash, QWidget* parent = nullptr);
    ~HistoryPage() override;

    TakeFilter filter() const;
    QList<qint64> shownTakes() const;  // the table's take ids, top to bottom
    qint64 currentTake() const;
    bool selectTake(qint64 takeId);

    QLineEdit* searchField() const { return search_; }
    QCheckBox* favouritesOnlyCheck() const { return favouritesOnly_; }
    QComboBox* minRatingCombo() const { return minRating_; }
    QComboBox* modelCombo() const { return model_; }
    QComboBox* taskCombo() const { return task_; }
    QCheckBox* dateRangeCheck() const { return dateRange_; }
    QDateEdit* fromDate() const { return from_; }
    QDateEdit* toDate() const { return to_; }
    QTableWidget* table() const { return table_; }
    QTextBrowser* details() const { return details_; }
    QWidget* undoBar() const { return undoBar_; }
    QLabel* messageLabel() const { return message_; }
    TakePlayer* player() const { return player_; }

    enum Column { FavouriteColumn, CaptionColumn, ModelColumn, SeedColumn, DurationColumn, TimeColumn, RatingColumn };

public Q_SLOTS:
    void refresh();  // re-reads the history (a new take, a filter change)
    void togglePlay();
    void toggleFavourite();
    void rate(int stars);
    void useSettingsAgain();
    void deleteCurrent();
    void undoDelete();

Q_SIGNALS:
    // "Use these settings again": the take's request (its seed included) for the Compose page.
    void reuseRequested(const songloom::GenerationRequest& request);

private:
    QWidget* createFilters();
    void showDetails();
    void refreshFilterChoices();
    void finishPendingDeletes();
    void showMessage(const QString& text);

    TakeStore& takes_;
    TakeTrash& trash_;
    TakePlayer* player_ = nullptr;
    QLineEdit* search_ = nullptr;
    QCheckBox* favouritesOnly_ = nullptr;
    QComboBox* minRating_ = nullptr;
    QComboBox* model_ = nullptr;
    QComboBox* task_ = nullptr;
    QCheckBox* dateRange_ = nullptr;
    QDateEdit* from_ = nullptr;
    QDateEdit* to_ = nullptr;
    QTableWidget* table_ = nullptr;
    QTextBrowser* details_ = nullptr;
    QPushButton* play_ = nullptr;
    QPushButton* favourite_ = nullptr;
    QPushButton* reuse_ = nullptr;
    QPushButton* delete_ = nullptr;
    QWidget* undoBar_ = nullptr;
    QLabel* undoText_ = nullptr;
    QLabel* message_ = nullptr;
    QTimer undoTimer_;
    QList<qint64> pendingDeletes_;  // deleted, still undoable (newest last)
};

}  // namespace songloom::ui

Q_DECLARE_METATYPE(songloom::GenerationRequest)
