"""Parity data for the audio VAE (engine/src/vae): diffusers' AutoencoderOobleck with random weights.

Writes
  tiny/vae/                 the tiny config (engine-spec-diffusers §4.2) via save_pretrained (fp32)
  tiny_comfy.safetensors    the same weights under stable-audio-tools names (Snake params 1-D), like the
                            Comfy-Org ace_1.5_vae.safetensors
  tiny_ref.safetensors      inputs and outputs: encode (raw encoder output, posterior mean, a seeded sample),
                            decode, tiled decode / encode (diffusers' own tiling) and a bf16 run
  real/vae/                 the ACE-Step config with random weights, stored in bf16 (values bf16-exact,
                            run in fp32), unless the env var SONGLOOM_PARITY_SKIP_REAL is set
  real_ref.safetensors      decode of 25 frames and encode of 1 s of audio at the real config
"""

from __future__ import annotations

import os

import torch
from diffusers import AutoencoderOobleck

from common import out_dir, randomize_, save_tensors

TINY = dict(encoder_hidden_size=16, downsampling_ratios=[2, 2], channel_multiples=[1, 2], decoder_channels=8,
            decoder_input_channels=8, audio_channels=2, sampling_rate=100)
REAL = dict(encoder_hidden_size=128, downsampling_ratios=[2, 4, 4, 6, 10], channel_multiples=[1, 2, 4, 8, 16],
            decoder_channels=128, decoder_input_channels=64, audio_channels=2, sampling_rate=48000)


def sat_module(name: str, n: int) -> str:
    """diffusers module path -> stable-audio-tools module path (written independently of the engine's table,
    from the SAT Sequential layout: [conv, block x n, snake, conv])."""
    parts = name.split(".")
    coder = parts[0]
    ru = {"snake1": 0, "conv1": 1, "snake2": 2, "conv2": 3}
    if parts[1] == "conv1":
        return f"{coder}.layers.0"
    if parts[1] == "snake1":
        return f"{coder}.layers.{n + 1}"
    if parts[1] == "conv2":
        return f"{coder}.layers.{n + 2}"
    assert parts[1] == "block"
    i = int(parts[2])
    head = f"{coder}.layers.{i + 1}"
    leaf = parts[3]
    if leaf.startswith("res_unit"):
        j = int(leaf[len("res_unit"):])
        k = j - 1 if coder == "encoder" else j + 1
        return f"{head}.layers.{k}.layers.{ru[parts[4]]}"
    if coder == "encoder":
        return f"{head}.layers.{ {'snake1': 3, 'conv1': 4}[leaf] }"
    return f"{head}.layers.{ {'snake1': 0, 'conv_t1': 1}[leaf] }"


def sat_state_dict(model: AutoencoderOobleck) -> dict[str, torch.Tensor]:
    n = len(model.config.downsampling_ratios)
    out = {}
    for name, t in model.state_dict().items():
        module, param = name.rsplit(".", 1)
        if param in ("alpha", "beta"):
            t = t.reshape(-1)
        out[f"{sat_module(module, n)}.{param}"] = t.detach().clone().contiguous()
    return out


def make(config: dict, seed: int) -> AutoencoderOobleck:
    torch.manual_seed(seed)
    model = AutoencoderOobleck(**config).eval()
    randomize_(model, seed)
    # weight_g from randomize_ is 0.5·N(0,1) per channel and weight_v is random, so the fold is not an
    # identity; Snake alpha/beta are 0.5·N(0,1) in log scale (a, b around 1, not the init's exp(0) = 1).
    names = dict(model.named_parameters())
    assert any(k.endswith("weight_g") for k in names) and any(k.endswith("conv_t1.weight_v") for k in names)
    return model


