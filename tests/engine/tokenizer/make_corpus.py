#!/usr/bin/env python3
"""Writes the tokenizer parity corpus: at least 5,000 strings, deterministic (fixed seed).

Covers what ACE-Step feeds the Qwen3 tokenizers (spec engine-spec-vae-text-lm.md §3, §4.3-4.4, §5.3):
English, Chinese, Japanese, Korean, Russian, Arabic, Hindi and Spanish (composed and decomposed
accents, to exercise NFC), emoji and ZWJ sequences, mixed scripts, digit runs, whitespace runs, tabs,
newlines and CRLF, section tags, lyric blocks, contractions in any case, the Qwen special tokens and
<|audio_code_N|> tokens inside text, caption and lyric prompts, and byte strings that are not UTF-8.

Usage: make_corpus.py OUT.json
Output: {"seed": N, "cases": [{"text": "..."} | {"hex": "..."}]}  ("hex" for the bytes that are not UTF-8)
"""
import json
import random
import sys
import unicodedata

SEED = 20261122
TARGET = 6000

WORDS = {
    "en": ("love night star song heart fire dream rain sky world forever dance light shadow river city "
           "road home baby tonight never again alone together falling rising broken golden wild free "
           "walking running burning shining whisper thunder ocean mountain summer winter yesterday").split(),
    "zh": "我 你 他 爱 心 夜 星 光 梦 歌 唱 风 雨 天空 世界 永远 回忆 青春 城市 远方 孤单 温柔 眼泪 微笑 自由 飞翔".split(),
    "ja": "私 君 夢 空 歌う 愛してる 桜 の が を に は で 夜明け きらきら ラーメン カタカナ 東京 心臓 走れ 涙 笑顔".split(),
    "ko": "사랑 해요 너 나 우리 밤 하늘 노래 꿈 눈물 기억 오늘 내일 영원히 빛나는 별 바람 너를 보고 싶어".split(),
    "ru": "любовь ночь звезда песня я ты мы сердце огонь дождь небо мир всегда танцуй свет тень река город".split(),
    "ar": "حب ليل نجمة أغنية قلب نار حلم مطر سماء عالم إلى الأبد رقص ضوء ظل نهر مدينة".split(),
    "hi": "प्यार रात तारा गीत दिल आग सपना बारिश आसमान दुनिया हमेशा नाच रोशनी छाया नदी शहर".split(),
    "es": "corazón canción niño mañana está qué acción pequeño año música señor también baile sueño último".split(),
    "fr": "cœur être déjà élève où garçon fenêtre noël naïve l'été château".split(),
    "de": "Straße über Mädchen schön Größe Fußball Lied Nacht Herz".split(),
}
EMOJI = ["🎵", "🎶", "❤️", "👩‍👩‍👧‍👦", "👍🏽", "🏳️‍🌈", "🇯🇵", "🇪🇸", "😀", "🔥", "✨", "🎸", "🥁", "🎹", "👨‍🎤",
         "🧑🏿‍🎤", "💃🏻", "🙌", "🌧️", "⭐", "☕", "©", "™", "♪", "♫", "🤘🏼", "👁️‍🗨️", "🏃‍♀️"]
SECTION_TAGS = ["[Verse 1]", "[Verse 2]", "[Chorus]", "[Chorus - powerful]", "[Pre-Chorus]", "[Bridge]",
                "[inst]", "[Instrumental]", "[Outro]", "[Intro]", "[Hook]", "[Drop]", "[Verse 3 - whisper]",
                "[chorus]", "[VERSE]", "[Interlude: guitar solo]"]
QWEN_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|object_ref_start|>", "<|object_ref_end|>",
                 "<|box_start|>", "<|box_end|>", "<|quad_start|>", "<|quad_end|>", "<|vision_start|>",
                 "<|vision_end|>", "<|vision_pad|>", "<|image_pad|>", "<|video_pad|>", "<tool_call>", "</tool_call>",
                 "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|fim_pad|>", "<|repo_name|>",
                 "<|file_sep|>", "<tool_response>", "</tool_response>", "<think>", "</think>"]
