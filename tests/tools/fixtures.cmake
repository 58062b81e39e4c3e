# Fixture writer tests (tools/fixtures). The writer's internals are tested through its private headers.
set(_fx_src ${CMAKE_CURRENT_LIST_DIR}/fixtures)
set(_fx_private ${PROJECT_SOURCE_DIR}/tools/fixtures/src)

songloom_gtest(NAME fixtures_writer_test SOURCES ${_fx_src}/writer_test.cpp
               LIBS songloom_fixtures nlohmann_json::nlohmann_json LABELS unit)
songloom_gtest(NAME fixtures_real_scale_test SOURCES ${_fx_src}/real_scale_test.cpp
               LIBS songloom_fixtures nlohmann_json::nlohmann_json LABELS unit)
songloom_gtest(NAME fixtures_tiny_scale_test SOURCES ${_fx_src}/tiny_scale_test.cpp
               LIBS songloom_fixtures nlohmann_json::nlohmann_json LABELS unit)
songloom_gtest(NAME fixtures_engine_reader_test SOURCES ${_fx_src}/engine_reader_test.cpp
               LIBS songloom_fixtures nlohmann_json::nlohmann_json LABELS unit)

# torch.load / safetensors / tokenizers round trips with the project's Python (SONGLOOM_PYTHON comes from
# cmake/SongloomTorch.cmake; a build without torch falls back to the venv, else the checks skip).
if(DEFINED SONGLOOM_PYTHON)
  set(_fx_python "${SONGLOOM_PYTHON}")
elseif(EXISTS "${PROJECT_SOURCE_DIR}/.venv/bin/python")
  set(_fx_python "${PROJECT_SOURCE_DIR}/.venv/bin/python")
else()
  set(_fx_python "")
endif()
songloom_gtest(NAME fixtures_python_test SOURCES ${_fx_src}/python_test.cpp
               LIBS songloom_fixtures nlohmann_json::nlohmann_json LABELS unit)
target_compile_definitions(fixtures_python_test PRIVATE SONGLOOM_PYTHON="${_fx_python}")

foreach(_t fixtures_writer_test fixtures_real_scale_test fixtures_tiny_scale_test fixtures_engine_reader_test
           fixtures_python_test)
  target_include_directories(${_t} PRIVATE ${_fx_private} ${_fx_src})
endforeach()

# The command line: --list, and one fixture written at each scale.
add_test(NAME fixtures_cli_list COMMAND songloom-fixtures --list)
add_test(NAME fixtures_cli_write
         COMMAND songloom-fixtures ${CMAKE_CURRENT_BINARY_DIR}/fixtures-cli --scale real --seed 4
                 --only official-xl-turbo comfy-vae)
add_test(NAME fixtures_cli_rejects_unknown_id
         COMMAND songloom-fixtures ${CMAKE_CURRENT_BINARY_DIR}/fixtures-cli --only no-such-fixture)
set_tests_properties(fixtures_cli_rejects_unknown_id PROPERTIES WILL_FAIL TRUE)
set_tests_properties(fixtures_cli_list PROPERTIES PASS_REGULAR_EXPRESSION "official-2b-nover")
set_tests_properties(fixtures_cli_write PROPERTIES PASS_REGULAR_EXPRESSION "wrote 2 fixture")
set_tests_properties(fixtures_cli_list fixtures_cli_write fixtures_cli_rejects_unknown_id PROPERTIES LABELS unit)
