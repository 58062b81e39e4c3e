# The audio VAE (engine/src/vae): diffusers' AutoencoderOobleck at the tiny config (diffusers folder and a
# stable-audio-tools-named Comfy-style file) and at the ACE-Step config on random weights (gen/vae.py).
# One executable, two ctest entries: the tiny cases (parity) and the real-config ones (parity-slow).
songloom_parity_data(NAME vae SCRIPT gen/vae.py TIMEOUT 600)
songloom_parity_test(NAME test_parity_vae SOURCES ${_parity_dir}/test_vae.cpp DATA vae)
set_tests_properties(test_parity_vae PROPERTIES ENVIRONMENT "GTEST_FILTER=-VaeReal.*")
add_test(NAME test_parity_vae_real COMMAND test_parity_vae --gtest_color=no --gtest_filter=VaeReal.*)
set_tests_properties(test_parity_vae_real PROPERTIES LABELS "parity;parity-slow" TIMEOUT 900
                     FIXTURES_REQUIRED parity_data_vae)
