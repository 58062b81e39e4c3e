# The comparison itself: a tolerance that is never violated would prove nothing.
songloom_parity_test(NAME test_parity_harness SOURCES ${_parity_dir}/test_harness.cpp LABELS "parity;unit")
