# Qwen3 text encoder (engine/src/text): transformers 5.23 Qwen3Model against the engine.
#   text_encoder       tiny config, official folder + Comfy-style file, fp32 and bf16 cases
#   text_encoder_full  the released 0.6B shape on random bf16 weights (1.2 GB), one CPU forward (parity-slow)
songloom_parity_data(NAME text_encoder SCRIPT gen/text_encoder.py TOKENIZER)
songloom_parity_data(NAME text_encoder_full SCRIPT gen/text_encoder_full.py TOKENIZER
                     EXTRA ${CMAKE_CURRENT_LIST_DIR}/../gen/text_encoder.py)
songloom_parity_test(NAME test_text_encoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_text_encoder.cpp
                     DATA text_encoder)
songloom_parity_test(NAME test_text_encoder_full SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_text_encoder_full.cpp
                     DATA text_encoder_full LABELS "parity;parity-slow" TIMEOUT 900)
# Excluding parity-slow must leave out its 1.2 GB data step as well.
set_tests_properties(parity_data_text_encoder_full PROPERTIES LABELS "parity;parity-slow")
