# ctest fixture step for the tokenizer tests: runs one of the Python generators into the build tree,
# skipping the work when the outputs are newer than every input (the scripts and the pinned reference
# stack in requirements/reference.txt and runtime.txt).
#   -DPYTHON=... -DSTEP=files|reference -DSOURCE_DIR=<repo> -DOUT=<build>/tokenizer-data
cmake_minimum_required(VERSION 3.25)
set(_files_script ${SOURCE_DIR}/tools/tokenizer/make_qwen3_tokenizer.py)
set(_corpus_script ${SOURCE_DIR}/tests/engine/tokenizer/make_corpus.py)
set(_reference_script ${SOURCE_DIR}/tests/engine/tokenizer/make_reference.py)
set(_requirements ${SOURCE_DIR}/requirements/reference.txt ${SOURCE_DIR}/requirements/runtime.txt)

function(_up_to_date out result)
  set(${result} TRUE PARENT_SCOPE)
  if(NOT EXISTS ${out})
    set(${result} FALSE PARENT_SCOPE)
    return()
  endif()
  foreach(input ${ARGN})
    if(${input} IS_NEWER_THAN ${out})
      set(${result} FALSE PARENT_SCOPE)
    endif()
  endforeach()
endfunction()

if(STEP STREQUAL "files")
  _up_to_date(${OUT}/tokenizer-lm.json fresh ${_files_script} ${_requirements})
  if(NOT fresh)
    execute_process(COMMAND ${PYTHON} ${_files_script} ${OUT} COMMAND_ERROR_IS_FATAL ANY)
  else()
    message(STATUS "tokenizer files in ${OUT} are up to date")
  endif()
elseif(STEP STREQUAL "reference")
  _up_to_date(${OUT}/reference.json fresh ${_corpus_script} ${_reference_script} ${_requirements}
              ${OUT}/tokenizer-lm.json)
  if(NOT fresh)
    execute_process(COMMAND ${PYTHON} ${_corpus_script} ${OUT}/corpus.json COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND ${PYTHON} ${_reference_script} ${OUT} ${OUT}/corpus.json ${OUT}/reference.json
                    COMMAND_ERROR_IS_FATAL ANY)
  else()
    message(STATUS "tokenizer reference in ${OUT} is up to date")
  endif()
else()
  message(FATAL_ERROR "STEP must be files or reference")
endif()
