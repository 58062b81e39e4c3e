"""Parity data for the Qwen3 text encoder at the released Qwen3-Embedding-0.6B shape (see text_encoder.py,
--full). A script of its own because the parity fixture step passes no arguments."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text_encoder  # noqa: E402

if __name__ == "__main__":
    sys.argv.append("--full")
    text_encoder.main()