# Extra added tokens with flags (tests/engine/tokenizer/make_reference.py builds tokenizer-flags.json).
FLAG_TOKENS = ["[Chorus]", "<|la|>", "<|mu|>", "heyyy", "Café", "ñandú", "∞∞"]
CONTRACTIONS = ["I'm", "you're", "she's", "we've", "they'll", "he'd", "don't", "can't", "won't", "it's",
                "I'M", "YOU'RE", "SHE'S", "WE'VE", "THEY'LL", "HE'D", "DON'T", "It'S", "We'Ve", "they'Ll",
                "rock'n'roll", "'s", "'t", "'re", "'ve", "'m", "'ll", "'d", "'S", "'T", "'RE", "'VE", "'M", "'LL",
                "'D", "'ſ", "'ſt", "ſ", "'Ll", "'lL", "''s", "' s", "’s", "I’m", "'sup", "'tis", "'90s"]
WHITESPACE = [" ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", "\r", " \n", "\t\t", "\u3000", "\u00a0", "\u2028",
              "\u0085", "\u000b", "\u000c", "\u2003", "\u202f", " \t \n", "\u180e"]
# Code-point ranges assigned before Unicode 13, so PCRE2 (Unicode 14), utf8proc (15) and HF agree on them.
SAFE_RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x5D0, 0x5EA),
               (0x621, 0x64A), (0x660, 0x669), (0x900, 0x97F), (0xE01, 0xE3A), (0x1100, 0x11FF),
               (0x2000, 0x2064), (0x20A0, 0x20BF), (0x2190, 0x21FF), (0x3000, 0x303F), (0x3041, 0x3096),
               (0x3099, 0x30FF), (0x4E00, 0x9FA5), (0xAC00, 0xD7A3), (0xFF01, 0xFF5E), (0x1F300, 0x1F5FF),
               (0x1F900, 0x1F9FF), (0x1D400, 0x1D4FF), (0xFE00, 0xFE0F), (0x200B, 0x200F)]


class Corpus:
    def __init__(self, rng):
        self.rng = rng
        self.texts = []
        self.seen = set()
        self.raw = []

    def add(self, text):
        if text not in self.seen:
            self.seen.add(text)
            self.texts.append(text)

    def add_bytes(self, data):
        try:
            self.add(data.decode("utf-8"))
        except UnicodeDecodeError:
            if data not in self.seen:
                self.seen.add(data)
                self.raw.append(data)


def maybe_decompose(rng, text):
    return unicodedata.normalize("NFD", text) if rng.random() < 0.5 else text


def sentence(rng, lang, n=None):
    words = [rng.choice(WORDS[lang]) for _ in range(n or rng.randint(1, 12))]
    sep = "" if lang in ("zh", "ja") and rng.random() < 0.6 else " "
    text = sep.join(words)
    if lang == "en" and rng.random() < 0.3:
        text = text.capitalize()
    if lang == "en" and rng.random() < 0.1:
        text = text.upper()
    text += rng.choice(["", ".", "!", "?", ",", "...", "。", "！", "？", "、", "؟", "।", " -", ";"])
    return maybe_decompose(rng, text) if lang in ("es", "fr", "de", "ko", "ja") else text


def lyric_block(rng):
    lang = rng.choice(list(WORDS))
    newline = "\r\n" if rng.random() < 0.15 else "\n"
    lines = []
    for _ in range(rng.randint(1, 4)):
        lines.append(rng.choice(SECTION_TAGS))
        for _ in range(rng.randint(1, 5)):
            line = sentence(rng, lang if rng.random() < 0.8 else rng.choice(list(WORDS)))
            if rng.random() < 0.2:
                line += " " + rng.choice(EMOJI)
            if rng.random() < 0.15:
                line = rng.choice(CONTRACTIONS) + " " + line
            lines.append(line)
        lines.append("")
    return newline.join(lines).rstrip("\n") if rng.random() < 0.5 else newline.join(lines)


def digit_text(rng):
    forms = [
        lambda: "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 80))),
        lambda: f"{rng.randint(40, 220)} bpm",
        lambda: f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}",
        lambda: f"{rng.randint(1, 9)},{rng.randint(0, 999):03d},{rng.randint(0, 999):03d}",
        lambda: f"- duration: {rng.randint(10, 600)} seconds",
        lambda: f"{rng.choice(['3/4', '4/4', '6/8', '2/4'])} time, take {rng.randint(1, 99)}",
        lambda: "".join(rng.choice("٠١٢٣٤٥٦٧٨٩०१२३४५६७८९１２３") for _ in range(rng.randint(1, 12))),
        lambda: f"{rng.random() * 1000:.{rng.randint(0, 6)}f}",
        lambda: f"v{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}-rc{rng.randint(1, 5)}",
    ]
    return rng.choice(forms)()


