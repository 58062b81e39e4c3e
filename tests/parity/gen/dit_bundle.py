"""The tiny ACE-Step 1.5 DiT bundle (engine-spec-diffusers §4.2) in all three layouts, and reference
outputs of the DiT (decoder) forward.

build_tiny_bundle(seed, turbo) builds the four diffusers modules with random weights; the save_* helpers
write them as the official folder (config.json + model.safetensors + silence_latent.pt), as a diffusers
snapshot (save_pretrained per component + model_index.json) and as a Comfy-Org split DiT file (official
names, no prefix, no config). Other generators import these.

Run as `python gen/dit_bundle.py OUT_DIR`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import torch
from safetensors.torch import save_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

from diffusers import AceStepTransformer1DModel  # noqa: E402
from diffusers.pipelines.ace_step.modeling_ace_step import (  # noqa: E402
    AceStepAudioTokenDetokenizer,
    AceStepAudioTokenizer,
    AceStepConditionEncoder,
)

# engine-spec-diffusers §4.2
LATENT = 8
DIT = dict(hidden_size=40, intermediate_size=64, num_hidden_layers=4, num_attention_heads=4,
           num_key_value_heads=2, head_dim=8, in_channels=3 * LATENT, audio_acoustic_hidden_dim=LATENT,
           patch_size=2, rope_theta=1e6, rms_norm_eps=1e-6, sliding_window=4, encoder_hidden_size=24,
           layer_types=["sliding_attention", "full_attention"] * 2)
ENC = dict(hidden_size=24, intermediate_size=48, num_attention_heads=4, num_key_value_heads=2, head_dim=8,
           rope_theta=1e6, rms_norm_eps=1e-6, sliding_window=4)
COND = dict(ENC, text_hidden_dim=32, timbre_hidden_dim=LATENT, num_lyric_encoder_hidden_layers=2,
            num_timbre_encoder_hidden_layers=2)
DETOK = dict(ENC, audio_acoustic_hidden_dim=LATENT, pool_window_size=5, num_attention_pooler_hidden_layers=2,
             layer_types=["sliding_attention", "full_attention"])
TOK = dict(DETOK, fsq_dim=24, fsq_input_levels=[8, 8, 8, 5, 5, 5], fsq_input_num_quantizers=1)
SILENCE_FRAMES = 15000

# Attention renames of the diffusers converter (engine-spec-diffusers §1.5), official -> diffusers.
_RENAMES = [(".q_proj.", ".to_q."), (".k_proj.", ".to_k."), (".v_proj.", ".to_v."), (".o_proj.", ".to_out.0."),
            (".q_norm.", ".norm_q."), (".k_norm.", ".norm_k.")]


def build_tiny_bundle(seed: int = 0, turbo: bool = False) -> dict:
    """The four modules (fp32, eval mode, random non-trivial weights) and the silence latent [1, T, A]."""
    torch.manual_seed(seed)
    transformer = AceStepTransformer1DModel(**DIT, is_turbo=turbo, model_version="turbo" if turbo else "base")
    torch.manual_seed(seed)
    cond = AceStepConditionEncoder(**COND)
    torch.manual_seed(seed)
    tok = AceStepAudioTokenizer(**TOK)
    torch.manual_seed(seed)
    detok = AceStepAudioTokenDetokenizer(**DETOK)
    for i, m in enumerate((transformer, cond, tok, detok)):
        common.randomize_(m, seed * 100 + i + 1)
        m.eval()
    g = torch.Generator().manual_seed(seed * 100 + 7)
    silence = torch.randn(1, SILENCE_FRAMES, LATENT, generator=g) * 0.5
    with torch.no_grad():
        cond.silence_latent.copy_(silence)
    return dict(transformer=transformer, condition_encoder=cond, audio_tokenizer=tok,
                audio_token_detokenizer=detok, silence_latent=silence, turbo=turbo)


def _official_name(name: str) -> str:
    for official, diffusers in _RENAMES:
        name = name.replace(diffusers, official)
    return name


def official_state_dict(bundle: dict) -> dict[str, torch.Tensor]:
    """The official model.safetensors names: the diffusers converter's renames undone."""
    out: dict[str, torch.Tensor] = {}
    for name, t in bundle["transformer"].state_dict().items():
        name = name.replace("proj_in_conv.", "proj_in.1.").replace("proj_out_conv.", "proj_out.1.")
        out["decoder." + _official_name(name)] = t
    for name, t in bundle["condition_encoder"].state_dict().items():
        if name == "silence_latent":
            continue  # a separate file in the official layout
        out[name if name == "null_condition_emb" else "encoder." + _official_name(name)] = t
    for name, t in bundle["audio_tokenizer"].state_dict().items():
        out["tokenizer." + _official_name(name)] = t
    for name, t in bundle["audio_token_detokenizer"].state_dict().items():
        out["detokenizer." + _official_name(name)] = t
    return {k: v.detach().contiguous().clone() for k, v in out.items()}


