"""Parity data for the condition side: AceStepConditionEncoder, AceStepAudioTokenizer and
AceStepAudioTokenDetokenizer (diffusers 0.40.0) at the tiny sizes of engine-spec-diffusers §4.2, random
weights, a fixed random silence latent.

Writes, under OUT_DIR:
  official/model.safetensors   official names (encoder.*, null_condition_emb, tokenizer.*, detokenizer.*)
  official/config.json         official config keys (encoder_*, fsq_*, ...)
  official/silence_latent.pt   torch.save of the silence latent as [1, C, T] float32
  diffusers/{condition_encoder,audio_tokenizer,audio_token_detokenizer}/  save_pretrained folders
  reference.safetensors        inputs and reference outputs (fp32, and bf16 runs under "bf16.")
"""

from __future__ import annotations

import math

import torch
from safetensors.torch import save_file

from common import out_dir, randomize_, save_tensors, write_json

from diffusers.models.transformers.ace_step_transformer import _ace_step_rotary_freqs, _create_4d_mask
from diffusers.pipelines.ace_step.modeling_ace_step import (
    AceStepAudioTokenDetokenizer,
    AceStepAudioTokenizer,
    AceStepConditionEncoder,
    _pack_sequences,
)
from diffusers.pipelines.ace_step.pipeline_ace_step import _parse_audio_code_string

OUT = out_dir()

HE, INTER, TEXT, A = 24, 48, 32, 8
BLOCK = dict(num_attention_heads=4, num_key_value_heads=2, head_dim=8, rope_theta=1e6, rms_norm_eps=1e-6,
             sliding_window=4)
SILENCE_FRAMES = 15000
TIMBRE_FIX = 750

torch.manual_seed(0)
cond = AceStepConditionEncoder(hidden_size=HE, intermediate_size=INTER, text_hidden_dim=TEXT, timbre_hidden_dim=A,
                               num_lyric_encoder_hidden_layers=2, num_timbre_encoder_hidden_layers=2, **BLOCK).eval()
randomize_(cond, 1)
with torch.no_grad():
    g = torch.Generator().manual_seed(7)
    cond.silence_latent.copy_(torch.randn(1, SILENCE_FRAMES, A, generator=g) * 0.5)

torch.manual_seed(0)
tok = AceStepAudioTokenizer(hidden_size=HE, intermediate_size=INTER, audio_acoustic_hidden_dim=A, pool_window_size=5,
                            fsq_dim=HE, fsq_input_levels=[8, 8, 8, 5, 5, 5], fsq_input_num_quantizers=1,
                            num_attention_pooler_hidden_layers=2,
                            layer_types=["sliding_attention", "full_attention"], **BLOCK).eval()
randomize_(tok, 2)
with torch.no_grad():
    # Spread the FSQ inputs over the whole code range (some past the soft/hard clamps): scale project_in up
    # and centre its outputs on calibration latents, so that every level of every dimension occurs.
    calib = torch.randn(4, 40, 5, A, generator=torch.Generator().manual_seed(5))
    pooled = tok.attention_pooler(tok.audio_acoustic_proj(calib)).reshape(-1, HE)
    pre = pooled @ tok.quantizer.project_in.weight.T
    scale = 1.6 / pre.std(dim=0)
    tok.quantizer.project_in.weight.mul_(scale.unsqueeze(1))
    tok.quantizer.project_in.bias.copy_(-(pre.mean(dim=0) * scale) + 0.05 * torch.randn(6, generator=g))

torch.manual_seed(0)
detok = AceStepAudioTokenDetokenizer(hidden_size=HE, intermediate_size=INTER, audio_acoustic_hidden_dim=A,
                                     pool_window_size=5, num_attention_pooler_hidden_layers=2,
                                     layer_types=["sliding_attention", "full_attention"], **BLOCK).eval()
randomize_(detok, 3)

# ---- files -------------------------------------------------------------------------------------------

RENAMES = [(".to_q.", ".q_proj."), (".to_k.", ".k_proj."), (".to_v.", ".v_proj."), (".to_out.0.", ".o_proj."),
           (".norm_q.", ".q_norm."), (".norm_k.", ".k_norm.")]


def official(prefix: str, module: torch.nn.Module, skip=()) -> dict[str, torch.Tensor]:
    out = {}
    for name, t in module.state_dict().items():
        if name in skip:
            continue
        for a, b in RENAMES:
            name = name.replace(a, b)
        out[prefix + name] = t.detach().contiguous().clone()
    return out


