# One DiT forward at the real 2B decoder config (engine-spec-diffusers §1.3) on seeded random weights against
# diffusers' AceStepTransformer1DModel (issue 4, point 3). gen/dit_2b.py writes a ~3.2 GB bf16 decoder file
# and the fp32 reference forward on those same bf16-rounded weights; the test loads it upcast to fp32.
# Each side holds about 8 GB of fp32 weights, so both steps run alone (RUN_SERIAL) and the data step
# never overlaps another memory-heavy test on a 24 GB machine.
songloom_parity_data(NAME dit_2b SCRIPT gen/dit_2b.py TIMEOUT 1200 EXTRA ${_parity_dir}/gen/dit_bundle.py)
songloom_parity_test(NAME test_dit_2b SOURCES ${_parity_dir}/test_dit_2b.cpp DATA dit_2b
                     LABELS parity parity-slow TIMEOUT 1200)
set_tests_properties(parity_data_dit_2b test_dit_2b PROPERTIES RUN_SERIAL TRUE PROCESSORS 2)
set_tests_properties(parity_data_dit_2b PROPERTIES LABELS "parity;parity-slow")
