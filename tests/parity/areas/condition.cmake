# Condition side (issue: condition encoder, null condition, silence latent, audio codes): diffusers'
# AceStepConditionEncoder / AceStepAudioTokenizer / AceStepAudioTokenDetokenizer at the tiny sizes of
# engine-spec-diffusers §4.2, saved in the official layout and with save_pretrained.
songloom_parity_data(NAME condition SCRIPT gen/condition.py)
songloom_parity_test(NAME test_parity_condition SOURCES ${CMAKE_CURRENT_LIST_DIR}/../test_condition.cpp
                     DATA condition)
