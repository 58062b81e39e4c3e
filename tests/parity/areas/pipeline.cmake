# The generation pipeline end to end (engine/src/pipeline): the real AceStepPipeline.__call__ (nothing
# replaced) on a tiny complete model -- tiny DiT bundles (turbo, base), tiny VAE at 25 latents/s, tiny Qwen3
# text encoder, the real tokenizer -- against Pipeline::run on the same files, every task; plus
# determinism, cancel and progress tests.
songloom_parity_data(NAME pipeline_e2e SCRIPT gen/pipeline_e2e.py TOKENIZER
                     EXTRA ${_parity_dir}/gen/dit_bundle.py ${_parity_dir}/gen/vae.py)
songloom_parity_test(NAME test_parity_pipeline_e2e SOURCES ${_parity_dir}/test_pipeline_e2e.cpp
                     DATA pipeline_e2e TIMEOUT 900)
