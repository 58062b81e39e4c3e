// songloom: the studio. See application.h for what is set up where.
#include "application.h"
#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    using namespace songloom::app;
    setApplicationIdentity();

    // --help and --version are answered before QApplication exists, so they work without a display.
    const CommandLine early = parseCommandLine(argumentList(argc, argv));
    if (early.help || early.version) {
        const QCoreApplication core(argc, argv);  // names the program in the usage line
        return printInformation(parseCommandLine(QCoreApplication::arguments()));
    }

    Application application(argc, argv);
    return application.run();
}
