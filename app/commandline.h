// The songloom command line (QCommandLineParser). Parsing needs no QApplication, so --help and --version
// are answered before any display connection is made.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace songloom::app {

struct CommandLine {
    bool help = false;
    bool version = false;
    QString modelsDir;       // overrides the saved models folder for this run
    QString settingsDir;     // where settings are kept instead of the user's configuration folder
    QString screenshotFile;  // grab the window to this PNG once it is ready, describe it, quit
    QString error;           // non-empty when the arguments were not understood
    QString helpText;

    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// `arguments` includes the program name first, as QCoreApplication::arguments() does.
CommandLine parseCommandLine(const QStringList& arguments);
QStringList argumentList(int argc, char** argv);

// "songloom 0.1.0" and the engine line, as printed by --version.
QString versionText();

// Prints the help or version text that `commandLine` asks for and returns the exit code (0).
int printInformation(const CommandLine& commandLine);
// Prints a usage error with a hint to --help and returns the exit code (2).
int printUsageError(const CommandLine& commandLine);

}  // namespace songloom::app
