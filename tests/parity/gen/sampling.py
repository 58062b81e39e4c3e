"""Parity data for the sampling loop (engine/src/sampling): schedules, Euler steps, APG, seeded noise and
whole denoising loops of diffusers' AceStepPipeline driven with a surrogate velocity model.

How the loop is driven: the real `AceStepPipeline.__call__` runs (output_type="latent"), so its own
schedule helper, FlowMatchEulerDiscreteScheduler, randn_tensor, APG/CFG dispatch, guidance interval and
cover blend are what the C++ loop is compared with. Only the parts around the loop are replaced on the
pipeline instance: `encode_prompt`, `prepare_src_latents` and `_build_chunk_mask` return fixed tensors,
the condition encoder is a stub that returns fixed encoder states (on its second call, which the
pipeline makes with the text2music instruction for the cover blend, the text2music ones), and the transformer is the surrogate below. The surrogate
is written again in tests/parity/test_sampling.cpp with the same saved weights.
"""

from __future__ import annotations

import math
import types

import torch
from torch import nn

from common import out_dir, save_tensors, write_json

from diffusers import AceStepPipeline, FlowMatchEulerDiscreteScheduler
from diffusers.guiders.adaptive_projected_guidance import MomentumBuffer, normalized_guidance
from diffusers.pipelines.ace_step.pipeline_ace_step import TASK_INSTRUCTIONS

A = 8      # acoustic channels (engine-spec-diffusers §4.2)
C = 2 * A  # context channels: src latents + chunk mask
HE = 24    # encoder hidden size
HID = 32   # surrogate hidden width
T = 25     # frames (1.0 s at 25 Hz, outside the crash list)
L = 7      # encoder sequence length
L_NC = 5   # text2music encoder length (tokenised alone, may differ)


class Surrogate(nn.Module):
    """v = W2(tanh(W1(cat(x, ctx)) + t*wt + tr*wr + We(mean_L(enc)))) — the DiT's call signature, cheap."""

    def __init__(self, turbo: bool, dtype=torch.float32):
        super().__init__()
        g = torch.Generator().manual_seed(5)
        self.w1 = nn.Linear(A + C, HID)
        self.w2 = nn.Linear(HID, A)
        self.we = nn.Linear(HE, HID, bias=False)
        self.wt = nn.Parameter(torch.zeros(HID))
        self.wr = nn.Parameter(torch.zeros(HID))
        with torch.no_grad():
            for p in (self.w1.weight, self.w1.bias, self.w2.weight, self.w2.bias, self.we.weight, self.wt, self.wr):
                p.copy_(torch.randn(p.shape, generator=g) * 0.4)
        self.to(dtype)
        self._dtype = dtype
        self.config = types.SimpleNamespace(audio_acoustic_hidden_dim=A, is_turbo=turbo)
        self.calls: list[int] = []

    @property
    def dtype(self):
        return self._dtype

    @property
    def device(self):
        return torch.device("cpu")

    def weights(self) -> dict[str, torch.Tensor]:
        return {"w1.weight": self.w1.weight, "w1.bias": self.w1.bias, "w2.weight": self.w2.weight,
                "w2.bias": self.w2.bias, "we.weight": self.we.weight, "wt": self.wt, "wr": self.wr}

    def forward(self, hidden_states, timestep, timestep_r, encoder_hidden_states, context_latents,
                attention_kwargs=None, return_dict=False):
        self.calls.append(hidden_states.shape[0])
        h = self.w1(torch.cat([hidden_states, context_latents], dim=-1))
        h = h + timestep[:, None, None] * self.wt + timestep_r[:, None, None] * self.wr
        h = h + self.we(encoder_hidden_states.mean(dim=1))[:, None, :]
        return (self.w2(torch.tanh(h)),)


