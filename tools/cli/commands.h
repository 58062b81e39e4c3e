// songloom-cli commands. Each register* function adds one subcommand to the app; the callback it sets
// stores the command's exit code in `exitCode`.
#pragma once

#include <CLI/CLI.hpp>

namespace songloom::cli {

struct Context {
    int exitCode = 0;
};

void registerModelsCommand(CLI::App& app, Context& ctx);   // cmd_models.cpp
void registerInspectCommand(CLI::App& app, Context& ctx);  // cmd_inspect.cpp
void registerTokenizeCommand(CLI::App& app, Context& ctx); // cmd_tokenize.cpp
void registerGenerateCommand(CLI::App& app, Context& ctx); // cmd_generate.cpp

}  // namespace songloom::cli
