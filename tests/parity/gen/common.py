"""Shared helpers of the parity generators (tests/parity/gen/*.py).

Each generator is run as `python gen/<name>.py OUT_DIR`: it builds reference modules with random
weights (diffusers 0.40.0 / transformers, pinned in requirements/reference.txt) at a fixed seed, saves
them in the official file layouts, and saves inputs and reference outputs with save_tensors(). The C++
tests read the same files with the engine (tests/parity/support/parity.h).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import torch
from safetensors.torch import save_file

# Deterministic CPU runs: one thread makes the reference's reductions independent of the machine.
torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def out_dir() -> Path:
    if len(sys.argv) < 2:
        sys.exit(f"usage: {sys.argv[0]} OUT_DIR")
    path = Path(sys.argv[1])
    path.mkdir(parents=True, exist_ok=True)
    return path


def has_disk_space(out: Path, need_bytes: int, what: str) -> bool:
    """True when OUT's file system has NEED_BYTES free plus a 1 GB margin. Otherwise the reason is printed
    (with the marker ctest's SKIP_REGULAR_EXPRESSION looks for) and written to OUT/skipped.txt, which the
    C++ test reads to skip itself with the same words: a machine short of disk is reported, never mistaken
    for a parity failure or a pass."""
    free = shutil.disk_usage(out).free
    if free >= need_bytes + 10**9:
        return True
    reason = (f"SONGLOOM-DISK-SHORT: {what} needs {need_bytes / 1e9:.1f} GB (+1 GB margin) free in {out}; "
              f"the file system has {free / 1e9:.1f} GB free. Free some space and run ctest again.")
    (out / "skipped.txt").write_text(reason + "\n", encoding="utf-8")
    print(reason)
    return False


def save_tensors(path: Path, tensors: dict[str, torch.Tensor]) -> None:
    """Inputs and reference outputs, contiguous, in their own dtype (bool stored as uint8)."""
    clean = {}
    for name, t in tensors.items():
        t = t.detach().cpu()
        if t.dtype == torch.bool:
            t = t.to(torch.uint8)
        clean[name] = t.contiguous().clone()
    save_file(clean, str(path))


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def qwen3_tokenizer_dir() -> Path:
    """The real Qwen3 tokenizer files, written by tools/tokenizer/make_qwen3_tokenizer.py into the build
    tree (ctest fixture tokenizer_files; tokenizer.json is the Qwen3-Embedding one). Passed as the env var SONGLOOM_TOKENIZER_DATA."""
    path = Path(os.environ.get("SONGLOOM_TOKENIZER_DATA", ""))
    if not (path / "tokenizer.json").is_file():
        sys.exit(f"SONGLOOM_TOKENIZER_DATA={path} does not hold tokenizer.json")
    return path


def randomize_(module: torch.nn.Module, seed: int, scale: float = 0.5) -> None:
    """Replaces every parameter with seeded normal values so that no weight is a constant (norm weights
    of 1.0 or zero biases would hide a missing multiply or add)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in sorted(module.named_parameters()):
            if name.endswith("norm.weight") or ".norm_" in name or "layernorm" in name or "norm_q" in name \
                    or "norm_k" in name or name.endswith("q_norm.weight") or name.endswith("k_norm.weight"):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=g))
            else:
                fan_in = p.shape[-1] if p.dim() > 1 else max(p.numel(), 1)
                p.copy_(torch.randn(p.shape, generator=g) * (scale / fan_in ** 0.5 if p.dim() > 1 else 0.1))
