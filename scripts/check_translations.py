#!/usr/bin/env python3
"""Checks every translations/songloom_*.ts: each message finished, the source's %1..%9 / %n placeholders
kept, and (Chinese, Japanese, Korean) no longer message left as an English copy. Exit 1 with a list."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Words that stay as they are in every language.
KEEP = {"Songloom", "APG", "CFG", "DiT", "Turbo", "Base", "SFT", "DIR", "FILE", "BPM", "♥", "0–%1", "%1: %2",
        "libtorch %1, GPU: %2"}


def placeholders(text):
    return sorted(re.findall(r"%(?:\d|n)", text or ""))


def main(folder):
    problems = []
    files = sorted(Path(folder).glob("songloom_*.ts"))
    if not files:
        print(f"no songloom_*.ts in {folder}")
        return 1
    for ts in files:
        lang = ts.stem.split("_", 1)[1]
        cjk = lang.split("_")[0] in ("zh", "ja", "ko")
        count = 0
        for ctx in ET.parse(ts).getroot().iter("context"):
            for msg in ctx.iter("message"):
                count += 1
                src = msg.findtext("source") or ""
                tr = msg.find("translation")
                forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
                where = f"{ts.name}: {src[:60]!r}"
                if tr.get("type") in ("unfinished", "obsolete", "vanished") or not any(f.strip() for f in forms):
                    problems.append(f"{where}: not translated")
                    continue
                for form in forms:
                    if placeholders(form) != placeholders(src):
                        problems.append(f"{where}: placeholders {placeholders(src)} became {placeholders(form)}")
                    if cjk and form == src and src not in KEEP and len(src.split()) > 3:
                        problems.append(f"{where}: left in English")
        print(f"{ts.name}: {count} messages")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations"))
