"""Writes real torch.save files for the torch.save reader tests, plus what torch.load reads from them.

Usage: python make_torch_fixtures.py OUTDIR

OUTDIR/expected.json maps each readable file to {"shape", "dtype", "values"}, where "values" names a raw
little-endian float32 file holding torch.load(file).float() -- the reference the C++ reader must match.
Files the reader must refuse are listed under "refused" with the error code and a message substring.
"""
import io
import json
import os
import sys
import zipfile

import torch


def save_expected(out, name, tensor, expected):
    values = tensor.detach().float().contiguous()
    with open(os.path.join(out, name + ".f32"), "wb") as f:
        f.write(values.numpy().astype("<f4").tobytes())
    expected[name] = {"shape": list(tensor.shape), "dtype": str(tensor.dtype).replace("torch.", ""),
                      "values": name + ".f32"}


def rewrite_zip(source, target, replace=None, compression=zipfile.ZIP_STORED):
    """Copies a torch.save archive entry by entry, optionally replacing entries or compressing them."""
    replace = replace or {}
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", compression=compression) as dst:
        for info in src.infolist():
            data = replace.get(info.filename.split("/", 1)[1], None)
            dst.writestr(info.filename, data if data is not None else src.read(info.filename))


def main(out):
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(1234)
    expected, refused = {}, {}

    def save(name, tensor, readable=True):
        path = os.path.join(out, name + ".pt")
        torch.save(tensor, path)
        if readable:
            save_expected(out, name, torch.load(path, weights_only=True), expected)
        return path

    # What the reader exists for: [1, 64, T] in the three float dtypes, including the official size.
    f32 = save("latent_f32", torch.randn(1, 64, 37))
    save("latent_bf16", (torch.randn(1, 64, 21) * 3).bfloat16())
    specials = torch.tensor([0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 6e-08, float("inf"), float("-inf")] * 7 + [0.5])
    save("latent_f16", torch.cat([specials, torch.randn(64 * 2 - specials.numel())]).half().reshape(1, 64, 2))
    save("silence_latent", torch.randn(1, 64, 15000))
    # Written to a buffer: the archive prefix becomes "archive/".
    buffer = io.BytesIO()
    torch.save(torch.arange(64 * 3, dtype=torch.float32).reshape(1, 64, 3), buffer)
    with open(os.path.join(out, "buffer_saved.pt"), "wb") as f:
        f.write(buffer.getvalue())
    save_expected(out, "buffer_saved", torch.load(os.path.join(out, "buffer_saved.pt"), weights_only=True), expected)
    # A contiguous view into a larger storage: torch saves the whole storage and a storage offset.
    base = torch.randn(5, 64 * 4)
    save("view_with_offset", base[2].view(1, 64, 4))
    save("two_dimensional", torch.randn(64, 9))
    save("scalar", torch.tensor(3.25))

    # Refused: not contiguous, not a float storage, not a tensor, an old non-zip format.
    save("transposed", torch.randn(1, 9, 64).transpose(1, 2), readable=False)
    refused["transposed"] = ["Unsupported", "not contiguous"]
    save("int64_tensor", torch.arange(10), readable=False)
    refused["int64_tensor"] = ["Unsupported", "GLOBAL torch.LongStorage is not allowed"]
    save("dict_of_tensors", {"latent": torch.randn(1, 64, 2)}, readable=False)
    refused["dict_of_tensors"] = ["Unsupported", "is not allowed"]
    torch.save(torch.randn(1, 64, 2), os.path.join(out, "legacy_format.pt"), _use_new_zipfile_serialization=False)
    refused["legacy_format"] = ["Corrupt", "no zip end-of-central-directory record"]
    # The same archive, deflate-compressed.
    rewrite_zip(f32, os.path.join(out, "compressed.pt"), compression=zipfile.ZIP_DEFLATED)
    refused["compressed"] = ["Unsupported", "is compressed (method 8)"]
    # A crafted pickle asking for os.system (GLOBAL + REDUCE): must be refused, never run.
    marker = os.path.join(out, "pwned")
    evil = (b"\x80\x02cos\nsystem\nq\x00X" + len("touch " + marker).to_bytes(4, "little") +
            ("touch " + marker).encode() + b"q\x01\x85q\x02Rq\x03.")
    rewrite_zip(f32, os.path.join(out, "forbidden_os_system.pt"), replace={"data.pkl": evil})
    refused["forbidden_os_system"] = ["Unsupported", "GLOBAL os.system is not allowed"]

    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump({"torch": torch.__version__, "readable": expected, "refused": refused}, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
