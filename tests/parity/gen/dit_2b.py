"""One DiT forward at the real 2B decoder config (engine-spec-diffusers §1.3) on seeded random weights.

Writes into OUT_DIR:
  model.safetensors   the decoder weights in bf16 under the official names (decoder.*), ~3.2 GB
  config.json         the official AceStepConfig keys of the decoder
  dit_2b_io.safetensors  inputs x, t, tr, enc, ctx and the reference output `out`

The reference forward runs in fp32 on the bf16-rounded weights upcast to fp32, so the engine (which loads
the bf16 file upcast to fp32) sees exactly the same values and the fp32 tolerance applies.

Memory: the module is built on the meta device and materialised directly in bf16 (4 GB); the weights are
filled in place with seeded normal values; saving needs one more bf16 copy (safetensors serialises to
bytes), released before the module is upcast to fp32 (8 GB) for the forward. Peak about 8-9 GB.

Run as `python gen/dit_2b.py OUT_DIR`.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import torch
from safetensors.torch import save_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from dit_bundle import _official_name  # noqa: E402

from diffusers import AceStepTransformer1DModel  # noqa: E402

# engine-spec-diffusers §1.3: the 2B decoder (base / sft / turbo share it).
LATENT = 64
DIT = dict(hidden_size=2048, intermediate_size=6144, num_hidden_layers=24, num_attention_heads=16,
           num_key_value_heads=8, head_dim=128, in_channels=3 * LATENT, audio_acoustic_hidden_dim=LATENT,
           patch_size=2, rope_theta=1e6, rms_norm_eps=1e-6, sliding_window=128, encoder_hidden_size=2048,
           layer_types=["sliding_attention", "full_attention"] * 12)
# T odd (the reference pads to the patch size and trims the output) and ceil(T / 2) = 151 > window + 1,
# so the sliding-window band cuts off part of every row's keys on the sliding layers.
T = 301
ENC_LEN = 40
SEED = 2026


def _is_norm(name: str) -> bool:
    return name.endswith("norm.weight") or ".norm_" in name or name.startswith("norm_out")


def fill_(model: torch.nn.Module, seed: int, scale: float = 0.5) -> None:
    """Seeded normal values in place (no constant weight: norm weights 1 + 0.2 N, AdaLN tables and biases
    0.1 N, matrices and kernels scale / sqrt(fan_in) N). Drawn in fp32 (vectorised; bf16 normal_ is about
    4x slower) and rounded into the parameter one tensor at a time."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in sorted(model.named_parameters()):
            if _is_norm(name):
                mean, std = 1.0, 0.2
            elif name.endswith("scale_shift_table") or p.dim() == 1:
                mean, std = 0.0, 0.1
            else:
                # Linear [out, in], Conv1d [out, in, k]: fan-in in * k; ConvTranspose1d [in, out, k]: in.
                fan_in = p.shape[0] if name.startswith("proj_out_conv") else p[0].numel()
                mean, std = 0.0, scale / fan_in ** 0.5
            p.copy_(torch.empty(p.shape, dtype=torch.float32).normal_(mean, std, generator=g))


def official_config() -> dict:
    return {
        "architectures": ["AceStepConditionGenerationModel"],
        "model_type": "acestep",
        "dtype": "bfloat16",
        "hidden_size": DIT["hidden_size"],
        "intermediate_size": DIT["intermediate_size"],
        "num_hidden_layers": DIT["num_hidden_layers"],
        "num_attention_heads": DIT["num_attention_heads"],
        "num_key_value_heads": DIT["num_key_value_heads"],
        "head_dim": DIT["head_dim"],
        "encoder_hidden_size": DIT["encoder_hidden_size"],
        "in_channels": DIT["in_channels"],
        "audio_acoustic_hidden_dim": LATENT,
        "patch_size": DIT["patch_size"],
        "rope_theta": DIT["rope_theta"],
        "rms_norm_eps": DIT["rms_norm_eps"],
        "attention_bias": False,
        "attention_dropout": 0.0,
        "use_sliding_window": True,
        "sliding_window": DIT["sliding_window"],
        "layer_types": list(DIT["layer_types"]),
        "is_turbo": False,
        "model_version": "base",
    }


def main() -> None:
    out = common.out_dir()
    # bf16 decoder file (~3.2 GB) plus the inputs and reference output.
    if not common.has_disk_space(out, 3_300_000_000, "the 2B decoder checkpoint"):
        return
    t0 = time.perf_counter()
    with torch.device("meta"):
        model = AceStepTransformer1DModel(**DIT, is_turbo=False, model_version="base")
    assert not list(model.buffers()), "the module holds buffers that meta construction would leave empty"
    model = model.to(torch.bfloat16).to_empty(device="cpu").eval()
    fill_(model, SEED)
    t1 = time.perf_counter()

    # Official names: the diffusers converter's renames undone (as dit_bundle.official_state_dict).
    sd = {}
    for name, p in model.state_dict().items():
        name = name.replace("proj_in_conv.", "proj_in.1.").replace("proj_out_conv.", "proj_out.1.")
        sd["decoder." + _official_name(name)] = p.contiguous()
    save_file(sd, str(out / "model.safetensors"))
    del sd
    gc.collect()
    common.write_json(out / "config.json", official_config())
    t2 = time.perf_counter()

    g = torch.Generator().manual_seed(SEED + 1)
    x = torch.randn(1, T, LATENT, generator=g)
    ctx = torch.randn(1, T, 2 * LATENT, generator=g)
    enc = torch.randn(1, ENC_LEN, DIT["encoder_hidden_size"], generator=g)
    t = torch.tensor([0.7])
    tr = torch.tensor([0.25])  # r != t: both timestep paths carry signal
    model = model.to(torch.float32)  # the bf16 values exactly, upcast
    gc.collect()
    with torch.no_grad():
        ref = model(x, t, tr, enc, ctx, return_dict=False)[0]
    t3 = time.perf_counter()
    assert ref.shape == (1, T, LATENT) and torch.isfinite(ref).all()
    common.save_tensors(out / "dit_2b_io.safetensors", dict(x=x, t=t, tr=tr, enc=enc, ctx=ctx, out=ref))
    n = sum(p.numel() for p in model.parameters())
    print(f"dit_2b: {n / 1e9:.3f} B parameters; build+fill {t1 - t0:.1f} s, save {t2 - t1:.1f} s, "
          f"fp32 forward {t3 - t2:.1f} s; output rms {ref.pow(2).mean().sqrt().item():.4g}")


if __name__ == "__main__":
    main()