def official_config(bundle: dict) -> dict:
    """config.json with the official AceStepConfig keys (engine-spec-dit §1, checkpoint-layouts §3.2)."""
    turbo = bundle["turbo"]
    return {
        "architectures": ["AceStepConditionGenerationModel"],
        "model_type": "acestep",
        "dtype": "float32",
        "hidden_size": DIT["hidden_size"],
        "intermediate_size": DIT["intermediate_size"],
        "num_hidden_layers": DIT["num_hidden_layers"],
        "num_attention_heads": DIT["num_attention_heads"],
        "num_key_value_heads": DIT["num_key_value_heads"],
        "head_dim": DIT["head_dim"],
        "encoder_hidden_size": ENC["hidden_size"],
        "encoder_intermediate_size": ENC["intermediate_size"],
        "encoder_num_attention_heads": ENC["num_attention_heads"],
        "encoder_num_key_value_heads": ENC["num_key_value_heads"],
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
        "text_hidden_dim": COND["text_hidden_dim"],
        "timbre_hidden_dim": COND["timbre_hidden_dim"],
        "num_lyric_encoder_hidden_layers": COND["num_lyric_encoder_hidden_layers"],
        "num_timbre_encoder_hidden_layers": COND["num_timbre_encoder_hidden_layers"],
        "num_attention_pooler_hidden_layers": DETOK["num_attention_pooler_hidden_layers"],
        "pool_window_size": DETOK["pool_window_size"],
        "fsq_dim": TOK["fsq_dim"],
        "fsq_input_levels": list(TOK["fsq_input_levels"]),
        "fsq_input_num_quantizers": TOK["fsq_input_num_quantizers"],
        "timbre_fix_frame": 750,
        "max_position_embeddings": 32768,
        "is_turbo": turbo,
        "model_version": "turbo" if turbo else "base",
    }


def save_official(bundle: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    common.write_json(folder / "config.json", official_config(bundle))
    save_file(official_state_dict(bundle), str(folder / "model.safetensors"))
    # silence_latent.pt: f32 [1, A, T] (the official file is channel-major), written by torch.save.
    torch.save(bundle["silence_latent"].transpose(1, 2).contiguous().clone(), folder / "silence_latent.pt")


def save_diffusers(bundle: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for part in ("transformer", "condition_encoder", "audio_tokenizer", "audio_token_detokenizer"):
        bundle[part].save_pretrained(folder / part, safe_serialization=True)
    common.write_json(folder / "model_index.json", {
        "_class_name": "AceStepPipeline",
        "_diffusers_version": __import__("diffusers").__version__,
        "transformer": ["diffusers", "AceStepTransformer1DModel"],
        "condition_encoder": ["ace_step", "AceStepConditionEncoder"],
        "audio_tokenizer": ["ace_step", "AceStepAudioTokenizer"],
        "audio_token_detokenizer": ["ace_step", "AceStepAudioTokenDetokenizer"],
        "vae": [None, None],
        "text_encoder": [None, None],
        "tokenizer": [None, None],
        "scheduler": [None, None],
    })


def save_comfy_split(bundle: dict, file: Path) -> None:
    """Comfy-Org split_files/diffusion_models/*.safetensors: the official names, no prefix, no config."""
    file.parent.mkdir(parents=True, exist_ok=True)
    save_file(official_state_dict(bundle), str(file))


def _save_broken(sd: dict[str, torch.Tensor], folder: Path) -> None:
    """Strictness fixtures (official names, one defect each)."""
    folder.mkdir(parents=True, exist_ok=True)
    missing = dict(sd)
    del missing["decoder.layers.2.mlp.up_proj.weight"]
    save_file(missing, str(folder / "missing.safetensors"))
    wrong = dict(sd)
    wrong["decoder.layers.1.cross_attn.k_proj.weight"] = torch.zeros(16, 24)  # expects [16, 40]
    save_file(wrong, str(folder / "wrong_shape.safetensors"))
    extra = dict(sd)
    extra["decoder.layers.3.self_attn.q_proj.bias"] = torch.zeros(32)  # attention_bias is false
    save_file(extra, str(folder / "extra.safetensors"))


def _reference_io(transformer: AceStepTransformer1DModel, out: Path) -> None:
    g = torch.Generator().manual_seed(1234)
    t = torch.tensor([0.3, 0.85])
    tensors: dict[str, torch.Tensor] = {}
    cases = []
    for T in (25, 50):
        x = torch.randn(2, T, LATENT, generator=g)
        ctx = torch.randn(2, T, 2 * LATENT, generator=g)
        enc = torch.randn(2, 7, ENC["hidden_size"], generator=g)
        for tag, tr in (("tr_eq", t.clone()), ("tr_ne", torch.tensor([0.1, 0.6]))):
            name = f"T{T}_{tag}"
            cases.append(name)
            tensors.update({f"{name}.x": x, f"{name}.t": t, f"{name}.tr": tr, f"{name}.enc": enc,
                            f"{name}.ctx": ctx})
            with torch.no_grad():
                tensors[f"{name}.out"] = transformer(x, t, tr, enc, ctx, return_dict=False)[0]
    # The reference's own bf16 run on the CPU (weights and inputs rounded to bf16).
    bf16 = transformer.to(torch.bfloat16)
    for name in cases:
        with torch.no_grad():
            args = [tensors[f"{name}.{k}"].to(torch.bfloat16) for k in ("x", "t", "tr", "enc", "ctx")]
            tensors[f"{name}.out_bf16"] = bf16(*args, return_dict=False)[0]
    transformer.to(torch.float32)
    common.save_tensors(out / "dit_io.safetensors", tensors)
    common.write_json(out / "dit_cases.json", cases)


def main() -> None:
    out = common.out_dir()
    bundle = build_tiny_bundle(seed=0, turbo=False)
    save_official(bundle, out / "official" / "acestep-v15-base")
    save_diffusers(bundle, out / "diffusers" / "acestep-v15-base-diffusers")
    save_comfy_split(bundle, out / "comfy" / "split_files" / "diffusion_models" / "acestep_v1.5_base.safetensors")
    _save_broken(official_state_dict(bundle), out / "broken")
    _reference_io(bundle["transformer"], out)


if __name__ == "__main__":
    main()