def main() -> None:
    out = out_dir()
    ref: dict[str, torch.Tensor] = {}

    tiny = make(TINY, 0)
    tiny.save_pretrained(out / "tiny" / "vae")
    from safetensors.torch import save_file
    save_file(sat_state_dict(tiny), str(out / "tiny_comfy.safetensors"))
    # The Comfy names inside an all-in-one file (prefix "vae.", beside another component's tensor).
    aio = {f"vae.{k}": v for k, v in sat_state_dict(tiny).items()}
    aio["model.diffusion_model.null_condition_emb"] = torch.zeros(1, 1, 4)
    save_file(aio, str(out / "tiny_aio.safetensors"))
    # The other weight storages a loader meets: newer torch parametrizations (original0 = g,
    # original1 = v) and already-folded weights (torch's own _weight_norm over dim 0).
    param, folded = {}, {}
    for name, t in tiny.state_dict().items():
        t = t.detach().clone().contiguous()
        if name.endswith(".weight_g"):
            module = name[: -len(".weight_g")]
            v = tiny.state_dict()[module + ".weight_v"]
            param[module + ".parametrizations.weight.original0"] = t
            folded[module + ".weight"] = torch._weight_norm(v, t, 0).contiguous()
        elif name.endswith(".weight_v"):
            param[name[: -len(".weight_v")] + ".parametrizations.weight.original1"] = t
        else:
            param[name] = t
            folded[name] = t
    save_file(param, str(out / "tiny_parametrizations.safetensors"))
    save_file(folded, str(out / "tiny_folded.safetensors"))

    g = torch.Generator().manual_seed(5)
    with torch.no_grad():
        # Encode: B = 2, lengths not multiples of the hop (402 -> 100 frames, 37 -> 9 frames).
        for S in (402, 37):
            audio = torch.randn(2, 2, S, generator=g)
            ref[f"enc{S}.audio"] = audio
            post = tiny.encode(audio).latent_dist
            ref[f"enc{S}.h"] = post.parameters
            ref[f"enc{S}.mean"] = post.mean
            ref[f"enc{S}.std"] = post.std
            ref[f"enc{S}.sample"] = post.sample(generator=torch.Generator().manual_seed(1234))
        # Decode: B = 2, odd and even frame counts.
        for T in (25, 38):
            z = torch.randn(2, 8, T, generator=g)
            ref[f"dec{T}.latents"] = z
            ref[f"dec{T}.audio"] = tiny.decode(z).sample
        # Tiling: a long input decoded/encoded in one pass and with diffusers' tiling at small windows.
        z = torch.randn(2, 8, 200, generator=g)
        ref["tile.latents"] = z
        ref["tile.audio"] = tiny.decode(z).sample
        audio = torch.randn(2, 2, 2002, generator=g)
        ref["tile.in_audio"] = audio
        ref["tile.h"] = tiny.encode(audio).latent_dist.parameters
        tiny.enable_tiling()
        tiny.tile_latent_min_length, tiny.tile_latent_overlap = 120, 40
        tiny.tile_sample_min_length, tiny.tile_sample_overlap = 800, 200
        ref["tile.audio_tiled"] = tiny.decode(z).sample
        ref["tile.h_tiled"] = tiny.encode(audio).latent_dist.parameters
        tiny.disable_tiling()
        # bf16: the reference's own bf16 run on the bf16-rounded inputs.
        tb = tiny.to(torch.bfloat16)
        ref["bf16.audio_out"] = tb.decode(ref["dec25.latents"].to(torch.bfloat16)).sample
        ref["bf16.mean"] = tb.encode(ref["enc402.audio"].to(torch.bfloat16)).latent_dist.mean
    save_tensors(out / "tiny_ref.safetensors", ref)

    if os.environ.get("SONGLOOM_PARITY_SKIP_REAL"):
        return
    real = make(REAL, 1)
    with torch.no_grad():
        for p in real.parameters():  # bf16-exact values: the file is stored in bf16 like the official one
            p.copy_(p.to(torch.bfloat16).to(torch.float32))
    real.to(torch.bfloat16).save_pretrained(out / "real" / "vae")
    real.to(torch.float32)
    rref = {}
    g = torch.Generator().manual_seed(6)
    with torch.no_grad():
        z = torch.randn(1, 64, 25, generator=g)
        rref["latents"] = z
        rref["audio"] = real.decode(z).sample
        audio = torch.randn(1, 2, 48000, generator=g) * 0.3
        rref["in_audio"] = audio
        rref["h"] = real.encode(audio).latent_dist.parameters
    save_tensors(out / "real_ref.safetensors", rref)


if __name__ == "__main__":
    main()