def whitespace_text(rng):
    parts = []
    for _ in range(rng.randint(1, 10)):
        if rng.random() < 0.5:
            parts.append("".join(rng.choice(WHITESPACE) for _ in range(rng.randint(1, 6))))
        else:
            parts.append(rng.choice([rng.choice(WORDS[rng.choice(list(WORDS))]), rng.choice(CONTRACTIONS),
                                     digit_text(rng), rng.choice(EMOJI), "!!", "--", "#C", "(x2)"]))
    return "".join(parts)


def added_token_text(rng):
    parts = []
    for _ in range(rng.randint(1, 8)):
        r = rng.random()
        if r < 0.3:
            parts.append(rng.choice(QWEN_SPECIALS))
        elif r < 0.5:
            parts.append(f"<|audio_code_{rng.choice([0, 1, 7, 63999, 64000, 65534, rng.randint(0, 65534)])}|>")
        elif r < 0.6:
            # Near misses: not tokens, so they go through BPE.
            parts.append(rng.choice(["<|audio_code_65535|>", "<|audio_code_-1|>", "<|audio_code_007|>", "<|endoftext|",
                                     "<|im_start", "<think", "< think>", "<|AUDIO_CODE_3|>", "<<|im_end|>>", "|>", "<|"]))
        elif r < 0.7:
            parts.append(rng.choice(FLAG_TOKENS))
        else:
            parts.append(sentence(rng, rng.choice(list(WORDS)), rng.randint(1, 4)))
        if rng.random() < 0.4:
            parts.append(rng.choice(WHITESPACE))
    return "".join(parts)


def flag_token_text(rng):
    token = rng.choice(FLAG_TOKENS)
    if rng.random() < 0.3:
        token = unicodedata.normalize("NFD", token)
    left = rng.choice(["", " ", "  ", "\t", "\n", "x", "_", "é", "é ", "1", "!", "Oh ", "oh", " é  "])
    right = rng.choice(["", " ", "  ", "\n", "s", "!", "_", "1", " yeah", "ñ", " é", "\u3000"])
    return left + token + right + (rng.choice(["", " end", "heyyy heyyy", "[Chorus] ", "heyyyheyyy"]) if rng.random() < 0.5 else "")


def caption_prompt(rng):
    caption = " ".join(sentence(rng, rng.choice(["en", "en", "zh", "es", "ja"])) for _ in range(rng.randint(1, 4)))
    bpm = rng.choice(["N/A", str(rng.randint(60, 200))])
    ts = rng.choice(["N/A", "2", "3", "4", "6"])
    key = rng.choice(["N/A", "C major", "A minor", "F# minor", "Bb major", "E♭ major"])
    instruction = rng.choice(["Fill the audio semantic mask based on the given conditions:",
                              "Generate audio semantic tokens based on the given conditions:",
                              "Repaint the mask area based on the given conditions:",
                              "Extract the VOCALS track from the audio:",
                              "Complete the input track with DRUMS | BASS:"])
    metas = f"- bpm: {bpm}\n- timesignature: {ts}\n- keyscale: {key}\n- duration: {rng.randint(10, 240)} seconds\n"
    return f"# Instruction\n{instruction}\n\n# Caption\n{caption}\n\n# Metas\n{metas}<|endoftext|>\n"


def lyric_prompt(rng):
    language = rng.choice(["en", "zh", "ja", "ko", "ru", "ar", "hi", "es", "unknown"])
    lyrics = "[Instrumental]" if rng.random() < 0.1 else lyric_block(rng)
    return f"# Languages\n{language}\n\n# Lyric\n{lyrics}<|endoftext|>"


def lm_prompt(rng):
    codes = "".join(f"<|audio_code_{rng.randint(0, 63999)}|>" for _ in range(rng.randint(1, 30)))
    return (f"<|im_start|>system\n# Instruction\nUnderstand the music.\n\n<|im_end|>\n<|im_start|>user\n{codes}"
            f"<|im_end|>\n<|im_start|>assistant\n<think>\nbpm: {rng.randint(60, 200)}\n</think>\n\n")


