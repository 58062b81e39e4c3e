# songloom-cli generate (tools/cli).
#
# test_cli_generate_units  flags -> request (flags over a --request file), repaint anchors, output naming,
#                          field -> flag hints, the progress bar, the studio's models folder, the model set
#                          choice; no engine (songloom_cli_support).
# test_cli_generate        the binary on the tiny fixture models: a tagged batch written and read back, every
#                          documented exit code (label tiny: it runs the engine on the CPU, a few seconds).
set(_cli_dir ${CMAKE_CURRENT_LIST_DIR})

songloom_gtest(NAME test_cli_generate_units SOURCES ${_cli_dir}/test_generate_options.cpp
  LIBS songloom_cli_support songloom_fixtures LABELS unit)

if(SONGLOOM_WITH_TORCH)
  songloom_gtest(NAME test_cli_generate SOURCES ${_cli_dir}/test_generate_cli.cpp
    LIBS songloom_fixtures songloom_engine_core nlohmann_json::nlohmann_json LABELS tiny TIMEOUT 900)
  target_compile_definitions(test_cli_generate PRIVATE SONGLOOM_CLI="$<TARGET_FILE:songloom-cli>")
  add_dependencies(test_cli_generate songloom-cli)
endif()
