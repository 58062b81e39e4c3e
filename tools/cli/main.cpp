// songloom-cli: the engine without the studio, for scripts, servers and benchmarks.
#include "commands.h"

#include "songloom/version.h"
#if defined(SONGLOOM_CLI_WITH_TORCH)
#include "songloom/runtime.h"
#endif

#include <iostream>

int main(int argc, char** argv) {
    CLI::App app{"songloom-cli " SONGLOOM_VERSION
                 " - headless ACE-Step 1.5 tools: find and check model files, and "
                 "generate songs without the studio."};
    app.require_subcommand(1);
    app.set_version_flag("--version", [] {
        std::string v = "songloom-cli " SONGLOOM_VERSION;
#if defined(SONGLOOM_CLI_WITH_TORCH)
        v += "\n" + songloom::describeRuntime(songloom::runtimeInfo());
#endif
        return v;
    });

    songloom::cli::Context ctx;
    songloom::cli::registerModelsCommand(app, ctx);
    songloom::cli::registerInspectCommand(app, ctx);
    songloom::cli::registerTokenizeCommand(app, ctx);
    songloom::cli::registerGenerateCommand(app, ctx);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help / --version exit 0; every malformed command line is a usage error, exit 2 (docs/cli.md),
        // rather than CLI11's own numbers (105, 106, ...).
        return app.exit(e) == 0 ? 0 : 2;
    }
    return ctx.exitCode;
}