class CondStub(nn.Module):
    """Stands in for AceStepConditionEncoder: returns the fixed main or text2music encoder states."""

    def __init__(self, enc, enc_nc, null):
        super().__init__()
        self.enc, self.enc_nc = enc, enc_nc
        self.null_condition_emb = nn.Parameter(null, requires_grad=False)
        self.register_buffer("silence_latent", torch.zeros(1, 750, A))

    @property
    def device(self):
        return torch.device("cpu")

    def forward(self, text_hidden_states, **kwargs):
        # The pipeline encodes the main conditions first; a second call (cover blend) must carry the
        # text2music instruction.
        self.n_calls = getattr(self, "n_calls", 0) + 1
        if self.n_calls == 1:
            return self.enc, None
        assert self.n_calls == 2 and bool(text_hidden_states.item()), "unexpected condition-encoder call"
        return self.enc_nc, None


def make_pipe(turbo: bool, B: int, seed: int, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    enc = torch.randn(B, L, HE, generator=g).to(dtype)
    enc_nc = torch.randn(B, L_NC, HE, generator=g).to(dtype)
    null = torch.randn(1, 1, HE, generator=g).to(dtype)
    ctx = torch.randn(B, T, C, generator=g).to(dtype)
    model = Surrogate(turbo, dtype)
    pipe = AceStepPipeline(vae=None, text_encoder=None, tokenizer=None, transformer=model,
                           condition_encoder=CondStub(enc, enc_nc, null),
                           scheduler=FlowMatchEulerDiscreteScheduler(num_train_timesteps=1, shift=1.0))

    def encode_prompt(**kw):
        nc = kw["instruction"] == TASK_INSTRUCTIONS["text2music"]
        return torch.tensor(float(nc)), None, None, None

    pipe.encode_prompt = encode_prompt
    pipe.prepare_src_latents = lambda **kw: (ctx[..., :A].clone(), T)
    pipe._build_chunk_mask = lambda **kw: ctx[..., A:].clone()
    tensors = {"enc": enc, "enc_nc": enc_nc, "null": null, "ctx": ctx}
    return pipe, model, tensors


def run_case(name, *, turbo, B, seeds, kwargs, out, dtype=torch.float32):
    pipe, model, tensors = make_pipe(turbo, B, seed=100 + len(name), dtype=dtype)
    steps = []

    def on_step(p, i, t, kw):
        steps.append(kw["latents"].clone())
        return {}

    # The noise the pipeline draws: randn_tensor with these generators; the first model call sees it too.
    first_x = []
    orig_forward = model.forward

    def spy(hidden_states, *a, **kw):
        if not first_x:
            first_x.append(hidden_states[:B].clone())
        return orig_forward(hidden_states, *a, **kw)

    model.forward = spy
    gens = [torch.Generator().manual_seed(s) for s in seeds]
    generator = gens[0] if len(gens) == 1 else gens
    prompt = "p" if B == 1 else ["p"] * B
    lyrics = "" if B == 1 else [""] * B
    with torch.no_grad():
        x = pipe(prompt=prompt, lyrics=lyrics, audio_duration=T / 25.0, generator=generator,
                 output_type="latent", callback_on_step_end=on_step, **kwargs).audios
    data = dict(tensors)
    data.update({"noise": first_x[0], "final": x, "calls": torch.tensor(model.calls, dtype=torch.int64),
                 "seeds": torch.tensor(seeds, dtype=torch.int64)})
    for i, s in enumerate(steps):
        data[f"step_{i}"] = s
    data.update({f"model.{k}": v for k, v in model.weights().items()})
    save_tensors(out / f"loop_{name}.safetensors", data)
    meta = {"turbo": turbo, "B": B, "seeds": seeds, "steps": len(steps)}
    meta.update({k: v for k, v in kwargs.items()})
    return meta


def schedules(out):
    pipe = AceStepPipeline(vae=None, text_encoder=None, tokenizer=None, transformer=Surrogate(False),
                           condition_encoder=None,
                           scheduler=FlowMatchEulerDiscreteScheduler(num_train_timesteps=1, shift=1.0))
    pairs = [(8, 1.0), (8, 2.0), (8, 3.0), (10, 3.0), (50, 3.0), (50, 1.0), (27, 2.5), (1, 3.0), (2, 0.5),
             (13, 0.37), (200, 3.0), (64, 7.25), (32, 1.0000001), (5, 100.0), (17, 1.3)]
    customs = [[1.0, 0.7, 0.3], [0.9, 0.62, 0.35, 0.1, 0.0], [0.123456789, 0.1], [1.0], [0.3, 0.6, 0.2, 1e-9]]
    data = {"pairs": torch.tensor(pairs, dtype=torch.float64)}
    for i, (n, s) in enumerate(pairs):
        t = pipe._get_timestep_schedule(num_inference_steps=n, shift=s, device="cpu", dtype=torch.float32)
        pipe.scheduler.set_timesteps(sigmas=t.tolist(), device="cpu")
        data[f"pair_{i}.schedule"] = t
        data[f"pair_{i}.timesteps"] = pipe.scheduler.timesteps
        data[f"pair_{i}.sigmas"] = pipe.scheduler.sigmas
    for i, c in enumerate(customs):
        t = pipe._get_timestep_schedule(num_inference_steps=99, shift=3.0, device="cpu", dtype=torch.float32,
                                        timesteps=c)
        pipe.scheduler.set_timesteps(sigmas=t.tolist(), device="cpu")
        data[f"custom_{i}.input"] = torch.tensor(c, dtype=torch.float64)
        data[f"custom_{i}.schedule"] = t
        data[f"custom_{i}.timesteps"] = pipe.scheduler.timesteps
        data[f"custom_{i}.sigmas"] = pipe.scheduler.sigmas
    save_tensors(out / "schedules.safetensors", data)
    return len(pairs), len(customs)


def guidance_units(out):
    """normalized_guidance + MomentumBuffer over several steps, fp32 and bf16, and the scheduler's step."""
    g = torch.Generator().manual_seed(9)
    data = {}
    for dtype, tag in ((torch.float32, "f32"), (torch.bfloat16, "bf16")):
        buf = MomentumBuffer(momentum=-0.75)
        for k in range(5):
            scale = 1.5 + k  # ×3 on step 1 pushes the norm over the threshold, step 3 has a zero difference
            vc = (torch.randn(2, T, A, generator=g) * scale).to(dtype)
            vu = vc.clone() if k == 3 else (torch.randn(2, T, A, generator=g) * scale).to(dtype)
            v = normalized_guidance(vc, vu, 6.0 - 1.0 if k != 2 else 3.0, momentum_buffer=buf, eta=0.0,
                                    norm_threshold=2.5, use_original_formulation=True, norm_dim=(1,))
            data[f"apg_{tag}_{k}.cond"] = vc
            data[f"apg_{tag}_{k}.uncond"] = vu
            data[f"apg_{tag}_{k}.out"] = v
            data[f"apg_{tag}_{k}.buffer"] = buf.running_average
    # Euler steps through a turbo schedule in bf16 and fp32 (scheduler.step).
    for dtype, tag in ((torch.float32, "f32"), (torch.bfloat16, "bf16")):
        sched = FlowMatchEulerDiscreteScheduler(num_train_timesteps=1, shift=1.0)
        t = torch.linspace(1.0, 0.0, 9, dtype=torch.float32)
        t = (3.0 * t / (1 + 2.0 * t))[:-1]
        sched.set_timesteps(sigmas=t.tolist())
        x = torch.randn(1, T, A, generator=g).to(dtype)
        data[f"euler_{tag}.x0"] = x
        for k, ts in enumerate(sched.timesteps):
            v = torch.randn(1, T, A, generator=g).to(dtype)
            x = sched.step(v, ts, x, return_dict=False)[0]
            data[f"euler_{tag}_{k}.v"] = v
            data[f"euler_{tag}_{k}.x"] = x
    save_tensors(out / "units.safetensors", data)


def noise(out):
    from diffusers.utils.torch_utils import randn_tensor
    data = {}
    data["one_gen"] = randn_tensor((2, T, A), generator=torch.Generator().manual_seed(1234), device=torch.device("cpu"),
                                   dtype=torch.float32)
    data["gen_list"] = randn_tensor((3, T, A), generator=[torch.Generator().manual_seed(s) for s in (7, 8, 2**40 + 3)],
                                    device=torch.device("cpu"), dtype=torch.float32)
    data["one_gen_list"] = randn_tensor((2, 5, A), generator=[torch.Generator().manual_seed(77)],
                                        device=torch.device("cpu"), dtype=torch.float32)
    data["bf16"] = randn_tensor((1, 250, 64), generator=torch.Generator().manual_seed(3), device=torch.device("cpu"),
                                dtype=torch.bfloat16)
    data["big"] = randn_tensor((1, 1501, 64), generator=torch.Generator().manual_seed(0), device=torch.device("cpu"),
                               dtype=torch.float32)
    save_tensors(out / "noise.safetensors", data)


def main():
    out = out_dir()
    assert all(math.ceil((n / 25.0) * 25) == n for n in (T,))
    n_pairs, n_custom = schedules(out)
    guidance_units(out)
    noise(out)
    cases = {
        "turbo8_shift3": run_case("turbo8_shift3", turbo=True, B=1, seeds=[1234], out=out,
                                  kwargs=dict(num_inference_steps=8, shift=3.0, guidance_scale=7.0)),
        "base10_apg7": run_case("base10_apg7", turbo=False, B=1, seeds=[42], out=out,
                                kwargs=dict(num_inference_steps=10, shift=3.0, guidance_scale=7.0,
                                            cfg_interval_start=0.0, cfg_interval_end=1.0)),
        "base10_g4_end06": run_case("base10_g4_end06", turbo=False, B=1, seeds=[43], out=out,
                                    kwargs=dict(num_inference_steps=10, shift=3.0, guidance_scale=4.0,
                                                cfg_interval_end=0.6)),
        "cover_s05": run_case("cover_s05", turbo=False, B=1, seeds=[44], out=out,
                              kwargs=dict(num_inference_steps=8, shift=2.0, guidance_scale=5.0, task_type="cover",
                                          audio_cover_strength=0.5)),
        "batch2_gens": run_case("batch2_gens", turbo=False, B=2, seeds=[11, 12], out=out,
                                kwargs=dict(num_inference_steps=10, shift=3.0, guidance_scale=7.0,
                                            cfg_interval_start=0.2, cfg_interval_end=0.9)),
        "batch2_onegen": run_case("batch2_onegen", turbo=True, B=2, seeds=[13], out=out,
                                  kwargs=dict(num_inference_steps=8, shift=2.0)),
        # bf16 model: noise drawn in bf16, t rows bf16(sigma), dt·v in bf16 added to fp32 x, rounded back.
        "base8_apg7_bf16": run_case("base8_apg7_bf16", turbo=False, B=1, seeds=[46], out=out, dtype=torch.bfloat16,
                                    kwargs=dict(num_inference_steps=8, shift=3.0, guidance_scale=7.0)),
        "turbo8_bf16": run_case("turbo8_bf16", turbo=True, B=1, seeds=[47], out=out, dtype=torch.bfloat16,
                                kwargs=dict(num_inference_steps=8, shift=3.0)),
        "custom_t": run_case("custom_t", turbo=False, B=1, seeds=[45], out=out,
                             kwargs=dict(timesteps=[0.9, 0.62, 0.35, 0.1, 0.0], guidance_scale=3.0)),
    }
    write_json(out / "cases.json", {"schedule_pairs": n_pairs, "schedule_customs": n_custom, "cases": cases})


if __name__ == "__main__":
    main()
