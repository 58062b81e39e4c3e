"""Parity data for the prompt builders (engine/core/prompt): diffusers 0.40.0 AceStepPipeline's own
instruction, metas, caption/lyric formatting and its batched tokenizer calls, with the real Qwen3 tokenizer
loaded by transformers from the tokenizer folder (tools/tokenizer/make_qwen3_tokenizer.py).

The pipeline is created without running its __init__ (no model weights are needed for the text front-end):
the tokenizer is the real one, wrapped to record what encode_prompt passes it and what it returns; the text
encoder is a stub that returns zeros (its output is not compared here). The instruction is chosen as
AceStepPipeline.__call__ chooses it (_get_task_instruction unless the caller gives one).

Two tokenizer folders: `right` (the generated folder as-is: no padding_side, transformers' default right)
and `left` (the same files with "padding_side": "left" in tokenizer_config.json), so both sides are checked.

Output: OUT_DIR/cases.json (inputs, built strings, ids, masks per case) and OUT_DIR/tokenizer-left/.
"""

import json
import shutil
import sys
import types

import torch
from transformers import AutoTokenizer

from common import out_dir, qwen3_tokenizer_dir, write_json

from diffusers.pipelines.ace_step.pipeline_ace_step import AceStepPipeline

LANGUAGES = ("ar az bg bn ca cs da de el en es fa fi fr he hi hr ht hu id is it ja ko la lt ms ne nl no pa pl pt ro "
             "ru sa sk sr sv sw ta te th tl tr uk ur vi yue zh unknown").split()
assert len(LANGUAGES) == 51

SAMPLE_LYRICS = {
    "ar": "[Verse]\nمرحبا بالعالم\nنغني معا", "zh": "[Verse]\n你好，世界。\n我们一起唱歌吧！",
    "ja": "[Verse]\n日本語のテキスト、カタカナ。", "ko": "[Chorus]\n한국어 노래 가사입니다.",
    "ru": "[Verse]\nПривет, как дела?", "hi": "[Verse]\nनमस्ते दुनिया", "el": "[Verse]\nΓειά σου κόσμε",
    "he": "[Verse]\nשלום עולם", "th": "[Verse]\nสวัสดีชาวโลก", "yue": "[Verse]\n我哋一齊唱歌",
    "uk": "[Verse]\nПривіт, світе", "fa": "[Verse]\nسلام دنیا", "ta": "[Verse]\nவணக்கம் உலகம்",
    "vi": "[Verse]\nXin chào thế giới", "tr": "[Verse]\nMerhaba dünya, şarkı söyle",
}


class RecordingTokenizer:
    """Forwards every call to the real tokenizer and keeps the strings and the ids it returned."""

    def __init__(self, real):
        self.real = real
        self.calls = []

    def __call__(self, texts, **kwargs):
        out = self.real(texts, **kwargs)
        self.calls.append({"texts": list(texts), "kwargs": {k: v for k, v in kwargs.items() if k != "return_tensors"},
                           "ids": out.input_ids.tolist(), "mask": out.attention_mask.tolist()})
        return out


class StubTextEncoder:
    """Stands in for Qwen3Model: encode_prompt only needs last_hidden_state and the embedding layer."""

    def __init__(self):
        self.embedding = torch.nn.Embedding(151669, 1)

    def __call__(self, input_ids):
        return types.SimpleNamespace(last_hidden_state=torch.zeros(*input_ids.shape, 1))

    def get_input_embeddings(self):
        return self.embedding


def make_pipeline(tokenizer):
    pipe = AceStepPipeline.__new__(AceStepPipeline)  # no weights: only the text front-end is used
    object.__setattr__(pipe, "tokenizer", RecordingTokenizer(tokenizer))
    object.__setattr__(pipe, "text_encoder", StubTextEncoder())
    return pipe


def long_caption(words):
    base = ("energetic synthwave with glowing analog pads, punchy drum machine, elastic bassline, "
            "bright lead melodies, nostalgic late night mood, polished studio mix").split()
    return " ".join(base[i % len(base)] for i in range(words))


