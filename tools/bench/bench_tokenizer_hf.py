#!/usr/bin/env python3
"""Hugging Face `tokenizers` throughput on the tokenizer corpus: the reference for songloom-bench-tokenizer.

Usage: bench_tokenizer_hf.py TOKENIZER.json CORPUS.json [--seconds S]
Prints tokens/s (by CPU time and by wall time) for (a) one encode() call per string from Python, single
thread, (b) encode_batch() of the whole corpus with Rayon limited to one thread (RAYON_NUM_THREADS=1, set
before tokenizers loads), and (c) one encode() of the joined corpus. Each figure is the best of repeated timed passes after a warm-up
pass (the BPE cache is warm, as it is in the C++ benchmark).
"""
import argparse
import json
import os
import time

os.environ["RAYON_NUM_THREADS"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import tokenizers  # noqa: E402  (after the thread settings)
from tokenizers import Tokenizer  # noqa: E402


def load_texts(path):
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    return [c["text"] if "text" in c else bytes.fromhex(c["hex"]).decode("utf-8", "replace") for c in cases]


def best_times(run, seconds):
    """Best wall-clock and best CPU time of one pass (CPU time is what Google Benchmark's rates use, and
    is less disturbed by other processes on a shared machine)."""
    run()  # warm-up
    wall, cpu, deadline = float("inf"), float("inf"), time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        w, c = time.perf_counter(), time.process_time()
        run()
        wall, cpu = min(wall, time.perf_counter() - w), min(cpu, time.process_time() - c)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tokenizer")
    parser.add_argument("corpus")
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    tok = Tokenizer.from_file(args.tokenizer)
    texts = load_texts(args.corpus)
    tokens = sum(len(tok.encode(t, add_special_tokens=False).ids) for t in texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    joined = "".join(t + "\n" for t in texts)
    joined_tokens = len(tok.encode(joined, add_special_tokens=False).ids)
    print(f"tokenizers {tokenizers.__version__}; corpus: {len(texts)} strings, {size} bytes, {tokens} tokens")

    def per_call():
        for t in texts:
            tok.encode(t, add_special_tokens=False)

    for name, run, count in [
        ("encode() per string", per_call, tokens),
        ("encode_batch(), 1 thread", lambda: tok.encode_batch(texts, add_special_tokens=False), tokens),
        ("encode() of the joined corpus", lambda: tok.encode(joined, add_special_tokens=False), joined_tokens),
    ]:
        wall, cpu = best_times(run, args.seconds)
        print(f"{name:32s} {count / cpu / 1e6:7.3f} M tokens/s CPU time, {count / wall / 1e6:7.3f} M tokens/s wall"
              f"  (best pass {cpu * 1e3:.1f} ms CPU, {wall * 1e3:.1f} ms wall)")


if __name__ == "__main__":
    main()