weights = {}
weights.update(official("encoder.", cond, skip=("null_condition_emb", "silence_latent")))
weights["null_condition_emb"] = cond.null_condition_emb.detach().clone()
weights.update(official("tokenizer.", tok))
weights.update(official("detokenizer.", detok))
(OUT / "official").mkdir(exist_ok=True)
save_file(weights, str(OUT / "official" / "model.safetensors"))
# A broken copy for the strict loader: both special tokens missing, one stray encoder tensor.
bad = {k: v for k, v in weights.items()
       if k not in ("encoder.timbre_encoder.special_token", "tokenizer.attention_pooler.special_token")}
bad["encoder.stray.weight"] = torch.zeros(3)
(OUT / "broken").mkdir(exist_ok=True)
save_file(bad, str(OUT / "broken" / "model.safetensors"))
# A copy whose last lyric-layer down projection is scaled up so its output passes fp16's 65504, as the real
# checkpoints' does on ordinary lyrics (engine-spec-dit §9.3): for the fp16 overflow guard.
# Every weight stays well inside fp16's range (largest |w| 1e4); only the product overflows.
loud = dict(weights)
down = "encoder.lyric_encoder.layers.1.mlp.down_proj.weight"
up = "encoder.lyric_encoder.layers.1.mlp.up_proj.weight"
loud[down] = (weights[down].float() * (1.0e4 / weights[down].float().abs().max())).contiguous()
loud[up] = (weights[up].float() * 30.0).contiguous()
(OUT / "fp16_overflow").mkdir(exist_ok=True)
save_file(loud, str(OUT / "fp16_overflow" / "model.safetensors"))
torch.save(cond.silence_latent.detach().transpose(1, 2).contiguous().clone(), OUT / "official" / "silence_latent.pt")
write_json(OUT / "official" / "config.json", {
    "architectures": ["AceStepConditionGenerationModel"],
    "hidden_size": 40, "intermediate_size": 64, "num_hidden_layers": 4, "num_attention_heads": 4,
    "num_key_value_heads": 2, "head_dim": 8,
    "encoder_hidden_size": HE, "encoder_intermediate_size": INTER, "encoder_num_attention_heads": 4,
    "encoder_num_key_value_heads": 2, "text_hidden_dim": TEXT, "timbre_hidden_dim": A,
    "audio_acoustic_hidden_dim": A, "num_lyric_encoder_hidden_layers": 2, "num_timbre_encoder_hidden_layers": 2,
    "num_attention_pooler_hidden_layers": 2, "pool_window_size": 5, "fsq_dim": HE,
    "fsq_input_levels": [8, 8, 8, 5, 5, 5], "fsq_input_num_quantizers": 1, "rope_theta": 1000000.0,
    "rms_norm_eps": 1e-06, "use_sliding_window": True, "sliding_window": 4,
    "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "full_attention"],
    "attention_bias": False, "timbre_fix_frame": TIMBRE_FIX,
})
cond.save_pretrained(OUT / "diffusers" / "condition_encoder")
tok.save_pretrained(OUT / "diffusers" / "audio_tokenizer")
detok.save_pretrained(OUT / "diffusers" / "audio_token_detokenizer")

# ---- inputs ------------------------------------------------------------------------------------------

g = torch.Generator().manual_seed(11)
text = torch.randn(2, 9, TEXT, generator=g)
text_mask = torch.ones(2, 9, dtype=torch.long)
text_mask[1, :3] = 0  # item 1 left-padded
lyric = torch.randn(2, 11, TEXT, generator=g)
lyric_mask = torch.ones(2, 11, dtype=torch.long)
lyric_mask[1, 7:] = 0  # item 1 right-padded
ref = torch.randn(3, 13, A, generator=g)
ref_order = torch.tensor([0, 1, 0], dtype=torch.long)
lat23 = torch.randn(2, 23, A, generator=g)
lat25 = torch.randn(1, 25, A, generator=g)
code_strings = [
    "<|audio_code_5|><|audio_code_99999|>junk<|audio_code_63999|><|audio_code_|><|audio_code_-3|>"
    "<|audio_code_123456789012345678901234567890|><|audio_code_0|><|audio_code_31337|>",
    "<|audio_code_64000|> <|audio_code_12|><|audio_code_007|><<|audio_code_4242|>",
]


def timbre_cls(te, latents, order):
    """The official XL timbre path (engine-spec-dit §4.3): special_token prepended as CLS, CLS output pooled."""
    h = te.embed_tokens(latents)
    h = torch.cat([te.special_token.to(h.dtype).expand(h.shape[0], 1, -1), h], dim=1)
    n = h.shape[1]
    cos, sin = _ace_step_rotary_freqs(n, te.head_dim, te.rope_theta, h.device, h.dtype)
    band = _create_4d_mask(seq_len=n, dtype=h.dtype, device=h.device, attention_mask=None,
                           sliding_window=te.sliding_window, is_sliding_window=True, is_causal=False)
    for i, layer in enumerate(te.layers):
        h = layer(hidden_states=h, position_embeddings=(cos, sin),
                  attention_mask=band if te._layer_types[i] == "sliding_attention" else None)
    h = te.norm(h)[:, 0, :]
    return te.unpack_timbre_embeddings(h, order)


