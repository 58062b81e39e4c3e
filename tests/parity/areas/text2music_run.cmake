# Whole text2music denoising runs (issue 4, point 2): diffusers' AceStepPipeline.__call__ with the tiny
# bundle's real DiT and condition encoder (turbo and base copies, official layout), only the text side
# fixed; the engine builds conditions, context and noise and runs its loop with the DiT.
songloom_parity_data(NAME text2music_run SCRIPT gen/text2music_run.py EXTRA ${_parity_dir}/gen/dit_bundle.py)
songloom_parity_test(NAME test_parity_text2music_run SOURCES ${_parity_dir}/test_text2music_run.cpp
                     DATA text2music_run)
