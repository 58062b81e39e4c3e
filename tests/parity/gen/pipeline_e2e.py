"""Parity data for the whole generation pipeline: the real `AceStepPipeline.__call__`, nothing replaced.

A tiny complete model (engine-spec-diffusers §4.2): the tiny DiT bundle of gen/dit_bundle.py (turbo and base
copies, with audio tokenizer and detokenizer) in the official layout, the tiny Oobleck VAE (sampling_rate 100,
hop 4 -> 25 latents/s) saved by save_pretrained, the tiny Qwen3 text encoder saved by save_pretrained, and the
real Qwen3-Embedding tokenizer files (copied next to them). Per case: the request's audio inputs, the final
latents (the last step's x, from callback_on_step_end) and the audio of output_type="pt". Source audio draws
from the global RNG (latent_dist.sample() gets no generator), so each case seeds it with torch.manual_seed
first; the engine is given a generator seeded the same way.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from dit_bundle import build_tiny_bundle, save_official  # noqa: E402
from vae import TINY, make as make_vae  # noqa: E402

from diffusers import AceStepPipeline, FlowMatchEulerDiscreteScheduler  # noqa: E402
from transformers import AutoTokenizer, Qwen3Config, Qwen3Model  # noqa: E402

CAPTION = "dreamy synth pop with airy vocals"
CODES = "".join(f"<|audio_code_{c}|>" for c in (3, 17, 99999, 250, 0, 41, 64000))
LYRICS = "[Verse]\nNeon rivers in the rain\n[Chorus]\nHold the light"


def text_encoder() -> Qwen3Model:
    config = Qwen3Config(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                         num_key_value_heads=2, head_dim=8, vocab_size=151669, max_position_embeddings=4096,
                         rope_parameters={"rope_type": "default", "rope_theta": 1e6}, rms_norm_eps=1e-6,
                         attn_implementation="sdpa")
    torch.manual_seed(0)
    model = Qwen3Model(config).eval()
    common.randomize_(model, seed=4321)
    return model


def source(samples: int, seed: int) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    t = torch.arange(samples, dtype=torch.float32) / 100.0
    tone = torch.stack([torch.sin(2 * torch.pi * 7.0 * t), torch.cos(2 * torch.pi * 3.0 * t)])
    return 0.5 * tone + 0.2 * torch.randn(2, samples, generator=g)


def main() -> None:
    out = common.out_dir()
    tok_dir = common.qwen3_tokenizer_dir()
    # The tokenizer files inside the text encoder's folder, as the Qwen3-Embedding-0.6B release has them.
    (out / "text_encoder").mkdir(exist_ok=True)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.json", "merges.txt"):
        if (tok_dir / name).is_file():
            shutil.copy(tok_dir / name, out / "text_encoder" / name)
    tokenizer = AutoTokenizer.from_pretrained(str(out / "text_encoder"))
    assert tokenizer.pad_token_id == 151643 and tokenizer.padding_side == "right"

    te = text_encoder()
    te.save_pretrained(out / "text_encoder")
    vae = make_vae(TINY, 3)
    vae.save_pretrained(out / "vae")
    bundles = {"turbo": build_tiny_bundle(seed=5, turbo=True), "base": build_tiny_bundle(seed=6, turbo=False)}
    for variant, bundle in bundles.items():
        save_official(bundle, out / variant)

    def pipe_for(variant: str) -> AceStepPipeline:
        b = bundles[variant]
        pipe = AceStepPipeline(vae=vae, text_encoder=te, tokenizer=tokenizer, transformer=b["transformer"],
                               condition_encoder=b["condition_encoder"], audio_tokenizer=b["audio_tokenizer"],
                               audio_token_detokenizer=b["audio_token_detokenizer"],
                               scheduler=FlowMatchEulerDiscreteScheduler(num_train_timesteps=1, shift=1.0))
        pipe.set_progress_bar_config(disable=True)
        return pipe

    t8 = dict(num_inference_steps=8, shift=3.0)
    apg = dict(num_inference_steps=10, shift=3.0, guidance_scale=7.0, cfg_interval_start=0.0, cfg_interval_end=1.0)
    src50 = source(200, 31)   # 2.0 s -> T = 50
    src33 = source(132, 32)   # 1.32 s -> T = 33 (33 % 5 = 3: tokenizer silence padding)
    cases = {
        "t2m_turbo": dict(variant="turbo", seeds=[1234], kw=dict(t8, audio_duration=1.0)),
        "t2m_base": dict(variant="base", seeds=[42],
                         kw=dict(apg, audio_duration=2.0, bpm=120, keyscale="C major", timesignature="4")),
        "repaint": dict(variant="turbo", seeds=[5], global_seed=21,
                        kw=dict(t8, task_type="repaint", src_audio=src50, repainting_start=0.4, repainting_end=1.2)),
        "cover": dict(variant="turbo", seeds=[6], global_seed=11,
                      kw=dict(t8, task_type="cover", src_audio=src33, audio_cover_strength=0.5)),
        "lego": dict(variant="turbo", seeds=[7], global_seed=12,
                     kw=dict(t8, task_type="lego", src_audio=src50, track_name="guitar", repainting_start=0.2,
                             repainting_end=1.0)),
        "extract": dict(variant="turbo", seeds=[8], global_seed=13,
                        kw=dict(t8, task_type="extract", src_audio=src50, track_name="vocals")),
        "complete": dict(variant="base", seeds=[9], global_seed=14,
                         kw=dict(apg, task_type="complete", src_audio=src50, complete_track_classes=["drums", "bass"])),
        # A timbre reference of 5 s: tiled x6 to 30 s, three 10 s crops, one VAE draw from the global RNG.
        "reference": dict(variant="turbo", seeds=[4], global_seed=15,
                          kw=dict(t8, audio_duration=1.0, reference_audio=source(500, 33))),
        # Codes: text2music switches to cover; T = 5 x 7 = 35, the duration (metas) 35 / 25 s; 99999 clamps.
        "codes": dict(variant="turbo", seeds=[10],
                      kw=dict(t8, audio_codes=CODES)),
        "batch2": dict(variant="turbo", seeds=[70, 80], batch=2,
                       kw=dict(t8, audio_duration=2.0, vocal_language=["en", "fr"])),
    }
    summary = {}
    for name, case in cases.items():
        pipe = pipe_for(case["variant"])
        kw = dict(case["kw"])
        B = case.get("batch", 1)
        if B == 1:
            kw.update(prompt=CAPTION, lyrics=LYRICS)
        else:
            kw.update(prompt=["lofi beat", CAPTION + ", with a long shimmering outro and warm tape saturation"],
                      lyrics=["", LYRICS])
        steps: list[torch.Tensor] = []

        def on_step(p, i, t, d):
            steps.append(d["latents"].clone())
            return {}

        def generators():
            gens = [torch.Generator().manual_seed(s) for s in case["seeds"]]
            return gens[0] if len(gens) == 1 else gens

        seen: dict[str, torch.Tensor] = {}
        te_forward, cond_forward, tr_forward = te.forward, pipe.condition_encoder.forward, pipe.transformer.forward

        def te_spy(*a, **k):
            r = te_forward(*a, **k)
            seen.setdefault("text", r.last_hidden_state.clone())
            return r

        def cond_spy(*a, **k):
            hidden, mask = cond_forward(*a, **k)
            seen.setdefault("lyric", k["lyric_hidden_states"].clone())
            seen.setdefault("encoder", hidden.clone())
            return hidden, mask

        def tr_spy(*a, **k):
            seen.setdefault("noise", k["hidden_states"][:B].clone())
            seen.setdefault("context", k["context_latents"][:B].clone())
            return tr_forward(*a, **k)

        te.forward, pipe.condition_encoder.forward, pipe.transformer.forward = te_spy, cond_spy, tr_spy
        with torch.no_grad():
            if "global_seed" in case:
                torch.manual_seed(case["global_seed"])
            audio = pipe(generator=generators(), output_type="pt", callback_on_step_end=on_step, **kw).audios
            final = steps[-1]
            # Diagnostics seen on the first call only; the spies come off for the latent call.
            del te.forward, pipe.condition_encoder.forward, pipe.transformer.forward
            if "global_seed" in case:
                torch.manual_seed(case["global_seed"])
            latent = pipe(generator=generators(), output_type="latent", **kw).audios
        assert torch.equal(latent, final), name
        data = {"final": final, "audio": audio, **{f"seen_{k}": v for k, v in seen.items()}}
        if "src_audio" in kw:
            data["src"] = kw["src_audio"]
        if "reference_audio" in kw:
            data["reference"] = kw["reference_audio"]
        common.save_tensors(out / f"case_{name}.safetensors", data)
        summary[name] = {"T": final.shape[1], "audio": list(audio.shape)}
    common.write_json(out / "cases.json", summary)


if __name__ == "__main__":
    main()