def cond_cls(c, text, text_mask, lyric, lyric_mask, latents, order):
    t = c.text_projector(text)
    ly = c.lyric_encoder(inputs_embeds=lyric, attention_mask=lyric_mask)
    tim, tim_mask = timbre_cls(c.timbre_encoder, latents, order)
    h, m = _pack_sequences(ly, tim, lyric_mask, tim_mask)
    return _pack_sequences(h, t, m, text_mask)


def run(dtype, prefix: str, out: dict) -> None:
    c = cond.to(dtype)
    tk = tok.to(dtype)
    dk = detok.to(dtype)
    silence = c.silence_latent
    timbre_in = silence[:, :TIMBRE_FIX, :].expand(2, -1, -1).contiguous()
    order2 = torch.arange(2, dtype=torch.long)
    args = (text.to(dtype), text_mask, lyric.to(dtype), lyric_mask)
    with torch.no_grad():
        h, m = c(*args, timbre_in, order2)
        out[prefix + "cond_silence.hidden"] = h
        out[prefix + "cond_silence.mask"] = m
        out[prefix + "null_condition"] = c.null_condition_emb.expand_as(h)
        h, m = c(*args, ref.to(dtype), ref_order)
        out[prefix + "cond_ref.hidden"] = h
        out[prefix + "cond_ref.mask"] = m
        h, m = cond_cls(c, *args, timbre_in, order2)
        out[prefix + "cond_cls_silence.hidden"] = h
        out[prefix + "cond_cls_silence.mask"] = m
        h, m = cond_cls(c, *args, ref.to(dtype), ref_order)
        out[prefix + "cond_cls_ref.hidden"] = h
        q23, i23 = tk.tokenize(lat23.to(dtype), silence)
        out[prefix + "tok23.quantized"] = q23
        out[prefix + "tok23.codes"] = i23[..., 0]
        q25, i25 = tk.tokenize(lat25.to(dtype), silence)
        out[prefix + "tok25.quantized"] = q25
        out[prefix + "tok25.codes"] = i25[..., 0]
        out[prefix + "detok23.from_quantized"] = dk(q23)
        # The pipeline's code path: parse, pad with code 0, quantizer output, detokenizer.
        max_code = tk.quantizer.codebook_size - 1
        parsed = [_parse_audio_code_string(s, max_code) for s in code_strings]
        n = max(len(p) for p in parsed)
        idx = torch.zeros(len(parsed), n, 1, dtype=torch.long)
        for b, p in enumerate(parsed):
            idx[b, : len(p), 0] = torch.tensor(p, dtype=torch.long)
        out[prefix + "codes.parsed"] = idx[..., 0]
        qc = tk.quantizer.get_output_from_indices(idx).to(dtype)
        out[prefix + "codes.quantized"] = qc
        out[prefix + "codes.latents"] = dk(qc).to(dtype)
        out[prefix + "silence_40"] = silence[:, :40, :]
        frames = 31000
        reps = (frames + silence.shape[1] - 1) // silence.shape[1]
        out[prefix + "silence_31000"] = silence.repeat(1, reps, 1)[:, :frames, :]


ref_out = {
    "in.text": text, "in.text_mask": text_mask, "in.lyric": lyric, "in.lyric_mask": lyric_mask,
    "in.ref": ref, "in.ref_order": ref_order, "in.lat23": lat23, "in.lat25": lat25,
}
for i, s in enumerate(code_strings):
    ref_out[f"in.code_string{i}"] = torch.tensor(list(s.encode("utf-8")), dtype=torch.uint8)
run(torch.float32, "", ref_out)
run(torch.bfloat16, "bf16.", ref_out)
save_tensors(OUT / "reference.safetensors", ref_out)
codes = torch.cat([ref_out["tok23.codes"].flatten(), ref_out["tok25.codes"].flatten()])
levels = (codes.unsqueeze(-1) // torch.tensor([1, 8, 64, 512, 2560, 12800])) % torch.tensor([8, 8, 8, 5, 5, 5])
print("condition parity data written to", OUT, "; codes", codes.tolist(), "; levels seen per dimension",
      [sorted(set(levels[:, d].tolist())) for d in range(6)])
