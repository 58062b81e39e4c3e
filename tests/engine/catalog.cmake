# Model catalog (engine/core/catalog) and `songloom-cli models` / `inspect`.
#
# test_catalog       unit tests on synthetic files + every fixture at both scales, written in-process
#                    by songloom_fixtures into a temporary folder.
# test_catalog_asan  the same tests against songloom_engine_core_asan. The fixture library links the
#                    uninstrumented core, so the fixtures come from a ctest setup step
#                    (catalog_write_fixtures, built normally) and are read from the build tree.
# test_catalog_cli   the command line: exit codes, stdout and stderr.
set(_catalog_dir ${CMAKE_CURRENT_LIST_DIR})
set(_catalog_common ${_catalog_dir}/catalog_support.cpp ${_catalog_dir}/test_catalog_units.cpp
                    ${_catalog_dir}/test_catalog_fixtures.cpp)

songloom_gtest(NAME test_catalog
  SOURCES ${_catalog_common} ${_catalog_dir}/catalog_fixtures_written.cpp
  LIBS songloom_fixtures songloom_engine_core nlohmann_json::nlohmann_json
  LABELS unit)
# The tests build synthetic DiT tables from the catalog's own key table (catalog/dit_keys.h).
target_include_directories(test_catalog PRIVATE ${PROJECT_SOURCE_DIR}/engine/core)

add_executable(catalog_write_fixtures ${_catalog_dir}/catalog_write_fixtures.cpp)
target_link_libraries(catalog_write_fixtures PRIVATE songloom_fixtures songloom_warnings)
set(_catalog_fixture_dir ${CMAKE_CURRENT_BINARY_DIR}/catalog_fixtures)
add_test(NAME catalog_write_fixtures COMMAND catalog_write_fixtures ${_catalog_fixture_dir})
set_tests_properties(catalog_write_fixtures PROPERTIES FIXTURES_SETUP catalog_fixture_files LABELS unit)

songloom_gtest(NAME test_catalog_asan
  SOURCES ${_catalog_common} ${_catalog_dir}/catalog_fixtures_prebuilt.cpp
  LIBS songloom_engine_core_asan songloom_sanitize nlohmann_json::nlohmann_json
  LABELS unit)
target_include_directories(test_catalog_asan PRIVATE ${PROJECT_SOURCE_DIR}/engine/core)
target_compile_definitions(test_catalog_asan PRIVATE SONGLOOM_CATALOG_FIXTURE_DIR="${_catalog_fixture_dir}")
set_tests_properties(test_catalog_asan PROPERTIES FIXTURES_REQUIRED catalog_fixture_files)

songloom_gtest(NAME test_catalog_cli
  SOURCES ${_catalog_dir}/catalog_support.cpp ${_catalog_dir}/test_catalog_cli.cpp
          ${_catalog_dir}/catalog_fixtures_written.cpp
  LIBS songloom_fixtures songloom_engine_core nlohmann_json::nlohmann_json
  LABELS unit)
target_include_directories(test_catalog_cli PRIVATE ${PROJECT_SOURCE_DIR}/engine/core)
target_compile_definitions(test_catalog_cli PRIVATE SONGLOOM_CLI="$<TARGET_FILE:songloom-cli>")
add_dependencies(test_catalog_cli songloom-cli)
if(TARGET songloom_tokenizer_bundle)
  add_dependencies(test_catalog_cli songloom_tokenizer_bundle)  # `models` finds it beside bin/
endif()