def long_lyrics(lines):
    out = []
    for i in range(lines):
        if i % 8 == 0:
            out.append(f"\n[Verse {i // 8 + 1}]")
        out.append(f"Line {i} of the song keeps rolling on and on through the night {i * 7 % 13}")
    return "\n".join(out)


def cases():
    c = []

    def add(name, **kw):
        kw.setdefault("side", "right")
        kw.setdefault("task", "text2music")
        kw.setdefault("captions", ["Upbeat pop rock with driving guitars"])
        kw.setdefault("lyrics", ["[Verse]\nHello world\n\n[Chorus]\nSing along"])
        kw.setdefault("languages", ["en"])
        kw.setdefault("duration", 60.0)
        c.append(dict(name=name, **kw))

    # every task, with and without track names
    add("text2music_full_metas", bpm=120, timesignature="4", keyscale="C major", duration=30.0)
    add("repaint", task="repaint", bpm=95, keyscale="A minor", timesignature="3", duration=45.5)
    add("cover", task="cover", bpm=140, duration=90.9)
    add("extract_vocals", task="extract", track="vocals")
    add("extract_backing_vocals", task="extract", track="backing_vocals", bpm=100)
    add("extract_default", task="extract")
    add("lego_drums", task="lego", track="drums", keyscale="F# minor")
    add("lego_default", task="lego")
    add("complete_classes", task="complete", classes=["drums", "bass", "guitar"])
    add("complete_one_class", task="complete", classes=["keyboard"])
    add("complete_default", task="complete")
    add("user_instruction_no_colon", instruction="Make it sound like a live recording")
    add("user_instruction_colon", instruction="Generate audio semantic tokens based on the given conditions:")
    # metas: missing, partial, durations
    add("no_metas")
    add("bpm_only", bpm=128)
    add("bpm_min", bpm=30, duration=1.0)
    add("bpm_max", bpm=300, duration=600.0)
    add("keyscale_only", keyscale="Bb major")
    add("keyscale_unicode", keyscale="B\u266d major", timesignature="6")
    add("keyscale_sharp_sign", keyscale="C\u266f minor", timesignature="2")
    add("keyscale_capital_mode", keyscale="C Major")
    add("timesignature_only", timesignature="4")
    add("blank_metas", keyscale="   ", timesignature=" ")
    add("duration_truncated", bpm=88, duration=59.999)
    add("duration_fraction", duration=12.5)
    add("duration_large_fraction", duration=237.25)
    # captions
    add("empty_caption", captions=[""])
    add("unicode_caption", captions=["Lo-fi hip-hop, mellow, vinyl crackle — 75 BPM, 日本のシティポップ, café crème"])
    add("caption_newlines", captions=["line one\nline two\n\n  indented\ttab"])
    add("caption_endoftext_literal", captions=["a caption with <|endoftext|> inside and <|im_start|>"])
    add("long_caption_256", captions=[long_caption(400)], bpm=120, keyscale="E minor", timesignature="4")
    add("caption_near_cap", captions=[long_caption(150)])
    # lyrics
    add("empty_lyrics", lyrics=[""])
    add("instrumental", lyrics=["[Instrumental]"], languages=["unknown"])
    add("long_lyrics_2048", lyrics=[long_lyrics(320)])
    add("unicode_lyrics_mixed", lyrics=["[Verse]\nemoji 🎵🎶 👩‍👩‍👧‍👦 👍🏽 🇯🇵\nCafe\u0301 n\u0303 A\u030a decomposed\n"
                                         "mixed\twhite\u3000space\u00a0here  \r\n[Outro]"], languages=["en"])
    add("lyrics_trailing_whitespace", lyrics=["  spaced  \n\n\n"])
    # batches of unequal lengths (padding + masks), both sides
    batch_captions = ["short", "a much longer caption " * 12, "medium length caption with strings and brass"]
    batch_lyrics = ["", "[Verse]\n" + "la la la " * 40, "[Chorus]\nOh oh"]
    for side in ("right", "left"):
        add(f"batch3_{side}", side=side, captions=batch_captions, lyrics=batch_lyrics, languages=["en", "fr", "unknown"],
            bpm=110, keyscale="D major")
        add(f"batch2_broadcast_language_{side}", side=side, captions=["calm piano", "aggressive metal with screams"],
            lyrics=["[Verse]\nsoft", "[Verse]\nLOUD " * 30], languages=["de"])
        add(f"batch_caps_hit_{side}", side=side, captions=[long_caption(500), "tiny"],
            lyrics=[long_lyrics(400), "x"], languages=["en", "zh"], task="repaint")
        add(f"batch_equal_{side}", side=side, captions=["same length a", "same length b"], lyrics=["aa", "bb"],
            languages=["en", "en"])
    add("left_single", side="left", bpm=72)
    add("left_task_complete", side="left", task="complete", classes=["strings", "woodwinds"],
        captions=["orchestral", "chamber music with a solo violin"], lyrics=["", ""], languages=["unknown", "it"])
    # every language code
    for lang in LANGUAGES:
        add(f"language_{lang}", languages=[lang], lyrics=[SAMPLE_LYRICS.get(lang, f"[Verse]\nsong in {lang}")],
            captions=[f"a song sung in {lang}"], bpm=90 + len(lang))
    return c


