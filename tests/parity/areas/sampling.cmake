# The sampling loop (engine/src/sampling): schedules, Euler steps, APG, noise and whole denoising loops of
# diffusers' AceStepPipeline driven with a surrogate velocity model (gen/sampling.py says how).
songloom_parity_data(NAME sampling SCRIPT gen/sampling.py TIMEOUT 300)
songloom_parity_test(NAME test_parity_sampling SOURCES ${_parity_dir}/test_sampling.cpp DATA sampling)
