#!/usr/bin/env python3
"""diffusers' AutoencoderOobleck throughput: the reference for songloom-bench-vae.

Usage: bench_vae_diffusers.py VAE_DIR [--frames N] [--batch B] [--threads N] [--repeat R] [--dtype fp32|bf16]
                              [--device cpu|cuda] [--encode]
Same inputs as the C++ benchmark (a diffusers vae/ folder, e.g. build/parity-data/vae/real/vae with random
weights at the ACE-Step config): decode of N latent frames (default 250 = 10 s of audio), or encode of the
same length of audio; one warm-up run, then the best and median wall time of the timed runs, printed as audio
seconds per wall second.
"""
import argparse
import statistics
import time

import torch
from diffusers import AutoencoderOobleck


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("vae_dir")
    ap.add_argument("--frames", type=int, default=250)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dtype", choices=["fp32", "bf16"], default="fp32")
    ap.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    ap.add_argument("--encode", action="store_true")
    a = ap.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    dtype = torch.bfloat16 if a.dtype == "bf16" else torch.float32
    vae = AutoencoderOobleck.from_pretrained(a.vae_dir, torch_dtype=dtype).to(a.device).eval()
    hop = vae.hop_length
    torch.manual_seed(0)
    z = torch.randn(a.batch, vae.config.decoder_input_channels, a.frames).to(a.device, dtype)
    x = (torch.randn(a.batch, vae.config.audio_channels, a.frames * hop) * 0.3).to(a.device, dtype)

    def run():
        with torch.inference_mode():
            if a.encode:
                vae.encode(x).latent_dist.mean.sum().item()
            else:
                vae.decode(z).sample.sum().item()

    run()
    secs = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        run()
        secs.append(time.perf_counter() - t0)
    audio_s = a.batch * a.frames * hop / vae.config.sampling_rate
    best, med = min(secs), statistics.median(secs)
    print(f"diffusers {'encode' if a.encode else 'decode'}: {a.device} {a.dtype}, {torch.get_num_threads()} threads, "
          f"batch {a.batch}, {a.frames} frames ({audio_s:.2f} s of audio): best {best:.3f} s, median {med:.3f} s "
          f"-> {audio_s / best:.3f} audio-s/s (best), {audio_s / med:.3f} (median)")


if __name__ == "__main__":
    main()
