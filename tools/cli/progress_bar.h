// The progress of `songloom-cli generate` on stderr. On a terminal: one line redrawn in place (stage,
// step/total, take i/N, elapsed, time left), at most ~10 times a second. Otherwise (a log file, a pipe):
// one line per stage or take change, so logs stay readable. Thread-safe: the engine thread reports
// progress while the Ctrl+C watcher prints notes.
#pragma once

#include "songloom/engine.h"

#include <mutex>
#include <ostream>
#include <string>

namespace songloom::cli {

class ProgressBar {
public:
    enum class Mode { Terminal, Lines, Silent };
    // `width`: the terminal's columns (Terminal mode).
    ProgressBar(std::ostream& out, Mode mode, int width = 80);

    void update(const ProgressEvent& event);
    // A line of its own (a written file, a warning, the Ctrl+C note) without breaking the bar.
    void note(const std::string& line);
    // A line on another stream (the written paths on stdout, also with --quiet): the bar is cleared first so
    // a terminal showing both streams never gets the two mixed on one line.
    void emit(std::ostream& stream, const std::string& line);
    // Clears the bar (Terminal) before the final messages.
    void finish();

    // The bar line itself, for tests: "generating  [#####-----]  5/8  take 1/2  0:12  ~0:30 left".
    static std::string render(const ProgressEvent& event, int width);
    static std::string stageLabel(ProgressStage stage);
    static std::string clock(double seconds);  // "0:07", "12:34", "1:02:03"

private:
    void clearLine();

    std::ostream& out_;
    Mode mode_;
    int width_;
    std::mutex mutex_;
    bool drawn_ = false;
    double lastDrawn_ = -1.0;
    int lastStage_ = -1;
    int lastItem_ = -1;
};

// Terminal when stderr is a tty (TERM not "dumb"), Lines otherwise; Silent for --quiet.
ProgressBar::Mode progressModeForStderr(bool quiet);
int terminalWidth();  // stderr's columns, 80 when unknown

}  // namespace songloom::cli
