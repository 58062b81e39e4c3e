// The words the queue shows for a job: its state, the stage with step / total, and the time left.
#pragma once

#include "generate/generationbackend.h"
#include "library/jobstore.h"

#include <QCoreApplication>
#include <QString>

namespace songloom::ui {

class ProgressText {
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    static QString state(JobState state);
    static QString stage(GenerationStage stage);
    // "Take 2 of 4 · Denoising · step 5 of 8"
    static QString status(const JobProgress& progress);
    // "1:05 left", "about 3 s left", "estimating…"
    static QString eta(double seconds);
};

}  // namespace songloom::ui
