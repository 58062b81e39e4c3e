# The ACE-Step 1.5 DiT decoder against diffusers' AceStepTransformer1DModel. gen/dit_bundle.py writes the
# whole tiny DiT bundle (engine-spec-diffusers §4.2) in the official, diffusers and Comfy-Org layouts,
# broken copies for the strictness checks, and reference inputs/outputs of the DiT forward (fp32 and bf16).
songloom_parity_data(NAME dit SCRIPT gen/dit_bundle.py)
songloom_parity_test(NAME test_dit SOURCES ${_parity_dir}/test_dit.cpp DATA dit)
