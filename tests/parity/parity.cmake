# Parity harness (issue 3): Python generators build reference modules with random weights (diffusers
# 0.40.0, transformers), save them in the official layouts with inputs and reference outputs; C++ tests
# load the same files with the engine and compare (tests/parity/support/parity.h states the tolerances).
# Everything here carries the label `parity` and runs on the CPU in CI; `parity-slow` marks the long ones.
#
#   songloom_parity_data(NAME name SCRIPT gen/x.py [TOKENIZER] [EXTRA files...])
#       fixture test parity_data_<name>: writes <build>/parity-data/<name>
#   songloom_parity_test(NAME test SOURCES ... DATA names... [LABELS ...] [TIMEOUT s])
#       a GoogleTest executable against the engine and torch, requiring those data fixtures
if(NOT SONGLOOM_WITH_TORCH)
  return()
endif()
set(_parity_dir ${CMAKE_CURRENT_LIST_DIR})
if(NOT SONGLOOM_PYTHON)
  set(SONGLOOM_PYTHON ${PROJECT_SOURCE_DIR}/.venv/bin/python)
endif()

function(songloom_parity_data)
  cmake_parse_arguments(D "TOKENIZER" "NAME;SCRIPT;TIMEOUT" "EXTRA" ${ARGN})
  if(NOT D_TIMEOUT)
    set(D_TIMEOUT 900)
  endif()
  set(_extra ${D_EXTRA})
  list(JOIN _extra "\\;" _extra)
  add_test(NAME parity_data_${D_NAME}
           COMMAND ${CMAKE_COMMAND} -DPYTHON=${SONGLOOM_PYTHON} -DSCRIPT=${_parity_dir}/${D_SCRIPT}
                   -DOUT=${PROJECT_BINARY_DIR}/parity-data/${D_NAME} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                   -DTOKENIZER_DATA=${PROJECT_BINARY_DIR}/tokenizer-data "-DEXTRA=${_extra}"
                   -P ${_parity_dir}/support/gen_step.cmake)
  # A generator short of disk says so and is reported as skipped (common.has_disk_space).
  set_tests_properties(parity_data_${D_NAME} PROPERTIES FIXTURES_SETUP parity_data_${D_NAME}
                       LABELS "parity" TIMEOUT ${D_TIMEOUT} SKIP_REGULAR_EXPRESSION "SONGLOOM-DISK-SHORT")
  if(D_TOKENIZER)
    set_tests_properties(parity_data_${D_NAME} PROPERTIES FIXTURES_REQUIRED tokenizer_files)
  endif()
endfunction()

# The comparison helpers, compiled once, with the torch precompiled header the tests reuse.
add_library(songloom_parity_support STATIC ${_parity_dir}/support/parity.cpp)
target_include_directories(songloom_parity_support PUBLIC ${_parity_dir}/support ${PROJECT_SOURCE_DIR}/engine/src)
target_link_libraries(songloom_parity_support PUBLIC songloom_engine songloom::torch GTest::gtest
                                              PRIVATE songloom_warnings)
target_compile_definitions(songloom_parity_support PUBLIC SONGLOOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                                          SONGLOOM_BINARY_DIR="${PROJECT_BINARY_DIR}")
# A library compiles with -fPIC and an executable with -fPIE; GCC refuses a precompiled header made with
# the other setting, so the tests reuse the one of a small executable built with their own flags.
add_executable(songloom_parity_pch_host ${_parity_dir}/support/pch_host.cpp)
target_link_libraries(songloom_parity_pch_host PRIVATE songloom_parity_support GTest::gtest GTest::gtest_main
                                                       songloom_warnings)
target_compile_definitions(songloom_parity_pch_host PRIVATE SONGLOOM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                                            SONGLOOM_BINARY_DIR="${PROJECT_BINARY_DIR}")
target_precompile_headers(songloom_parity_pch_host PRIVATE ${PROJECT_SOURCE_DIR}/engine/src/torch_pch.h
                                                           <gtest/gtest.h>)

function(songloom_parity_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;DATA;LABELS;LIBS" ${ARGN})
  if(NOT T_LABELS)
    set(T_LABELS parity)
  endif()
  songloom_gtest(NAME ${T_NAME} SOURCES ${T_SOURCES} LIBS songloom_parity_support ${T_LIBS}
                 LABELS ${T_LABELS} TIMEOUT ${T_TIMEOUT})
  target_precompile_headers(${T_NAME} REUSE_FROM songloom_parity_pch_host)
  set_target_properties(${T_NAME} PROPERTIES BUILD_RPATH "${SONGLOOM_TORCH_LIBDIR}")
  set(_fixtures)
  foreach(d ${T_DATA})
    list(APPEND _fixtures parity_data_${d})
  endforeach()
  if(_fixtures)
    # SONGLOOM_SKIP_IF_DATA_SKIPPED (parity.h) prints the disk-short reason; ctest then shows the test as
    # skipped rather than passed.
    set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "${_fixtures}"
                         SKIP_REGULAR_EXPRESSION "SONGLOOM-DISK-SHORT")
  endif()
endfunction()

file(GLOB _parity_areas CONFIGURE_DEPENDS ${_parity_dir}/areas/*.cmake)
foreach(area ${_parity_areas})
  include(${area})
endforeach()
