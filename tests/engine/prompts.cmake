# Prompt builders (engine/core/prompt, include/songloom/prompts.h): task instructions, caption metas,
# caption / lyric prompts, batched tokenisation as diffusers does it. Torch-free.
#
# test_prompts_units     strings, validation messages, tokenizer config reading, padding (no Python)
# parity_data_prompts    fixture: tests/parity/gen/prompts.py runs diffusers' AceStepPipeline formatting
#                        and tokenizer calls with the real Qwen3 tokenizer (needs tokenizer_files)
# test_prompts_parity    our strings, ids and masks equal diffusers' for every case (label parity)
set(_prompt_dir ${CMAKE_CURRENT_LIST_DIR}/prompts)
if(NOT SONGLOOM_PYTHON)
  set(SONGLOOM_PYTHON ${PROJECT_SOURCE_DIR}/.venv/bin/python)
endif()

songloom_gtest(NAME test_prompts_units SOURCES ${_prompt_dir}/test_prompts_units.cpp
                                               ${CMAKE_CURRENT_LIST_DIR}/tokenizer_test_files.cpp
  LIBS songloom_engine_core nlohmann_json::nlohmann_json LABELS unit)

add_test(NAME parity_data_prompts
         COMMAND ${CMAKE_COMMAND} -DPYTHON=${SONGLOOM_PYTHON}
                 -DSCRIPT=${PROJECT_SOURCE_DIR}/tests/parity/gen/prompts.py
                 -DOUT=${PROJECT_BINARY_DIR}/parity-data/prompts -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                 -DTOKENIZER_DATA=${PROJECT_BINARY_DIR}/tokenizer-data
                 "-DEXTRA=${PROJECT_SOURCE_DIR}/tools/tokenizer/make_qwen3_tokenizer.py"
                 -P ${PROJECT_SOURCE_DIR}/tests/parity/support/gen_step.cmake)
set_tests_properties(parity_data_prompts PROPERTIES FIXTURES_SETUP parity_data_prompts
                     FIXTURES_REQUIRED tokenizer_files LABELS "parity" TIMEOUT 600)

songloom_gtest(NAME test_prompts_parity SOURCES ${_prompt_dir}/test_prompts_parity.cpp
  LIBS songloom_engine_core nlohmann_json::nlohmann_json LABELS parity)
set_tests_properties(test_prompts_parity PROPERTIES FIXTURES_REQUIRED "tokenizer_files;parity_data_prompts")
# tokenizer_test_files.cpp reaches the tokenizer's byte table.
target_include_directories(test_prompts_units PRIVATE ${PROJECT_SOURCE_DIR}/engine/core)
