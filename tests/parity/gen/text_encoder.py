"""Parity data for the Qwen3 text encoder (engine/src/text): transformers 5.23 Qwen3Model (sdpa attention).

Usage: text_encoder.py OUT_DIR [--full]

Tiny (default; engine-spec-diffusers §4.2: hidden 32, intermediate 64, 2 layers, 4/2 heads, head_dim 8,
vocab 151669, rope 1e6, eps 1e-6), random weights, saved twice:
  Qwen3-Embedding-0.6B/  config.json + model.safetensors (save_pretrained: names without "model.")
  qwen_0.6b_ace15.safetensors  Comfy-Org split-file naming: the same tensors under "model."
cases.safetensors: token ids of ACE caption prompts (the real Qwen3 tokenizer), masks, and the reference
last_hidden_state in fp32 and from a bf16 copy of the model (CPU):
  b1            one prompt, no mask
  right_mask    three prompts right-padded with <|endoftext|>, mask given
  left_mask     the same left-padded, mask given
  right_nomask  right-padded, no mask (what the diffusers pipeline does with captions)
  left_nomask   left-padded, no mask
  one_token     a single token (transformers then drops is_causal)
  ones_mask     one prompt with an all-ones mask (transformers then skips the mask: causal SDPA)
  lyrics        the embedding lookup alone (how the pipeline encodes lyrics)

--full: the released Qwen3-Embedding-0.6B shape (28 layers, 1024 wide, 16/8 heads, 3072, vocab 151669) on
random weights stored in bf16 (1.19 GB, the official file's size), with the official config.json in its
older transformers-4 spelling (rope_theta at the top level); the reference runs in fp32 on the values
upcast from those bf16 weights, as the engine will. One forward of a caption prompt.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

import torch  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from tokenizers import Tokenizer  # noqa: E402
from transformers import Qwen3Config, Qwen3Model  # noqa: E402

PAD = 151643  # <|endoftext|>, the tokenizer's pad token

INSTRUCTION = "Fill the audio semantic mask based on the given conditions:"


def caption_prompt(caption: str, bpm: str, ts: str, key: str, seconds: int) -> str:
    metas = f"- bpm: {bpm}\n- timesignature: {ts}\n- keyscale: {key}\n- duration: {seconds} seconds\n"
    return f"# Instruction\n{INSTRUCTION}\n\n# Caption\n{caption}\n\n# Metas\n{metas}<|endoftext|>\n"


PROMPTS = [
    caption_prompt("Upbeat pop rock with driving guitars and a catchy chorus", "120", "4", "C major", 30),
    caption_prompt("lofi hip hop, dusty vinyl crackle, mellow Rhodes, relaxed", "N/A", "N/A", "N/A", 60),
    caption_prompt("Orchestral film score: soaring strings, French horns, timpani rolls building to a "
                   "triumphant climax; epic, cinematic, emotional", "92", "3", "D minor", 45),
]
LYRICS = "# Languages\nen\n\n# Lyric\n[Verse 1]\nCity lights are fading slow\n[Chorus]\nHold on, hold on<|endoftext|>"


def tokenize(tok: Tokenizer, text: str) -> list[int]:
    return tok.encode(text).ids


def pad_batch(rows: list[list[int]], side: str) -> tuple[torch.Tensor, torch.Tensor]:
    length = max(len(r) for r in rows)
    ids = torch.full((len(rows), length), PAD, dtype=torch.int64)
    mask = torch.zeros((len(rows), length), dtype=torch.int64)
    for i, r in enumerate(rows):
        if side == "right":
            ids[i, : len(r)] = torch.tensor(r)
            mask[i, : len(r)] = 1
        else:
            ids[i, length - len(r):] = torch.tensor(r)
            mask[i, length - len(r):] = 1
    return ids, mask


def tiny(out: Path, tok: Tokenizer) -> None:
    config = Qwen3Config(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                         num_key_value_heads=2, head_dim=8, vocab_size=151669, max_position_embeddings=4096,
                         rope_parameters={"rope_type": "default", "rope_theta": 1e6}, rms_norm_eps=1e-6,
                         attn_implementation="sdpa")
    torch.manual_seed(0)
    model = Qwen3Model(config).eval()
    common.randomize_(model, seed=1234)
    assert model.config._attn_implementation == "sdpa", model.config._attn_implementation

    folder = out / "Qwen3-Embedding-0.6B"
    model.save_pretrained(folder)
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    save_file({"model." + k: v for k, v in state.items()}, str(out / "qwen_0.6b_ace15.safetensors"))
    # Broken copies for the error tests: a tensor missing, a tensor of the wrong shape, a stray one.
    broken = out / "broken"
    broken.mkdir(exist_ok=True)
    save_file({k: v for k, v in state.items() if k != "layers.1.mlp.up_proj.weight"}, str(broken / "missing.safetensors"))
    save_file({k: (v[:8].contiguous() if k == "layers.0.self_attn.k_proj.weight" else v) for k, v in state.items()},
              str(broken / "shape.safetensors"))
    save_file({**state, "layers.0.self_attn.q_proj.bias": torch.zeros(32)}, str(broken / "extra.safetensors"))

    rows = [tokenize(tok, p) for p in PROMPTS]
    assert len({len(r) for r in rows}) == 3, [len(r) for r in rows]
    cases: dict[str, torch.Tensor] = {}
    cases["b1_ids"] = torch.tensor([rows[0]], dtype=torch.int64)
    for side in ("right", "left"):
        ids, mask = pad_batch(rows, side)
        cases[f"{side}_mask_ids"], cases[f"{side}_mask_mask"] = ids, mask
        cases[f"{side}_nomask_ids"] = ids
    cases["one_token_ids"] = torch.tensor([rows[1][:1]], dtype=torch.int64)
    cases["ones_mask_ids"] = torch.tensor([rows[2]], dtype=torch.int64)  # a mask with no padding in it
    cases["ones_mask_mask"] = torch.ones_like(cases["ones_mask_ids"])
    cases["lyrics_ids"] = torch.tensor([tokenize(tok, LYRICS)], dtype=torch.int64)

    def run(m: Qwen3Model, suffix: str) -> None:
        with torch.no_grad():
            for name in ("b1", "right_mask", "left_mask", "right_nomask", "left_nomask", "one_token", "ones_mask"):
                mask = cases.get(f"{name}_mask")
                cases[f"{name}_out{suffix}"] = m(input_ids=cases[f"{name}_ids"], attention_mask=mask).last_hidden_state
            cases[f"lyrics_out{suffix}"] = m.get_input_embeddings()(cases["lyrics_ids"])

    run(model, "")
    # bf16 as the pipeline gets it: from_pretrained(dtype=bfloat16) of the saved folder. (model.to(bf16)
    # would also round the rotary inv_freq buffer to bf16; from_pretrained keeps it fp32.)
    bf16 = Qwen3Model.from_pretrained(folder, dtype=torch.bfloat16, attn_implementation="sdpa").eval()
    assert bf16.rotary_emb.inv_freq.dtype == torch.float32
    run(bf16, "_bf16")
    common.save_tensors(out / "cases.safetensors", cases)
    common.write_json(out / "lengths.json", {"prompts": [len(r) for r in rows]})


# Qwen3-Embedding-0.6B's config.json as published (transformers-4 spelling).
FULL_CONFIG = {
    "architectures": ["Qwen3ForCausalLM"], "attention_bias": False, "attention_dropout": 0.0,
    "bos_token_id": 151643, "eos_token_id": 151643, "head_dim": 128, "hidden_act": "silu", "hidden_size": 1024,
    "initializer_range": 0.02, "intermediate_size": 3072, "max_position_embeddings": 32768,
    "max_window_layers": 28, "model_type": "qwen3", "num_attention_heads": 16, "num_hidden_layers": 28,
    "num_key_value_heads": 8, "rms_norm_eps": 1e-06, "rope_scaling": None, "rope_theta": 1000000,
    "sliding_window": None, "tie_word_embeddings": True, "torch_dtype": "bfloat16", "transformers_version": "4.51.3",
    "use_cache": True, "use_sliding_window": False, "vocab_size": 151669,
}


def full(out: Path, tok: Tokenizer) -> None:
    t0 = time.time()
    folder = out / "Qwen3-Embedding-0.6B"
    folder.mkdir(parents=True, exist_ok=True)
    common.write_json(folder / "config.json", FULL_CONFIG)
    config = Qwen3Config.from_pretrained(folder, attn_implementation="sdpa")
    assert config.rope_parameters["rope_theta"] == 1e6 and config.layer_types == ["full_attention"] * 28
    # Random bf16 weights, made tensor by tensor (seeded) without the model's own initialisation.
    with torch.device("meta"):
        model = Qwen3Model(config)
    model = model.to_empty(device="cpu").eval()
    common.randomize_(model, seed=4321)
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.to(torch.bfloat16).to(torch.float32))  # the values the bf16 file holds
        model.rotary_emb.inv_freq.copy_(type(model.rotary_emb).compute_default_rope_parameters(config)[0])
    save_file({k: v.to(torch.bfloat16).contiguous() for k, v in model.state_dict().items()
               if not k.startswith("rotary_emb")}, str(folder / "model.safetensors"))
    t1 = time.time()
    ids = torch.tensor([tokenize(tok, caption_prompt("Dreamy synthwave with analog pads", "100", "4", "A minor", 30))],
                       dtype=torch.int64)
    with torch.no_grad():
        out_fp32 = model(input_ids=ids).last_hidden_state
    common.save_tensors(out / "cases.safetensors", {"ids": ids, "out": out_fp32})
    print(f"full text encoder: weights {t1 - t0:.1f} s, forward of {ids.shape[1]} tokens {time.time() - t1:.1f} s")


def main() -> None:
    full_size = "--full" in sys.argv[2:]
    sys.argv = [a for a in sys.argv if a != "--full"]
    out = common.out_dir()
    if full_size and not common.has_disk_space(out, 1_300_000_000, "the 0.6B text encoder checkpoint"):
        return
    tok = Tokenizer.from_file(str(common.qwen3_tokenizer_dir() / "tokenizer.json"))
    (full if full_size else tiny)(out, tok)


if __name__ == "__main__":
    main()
