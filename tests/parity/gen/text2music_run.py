"""Parity data for whole text2music denoising runs with the real tiny DiT and condition encoder.

The reference is the real `AceStepPipeline.__call__` (output_type="latent") over the tiny bundle of
gen/dit_bundle.py (turbo and base copies): its own silence timbre input, its own condition encoder call,
source latents from the silence latent, chunk mask of ones, seeded noise, schedule, APG and loop. Only the
text side is fixed: `encode_prompt` (tokenizer + text encoder, tested elsewhere) is replaced by fixed
random text hidden states, lyric embeddings and bool masks. Each bundle is saved in the official layout;
per case the text inputs, seeds, the condition encoder's output (diagnostic), the noise the DiT first
sees, the latents after every step and the final latents are saved. bf16 cases run the same modules cast
to bf16 on the CPU.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from dit_bundle import COND, build_tiny_bundle, save_official  # noqa: E402

from diffusers import AceStepPipeline, FlowMatchEulerDiscreteScheduler  # noqa: E402

TEXT = COND["text_hidden_dim"]


def text_inputs(B: int, text_lens: list[int], lyric_lens: list[int], seed: int) -> dict[str, torch.Tensor]:
    """Fixed stand-ins for encode_prompt: padded to the longest item, masks True on the valid prefix."""
    g = torch.Generator().manual_seed(seed)
    lt, ll = max(text_lens), max(lyric_lens)
    text = torch.randn(B, lt, TEXT, generator=g)
    lyric = torch.randn(B, ll, TEXT, generator=g) * 0.7
    text_mask = torch.stack([torch.arange(lt) < n for n in text_lens])
    lyric_mask = torch.stack([torch.arange(ll) < n for n in lyric_lens])
    return {"text": text, "text_mask": text_mask, "lyric": lyric, "lyric_mask": lyric_mask}


def make_pipe(bundle: dict, dtype: torch.dtype) -> AceStepPipeline:
    # Copies: a bf16 cast must not round the bundle the later cases (and the saved files) use.
    transformer = copy.deepcopy(bundle["transformer"]).to(dtype)
    cond = copy.deepcopy(bundle["condition_encoder"]).to(dtype)
    return AceStepPipeline(vae=None, text_encoder=None, tokenizer=None, transformer=transformer,
                           condition_encoder=cond,
                           scheduler=FlowMatchEulerDiscreteScheduler(num_train_timesteps=1, shift=1.0))


def run_case(name: str, bundle: dict, *, B: int, frames: int, seeds: list[int], text_lens, lyric_lens,
             kwargs: dict, out: Path, dtype=torch.float32) -> dict:
    pipe = make_pipe(bundle, dtype)
    fixed = text_inputs(B, text_lens, lyric_lens, seed=500 + len(name) * 7 + B)

    def encode_prompt(**kw):
        return (fixed["text"].to(dtype), fixed["text_mask"].clone(), fixed["lyric"].to(dtype),
                fixed["lyric_mask"].clone())

    pipe.encode_prompt = encode_prompt

    # Diagnostics: what the condition encoder returns and the noise the DiT first sees.
    seen: dict[str, torch.Tensor] = {}
    cond_forward = pipe.condition_encoder.forward

    def cond_spy(*a, **kw):
        hidden, mask = cond_forward(*a, **kw)
        seen.setdefault("enc", hidden.clone())
        seen.setdefault("enc_mask", mask.clone())
        return hidden, mask

    pipe.condition_encoder.forward = cond_spy
    tr_forward = pipe.transformer.forward
    calls: list[int] = []

    def tr_spy(*a, **kw):
        hs = kw["hidden_states"]
        calls.append(hs.shape[0])
        seen.setdefault("noise", hs[:B].clone())
        seen.setdefault("ctx", kw["context_latents"][:B].clone())
        return tr_forward(*a, **kw)

    pipe.transformer.forward = tr_spy
    steps: list[torch.Tensor] = []

    def on_step(p, i, t, kw):
        steps.append(kw["latents"].clone())
        return {}

    gens = [torch.Generator().manual_seed(s) for s in seeds]
    prompt = "p" if B == 1 else ["p"] * B
    lyrics = "" if B == 1 else [""] * B
    with torch.no_grad():
        final = pipe(prompt=prompt, lyrics=lyrics, audio_duration=frames / 25.0,
                     generator=gens[0] if len(gens) == 1 else gens, output_type="latent",
                     callback_on_step_end=on_step, **kwargs).audios
    assert final.shape == (B, frames, 8), final.shape
    data = dict(fixed)
    data.update(seen)
    data.update({"final": final, "seeds": torch.tensor(seeds, dtype=torch.int64),
                 "calls": torch.tensor(calls, dtype=torch.int64)})
    for i, s in enumerate(steps):
        data[f"step_{i}"] = s
    common.save_tensors(out / f"run_{name}.safetensors", data)
    return {"B": B, "frames": frames, "seeds": seeds, "steps": len(steps), "dtype": str(dtype), **kwargs}


def main() -> None:
    out = common.out_dir()
    turbo = build_tiny_bundle(seed=3, turbo=True)
    base = build_tiny_bundle(seed=4, turbo=False)
    save_official(turbo, out / "turbo" / "acestep-v15-turbo")
    save_official(base, out / "base" / "acestep-v15-base")
    t8 = dict(num_inference_steps=8, shift=3.0)
    apg = dict(num_inference_steps=10, shift=3.0, guidance_scale=7.0, cfg_interval_start=0.0, cfg_interval_end=1.0)
    cases = {
        # 1.0 s -> T = 25 and 2.0 s -> T = 50 (outside the crash list of engine-spec-diffusers §4.2).
        "turbo8_T25": run_case("turbo8_T25", turbo, B=1, frames=25, seeds=[1234], text_lens=[9], lyric_lens=[11],
                               kwargs=t8, out=out),
        "base10_apg7_T50": run_case("base10_apg7_T50", base, B=1, frames=50, seeds=[42], text_lens=[9],
                                    lyric_lens=[11], kwargs=apg, out=out),
        # B = 2, unequal text and lyric lengths, one generator per item.
        "turbo8_T50_b2": run_case("turbo8_T50_b2", turbo, B=2, frames=50, seeds=[7, 8], text_lens=[9, 5],
                                  lyric_lens=[4, 11], kwargs=t8, out=out),
        "base10_apg7_T25_b2": run_case("base10_apg7_T25_b2", base, B=2, frames=25, seeds=[11, 12],
                                       text_lens=[6, 9], lyric_lens=[11, 3], kwargs=apg, out=out),
        # The reference's own bf16 run (modules cast to bf16, CPU).
        "turbo8_T25_bf16": run_case("turbo8_T25_bf16", turbo, B=1, frames=25, seeds=[1234], text_lens=[9],
                                    lyric_lens=[11], kwargs=t8, out=out, dtype=torch.bfloat16),
        "base10_apg7_T50_bf16": run_case("base10_apg7_T50_bf16", base, B=1, frames=50, seeds=[42], text_lens=[9],
                                         lyric_lens=[11], kwargs=apg, out=out, dtype=torch.bfloat16),
    }
    common.write_json(out / "cases.json", cases)


if __name__ == "__main__":
    main()
