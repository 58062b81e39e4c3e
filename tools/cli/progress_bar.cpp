#include "progress_bar.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include <sys/ioctl.h>
#include <unistd.h>

namespace songloom::cli {

ProgressBar::ProgressBar(std::ostream& out, Mode mode, int width) : out_(out), mode_(mode), width_(width) {}

std::string ProgressBar::stageLabel(ProgressStage stage) {
    switch (stage) {
        case ProgressStage::Load: return "loading models";
        case ProgressStage::EncodeText: return "reading caption and lyrics";
        case ProgressStage::EncodeAudio: return "preparing the audio";
        case ProgressStage::Denoise: return "generating";
        case ProgressStage::Decode: return "decoding audio";
        case ProgressStage::Write: return "writing";
        case ProgressStage::Done: return "done";
    }
    return "working";
}

std::string ProgressBar::clock(double seconds) {
    const long s = std::lround(std::max(0.0, seconds));
    if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
    return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string ProgressBar::render(const ProgressEvent& e, int width) {
    std::string tail;
    if (e.total > 0) tail += fmt::format("  {}/{}", e.step, e.total);
    if (e.items > 1) tail += fmt::format("  take {}/{}", std::min(e.item + 1, e.items), e.items);
    tail += "  " + clock(e.elapsedSeconds);
    if (e.etaSeconds >= 0.0 && e.stage != ProgressStage::Done) tail += fmt::format("  ~{} left", clock(e.etaSeconds));
    const std::string label = fmt::format("{:<27}", stageLabel(e.stage));
    // The bar takes what is left of the line once a full tail ("  88/88  take 8/8  12:34  ~12:34 left")
    // has its room, so its length stays put while the tail grows and shrinks (at least 10 cells, at most 40).
    constexpr int kTailRoom = 40;
    const int room = width - 1 - static_cast<int>(label.size()) - kTailRoom - 3;
    const int cells = std::clamp(room, 10, 40);
    const int filled = static_cast<int>(std::lround(std::clamp(e.fraction, 0.0, 1.0) * cells));
    std::string bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                      std::string(static_cast<std::size_t>(cells - filled), '-') + "]";
    std::string line = label + " " + bar + tail;
    if (static_cast<int>(line.size()) > width - 1 && width > 1) line.resize(static_cast<std::size_t>(width - 1));
    return line;
}

void ProgressBar::clearLine() {
    if (drawn_) {
        out_ << "\r\x1b[2K";  // carriage return, erase the whole line
        drawn_ = false;
    }
}

void ProgressBar::update(const ProgressEvent& e) {
    if (mode_ == Mode::Silent) return;
    std::lock_guard lock(mutex_);
    const int stage = static_cast<int>(e.stage);
    const bool changed = stage != lastStage_ || e.item != lastItem_;
    if (mode_ == Mode::Lines) {
        if (!changed || e.stage == ProgressStage::Done) return;
        std::string line = fmt::format("[{}] {}", clock(e.elapsedSeconds), stageLabel(e.stage));
        if (e.items > 1) line += fmt::format(" (take {}/{})", std::min(e.item + 1, e.items), e.items);
        if (e.total > 0) line += fmt::format(": {} {}", e.total, e.stage == ProgressStage::Denoise ? "steps" : "parts");
        if (e.etaSeconds >= 0.0) line += fmt::format(", ~{} left", clock(e.etaSeconds));
        out_ << line << "\n" << std::flush;
    } else {
        // Redraw on every stage change and at most every 0.1 s otherwise (a fast GPU reports hundreds a second).
        if (!changed && e.elapsedSeconds - lastDrawn_ < 0.1 && e.step != e.total) return;
        clearLine();
        out_ << render(e, width_) << std::flush;
        drawn_ = true;
        lastDrawn_ = e.elapsedSeconds;
    }
    lastStage_ = stage;
    lastItem_ = e.item;
}

void ProgressBar::note(const std::string& line) {
    if (mode_ == Mode::Silent) return;
    std::lock_guard lock(mutex_);
    clearLine();
    out_ << line << "\n" << std::flush;
    lastDrawn_ = -1.0;  // the bar comes back with the next event
}

void ProgressBar::emit(std::ostream& stream, const std::string& line) {
    std::lock_guard lock(mutex_);
    clearLine();
    out_ << std::flush;
    stream << line << "\n" << std::flush;
    lastDrawn_ = -1.0;
}

void ProgressBar::finish() {
    std::lock_guard lock(mutex_);
    clearLine();
    out_ << std::flush;
}

ProgressBar::Mode progressModeForStderr(bool quiet) {
    if (quiet) return ProgressBar::Mode::Silent;
    const char* term = std::getenv("TERM");
    const bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
    return ::isatty(STDERR_FILENO) && !dumb ? ProgressBar::Mode::Terminal : ProgressBar::Mode::Lines;
}

int terminalWidth() {
    winsize ws{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
    return 80;
}

}  // namespace songloom::cli