def char_soup(rng):
    out = []
    for _ in range(rng.randint(1, 40)):
        lo, hi = rng.choice(SAFE_RANGES)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def invalid_bytes(rng):
    base = rng.choice([sentence(rng, rng.choice(list(WORDS))), "", "abc", "中文", "café"]).encode("utf-8")
    bad = rng.choice([b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xe4\xb8", b"\xf0\x9f\x8e", b"\xc0\xaf", b"\xed\xa0\x80",
                      b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xe0\x80\xaf", bytes([rng.randint(0x80, 0xff)]),
                      bytes(rng.randint(0, 255) for _ in range(rng.randint(1, 8)))])
    cut = rng.randint(0, len(base))
    return base[:cut] + bad + base[cut:]


def fixed_cases():
    cases = ["", " ", "  ", "\n", "\r\n", "\t", "a", "test", "test again", "Hello world", "hello  world",
             "  leading", "trailing  ", " \n ", "\n\n\n", "a\r\nb\r\n", "\r\n\r\n", "x \r\n y", "\x00", "a\x00b",
             "\x01\x02\x03\x1b[0m", "\x7f", "\ufeffBOM", "\u0301start", "e\u0301", "E\u0301\u0301", "\u1100\u1161",
             "\u1100\u1161\u11a8", "가\u11a8", "\u212b", "\u2126", "A\u030a", "\u0041\u0301\u0327", "ﬁ ligature",
             "Ⅻ", "①②③", "ｆｕｌｌｗｉｄｔｈ", "½ ¼", "x²", "a\u0085b", "\u0085\u0085a", "a\u180eb", "a\u200bb",
             "a\u2028b", "a\u3000\u3000b", "'s", "'S", "'ſt", "I'M", "don't", "DON'T", "''", "'", "''s",
             "<|endoftext|>", "<|endoftext|><|endoftext|>", "a<|im_start|>b", "<think>x</think>", "<|endoftext|",
             "<|audio_code_0|>", "<|audio_code_65534|>", "<|audio_code_65535|>", "<|audio_code_63999|><|audio_code_64000|>",
             "[Verse 1]", "[Chorus - powerful]", "[inst]", "0", "00", "1234567890", "3.14159", "１２３",
             "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇯🇵🇪🇸", "👍🏽", "你好，世界", "こんにちは", "안녕하세요", "Привет", "مرحبا", "नमस्ते",
             "niño", "nin\u0303o", "Canción", "Cancio\u0301n", "  \t\n  word", "word \n\n  ", "a  \n  b",
             "#C minor", "C#m7b5", "e-mail: a.b@c.de", "https://example.com/a?b=c&d=e", "x" * 300, "ab" * 200,
             " " * 100, "\n" * 50, "1" * 120, "!!!???...", "—–-", "«quotes»", "「括弧」", "(x2)", "Oh-oh-oh!"]
    return cases


def build(rng):
    corpus = Corpus(rng)
    for text in fixed_cases():
        corpus.add(text)
    for token in QWEN_SPECIALS + FLAG_TOKENS:
        corpus.add(token)
        corpus.add(f"a {token} b")
        corpus.add(f"{token}{token}")
    for c in CONTRACTIONS:
        corpus.add(c)
        corpus.add(f"Yeah {c} fine")
    generators = [
        (lambda: sentence(rng, rng.choice(list(WORDS))), 1400),
        (lambda: lyric_block(rng), 700),
        (lambda: " ".join(sentence(rng, rng.choice(list(WORDS)), rng.randint(1, 3)) for _ in range(rng.randint(2, 5))), 500),
        (lambda: digit_text(rng), 400),
        (lambda: whitespace_text(rng), 500),
        (lambda: added_token_text(rng), 500),
        (lambda: flag_token_text(rng), 300),
        (lambda: caption_prompt(rng), 150),
        (lambda: lyric_prompt(rng), 150),
        (lambda: lm_prompt(rng), 60),
        (lambda: char_soup(rng), 600),
        (lambda: " ".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 6))), 150),
    ]
    for make, count in generators:
        for _ in range(count):
            corpus.add(make())
    for _ in range(150):
        corpus.add_bytes(invalid_bytes(rng))
    while len(corpus.texts) + len(corpus.raw) < TARGET:
        corpus.add(char_soup(rng))
    return corpus


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    corpus = build(random.Random(SEED))
    cases = [{"text": t} for t in corpus.texts] + [{"hex": b.hex()} for b in corpus.raw]
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump({"seed": SEED, "cases": cases}, f, ensure_ascii=False, indent=0)
    print(f"corpus: {len(cases)} strings ({len(corpus.raw)} not UTF-8) -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