def run_case(pipe, case):
    pipe.tokenizer.calls.clear()
    instruction = case.get("instruction")
    if instruction is None:  # as AceStepPipeline.__call__ does
        instruction = AceStepPipeline._get_task_instruction(
            task_type=case["task"], track_name=case.get("track"), complete_track_classes=case.get("classes"))
    languages = case["languages"]
    pipe.encode_prompt(
        prompt=case["captions"], lyrics=case["lyrics"], device=torch.device("cpu"),
        vocal_language=languages[0] if len(languages) == 1 else languages,
        audio_duration=case["duration"], instruction=instruction, bpm=case.get("bpm"),
        keyscale=case.get("keyscale"), timesignature=case.get("timesignature"))
    text_call, lyric_call = pipe.tokenizer.calls
    assert text_call["kwargs"] == {"padding": "longest", "truncation": True, "max_length": 256}, text_call["kwargs"]
    assert lyric_call["kwargs"] == {"padding": "longest", "truncation": True, "max_length": 2048}, lyric_call["kwargs"]
    return {
        "caption_texts": text_call["texts"], "caption_ids": text_call["ids"], "caption_mask": text_call["mask"],
        "lyric_texts": lyric_call["texts"], "lyric_ids": lyric_call["ids"], "lyric_mask": lyric_call["mask"],
    }


def main():
    out = out_dir()
    right_dir = qwen3_tokenizer_dir()
    left_dir = out / "tokenizer-left"
    left_dir.mkdir(exist_ok=True)
    for name in ("tokenizer.json", "vocab.json", "merges.txt"):
        shutil.copy(right_dir / name, left_dir / name)
    config = json.loads((right_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    config["padding_side"] = "left"
    write_json(left_dir / "tokenizer_config.json", config)

    pipes = {}
    for side, folder in (("right", right_dir), ("left", left_dir)):
        tok = AutoTokenizer.from_pretrained(str(folder))
        if tok.padding_side != side or tok.pad_token_id != 151643:
            sys.exit(f"{folder}: transformers reads padding_side={tok.padding_side!r}, pad id {tok.pad_token_id}; "
                     f"expected {side!r}, 151643")
        pipes[side] = make_pipeline(tok)

    results = []
    for case in cases():
        got = run_case(pipes[case["side"]], case)
        results.append({"case": case, "expected": got})
    hit_caption = sum(1 for r in results if any(len(m) == 256 and all(m) for m in r["expected"]["caption_mask"]))
    hit_lyric = sum(1 for r in results if any(sum(m) == 2048 for m in r["expected"]["lyric_mask"]))
    if hit_caption < 2 or hit_lyric < 2:
        sys.exit(f"the long cases must reach the caps: {hit_caption} caption / {hit_lyric} lyric cases do")
    write_json(out / "cases.json", {"tokenizer_right": str(right_dir), "tokenizer_left": str(left_dir),
                                    "cases": results})
    print(f"wrote {len(results)} prompt cases ({hit_caption} at the 256 caption cap, {hit_lyric} at the 2048 lyric cap)")


if __name__ == "__main__":
    main()
