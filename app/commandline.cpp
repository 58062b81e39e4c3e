#include "commandline.h"

#include "songloom/runtime.h"
#include "songloom/version.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace songloom::app {

QStringList argumentList(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

CommandLine parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    // "-platform offscreen" is one option (Qt's), not the letters p, l, a, ... bundled together.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(CommandLine::tr(
        "Songloom: write and produce songs with the ACE-Step 1.5 music model on your own GPU."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        CommandLine::tr("Show the version and the engine's runtime (libtorch, GPU) and exit."));
    const QCommandLineOption modelsDir(
        QStringLiteral("models-dir"),
        CommandLine::tr("Use the models in DIR for this run (the saved folder stays as it is)."),
        CommandLine::tr("DIR"));
    const QCommandLineOption settingsDir(
        QStringLiteral("settings-dir"),
        CommandLine::tr("Keep settings in DIR instead of your configuration folder."), CommandLine::tr("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        CommandLine::tr("Once the window is ready, save it as a PNG image to FILE, print a one-line JSON "
                        "description of the window and quit."),
        CommandLine::tr("FILE"));
    parser.addOptions({help, version, modelsDir, settingsDir, screenshot});

    CommandLine result;
    if (!parser.parse(arguments))
        result.error = parser.errorText();
    else if (!parser.positionalArguments().isEmpty())
        result.error = CommandLine::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
    result.help = parser.isSet(help);
    result.version = parser.isSet(version);
    result.modelsDir = parser.value(modelsDir);
    result.settingsDir = parser.value(settingsDir);
    result.screenshotFile = parser.value(screenshot);
    result.helpText = parser.helpText();
    return result;
}

QString versionText() {
    return QStringLiteral("songloom " SONGLOOM_VERSION "\n") +
           QString::fromStdString(describeRuntime(runtimeInfo()));
}

int printInformation(const CommandLine& commandLine) {
    QTextStream out(stdout);
    if (commandLine.help)
        out << commandLine.helpText;
    else
        out << versionText() << '\n';
    return 0;
}

int printUsageError(const CommandLine& commandLine) {
    QTextStream err(stderr);
    err << "songloom: " << commandLine.error << '\n'
        << CommandLine::tr("Try 'songloom --help' for the options.") << '\n';
    return 2;
}

}  // namespace songloom::app
