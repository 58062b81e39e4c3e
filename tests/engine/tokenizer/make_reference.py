#!/usr/bin/env python3
"""Encodes the tokenizer corpus with Hugging Face `tokenizers`: the reference ids the C++ parity test must
reproduce exactly.

Tokenizers (files from tools/tokenizer/make_qwen3_tokenizer.py in TOKENIZER_DIR):
  embed   tokenizer.json        (Qwen3-Embedding: appends <|endoftext|>), with and without special tokens
  lm      tokenizer-lm.json     (5 Hz LM: + 65,535 audio-code tokens, nothing appended)
  flags   tokenizer-flags.json  written here: tokenizer.json plus added tokens that use the lstrip, rstrip,
                                single_word and normalized flags, so those code paths are compared too
Decoding: HF's decode of the embed ids (skip_special_tokens False and True) and of the lm and flags ids.
Strings given as "hex" (not UTF-8) are encoded as bytes.decode("utf-8", "replace"), which is what the C++
tokenizer promises for such input.

Usage: make_reference.py TOKENIZER_DIR CORPUS.json OUT.json
"""
import json
import os
import sys
import unicodedata

import tokenizers
from tokenizers import Tokenizer

# (content, flags): contents chosen not to be vocabulary tokens themselves (checked below).
FLAG_TOKENS = [
    ("[Chorus]", {"lstrip": True, "rstrip": True}),
    ("<|la|>", {"lstrip": True, "special": True}),
    ("<|mu|>", {"rstrip": True, "special": True}),
    ("heyyy", {"single_word": True}),
    ("Café", {"normalized": True}),
    ("ñandú", {"normalized": True}),
    ("∞∞", {}),
]


def write_flags_tokenizer(tok_dir):
    with open(os.path.join(tok_dir, "tokenizer.json"), encoding="utf-8") as f:
        config = json.load(f)
    vocab = config["model"]["vocab"]
    next_id = max(t["id"] for t in config["added_tokens"]) + 1
    for content, flags in FLAG_TOKENS:
        token = {"id": next_id, "content": content, "single_word": False, "lstrip": False, "rstrip": False,
                 "normalized": False, "special": False}
        token.update(flags)
        config["added_tokens"].append(token)
        next_id += 1
    path = os.path.join(tok_dir, "tokenizer-flags.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False)
    byte_level = Tokenizer.from_file(path).pre_tokenizer
    for content, _ in FLAG_TOKENS:
        mapped = "".join(p for p, _ in byte_level.pre_tokenize_str(content))
        if mapped in vocab:
            sys.exit(f"flag token {content!r} is a vocabulary token; pick another")
    return path


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    tok_dir, corpus_path, out_path = sys.argv[1:]
    flags_path = write_flags_tokenizer(tok_dir)
    embed = Tokenizer.from_file(os.path.join(tok_dir, "tokenizer.json"))
    lm = Tokenizer.from_file(os.path.join(tok_dir, "tokenizer-lm.json"))
    flags = Tokenizer.from_file(flags_path)
    # Every audio code starts with "<|", which the check below covers on its own.
    added_contents = [t.content for t in embed.get_added_tokens_decoder().values()]
    added_contents += [c for c, _ in FLAG_TOKENS]

    with open(corpus_path, encoding="utf-8") as f:
        corpus = json.load(f)
    cases = []
    for case in corpus["cases"]:
        text = case["text"] if "text" in case else bytes.fromhex(case["hex"]).decode("utf-8", "replace")
        e = embed.encode(text, add_special_tokens=True).ids
        plain = embed.encode(text, add_special_tokens=False).ids
        l = lm.encode(text).ids
        fl = flags.encode(text, add_special_tokens=False).ids
        out = dict(case)
        out.update({
            "embed": e, "embed_plain": plain, "lm": l, "flags": fl,
            "decode": embed.decode(e, skip_special_tokens=False),
            "decode_skip": embed.decode(e, skip_special_tokens=True),
            "decode_lm": lm.decode(l, skip_special_tokens=False),
            "decode_flags": flags.decode(fl, skip_special_tokens=True),
        })
        # decode(encode(x)) == NFC(x) holds for text without added tokens (the "<|" check is enough
        # for the audio codes: they all start with it).
        if "<|" not in text and not any(c in text or c in unicodedata.normalize("NFC", text) for c in added_contents):
            out["nfc"] = unicodedata.normalize("NFC", text)
        cases.append(out)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"tokenizers_version": tokenizers.__version__, "cases": cases}, f, ensure_ascii=False)
    print(f"reference: {len(cases)} strings encoded with tokenizers {tokenizers.__version__} -> {out_path}")


if __name__ == "__main__":
    main()
