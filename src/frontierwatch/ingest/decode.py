"""Bytes -> text: size limit, empty and binary detection, UTF-8 / UTF-16 (BOM) / cp1252 decoding."""
from __future__ import annotations

import codecs

from ..errors import InputError

# leading bytes of common binary formats, named so the skip reason says what the file was
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office file"), (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf", "7z archive"),
)


def human_size(n: int) -> str:
    """'6.2 MB' style size for messages."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def check_size(path: str, size: int, max_bytes: int) -> None:
    """Raise InputError when `size` is over the limit."""
    if size > max_bytes:
        raise InputError(path, f"file too large ({human_size(size)} > {human_size(max_bytes)} limit; "
                               "raise it with --max-bytes)")


def decode_bytes(path: str, data: bytes) -> str:
    """Decode input bytes to text; InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32")):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"cannot decode {codec.upper()} text (byte {exc.start})") from None
            return _non_empty(path, text)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({kind})")
    head = data[:8192]
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in head)
    if b"\x00" in head or controls > max(2, len(head) // 100):
        raise InputError(path, "binary file (not text)")
    try:
        return _non_empty(path, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        return _non_empty(path, data.decode("cp1252"))
    except UnicodeDecodeError as exc:
        raise InputError(path, f"cannot decode text at byte {exc.start} (tried UTF-8, UTF-16, cp1252)") from None


def _non_empty(path: str, text: str) -> str:
    if not text.strip():
        raise InputError(path, "empty file")
    return text
