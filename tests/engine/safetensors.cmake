# Safetensors reader, torch.save reader and torch bridge tests (engine/core/safetensors, engine/core/torchzip,
# engine/src/io/torch_tensors), the corrupted-file corpus and its tool, and the CLI corpus check.
find_package(ZLIB REQUIRED)  # CRC-32 for the test-side zip writer: an independent check of the reader's

set(_st_dir ${CMAKE_CURRENT_LIST_DIR})
set(_st_corpus_sources
    ${_st_dir}/corrupt_corpus/corpus.cpp
    ${_st_dir}/corrupt_corpus/corpus_safetensors.cpp
    ${_st_dir}/corrupt_corpus/corpus_index.cpp
    ${_st_dir}/corrupt_corpus/corpus_torchzip.cpp
    ${_st_dir}/corrupt_corpus/safetensors_writer.cpp
    ${_st_dir}/corrupt_corpus/pickle_writer.cpp
    ${_st_dir}/corrupt_corpus/zip_writer.cpp)
set(_st_test_sources
    ${_st_corpus_sources}
    ${_st_dir}/st_test_support.cpp
    ${_st_dir}/test_safetensors_header.cpp
    ${_st_dir}/test_safetensors_file.cpp
    ${_st_dir}/test_corrupt_corpus.cpp
    ${_st_dir}/test_robustness.cpp
    ${_st_dir}/test_torchzip_reader.cpp
    ${_st_dir}/test_torch_saved_python.cpp)

# songloom-corrupt-corpus OUTDIR: writes the corpus and OUTDIR/manifest.json.
add_executable(songloom-corrupt-corpus ${_st_corpus_sources} ${_st_dir}/corrupt_corpus/main.cpp)
target_link_libraries(songloom-corrupt-corpus PRIVATE nlohmann_json::nlohmann_json ZLIB::ZLIB songloom_warnings)

# The parser tests twice: plain, and with the core built under AddressSanitizer + UBSan.
foreach(_variant IN ITEMS plain asan)
  if(_variant STREQUAL "plain")
    set(_name songloom_safetensors_tests)
    set(_libs songloom_engine_core)
  else()
    set(_name songloom_safetensors_tests_asan)
    set(_libs songloom_engine_core_asan songloom_sanitize)
  endif()
  songloom_gtest(NAME ${_name} SOURCES ${_st_test_sources}
                 LIBS ${_libs} nlohmann_json::nlohmann_json ZLIB::ZLIB LABELS unit)
  # White-box tests of the core's private parts (zip walk, unpickler, message escaping).
  target_include_directories(${_name} PRIVATE ${PROJECT_SOURCE_DIR}/engine/core ${_st_dir})
  if(DEFINED SONGLOOM_PYTHON)
    target_compile_definitions(${_name} PRIVATE SONGLOOM_TEST_PYTHON="${SONGLOOM_PYTHON}")
  endif()
endforeach()
# Leaks are errors too; the python child process is not instrumented and needs no options.
set_tests_properties(songloom_safetensors_tests_asan PROPERTIES
                     ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0;UBSAN_OPTIONS=print_stacktrace=1")

if(SONGLOOM_WITH_TORCH)
  songloom_gtest(NAME songloom_torch_tensors_tests
                 SOURCES ${_st_dir}/test_torch_tensors.cpp ${_st_dir}/st_test_support.cpp
                         ${_st_dir}/corrupt_corpus/safetensors_writer.cpp
                 LIBS songloom_engine songloom::torch nlohmann_json::nlohmann_json LABELS unit)
  target_include_directories(songloom_torch_tensors_tests PRIVATE ${PROJECT_SOURCE_DIR}/engine/src ${_st_dir})
  set_target_properties(songloom_torch_tensors_tests PROPERTIES BUILD_RPATH "${SONGLOOM_TORCH_LIBDIR}")
endif()

# `songloom-cli inspect` on every corpus file: a non-zero exit below 128 (no signal) and the expected text.
add_test(NAME songloom_cli_inspect_corpus
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:songloom-cli>
                 -DCORPUS_TOOL=$<TARGET_FILE:songloom-corrupt-corpus>
                 -DWORK=${CMAKE_CURRENT_BINARY_DIR}/cli_inspect_corpus
                 -P ${_st_dir}/cli_inspect_corpus.cmake.in)
set_tests_properties(songloom_cli_inspect_corpus PROPERTIES LABELS unit TIMEOUT 600)
