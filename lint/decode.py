"""Turn file bytes into text once, recording (never hiding) what could not be decoded."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY = "binary file (contains NUL bytes)"


class BinaryFileError(ValueError):
    """Raised for input that is not text (NUL bytes outside UTF-16)."""


@dataclass(slots=True)
class InvalidByte:
    """A byte sequence that is not valid in the file's encoding."""

    byte_offset: int
    char_offset: int
    length: int


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes = b""
    invalid: list[InvalidByte] = field(default_factory=list)

    @property
    def lossless(self) -> bool:
        """True when encoding ``text`` again gives back the original bytes."""
        return not self.invalid

    def encode(self, text: str) -> bytes:
        """Encode text the way the file was encoded (same codec, same BOM)."""
        return self.bom + text.encode(self.encoding)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode file bytes: BOM first, then the configured encoding (default UTF-8).

    A NUL anywhere in the text (not only near the start) means a binary file: BinaryFileError.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _text_only(_decode_with(data[len(bom) :], codec, bom))
    codec = encoding or "utf-8"
    if b"\x00" in data and not _wide(codec):  # fast path: no decoding of a large binary file
        raise BinaryFileError(BINARY)
    return _text_only(_decode_with(data, codec, b""))


def _wide(codec: str) -> bool:
    """Does the codec write NUL bytes for plain ASCII (UTF-16, UTF-32)?"""
    try:
        return b"\x00" in "a".encode(codec)
    except LookupError as err:
        raise ValueError(f"unknown encoding {codec!r}") from err


def _text_only(decoded: Decoded) -> Decoded:
    if "\x00" in decoded.text:
        raise BinaryFileError(BINARY)
    return decoded


def _decode_with(data: bytes, codec: str, bom: bytes) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec, bom)
    except UnicodeDecodeError:
        pass
    except LookupError as err:
        raise ValueError(f"unknown encoding {codec!r}") from err
    # Decode piece by piece so each invalid sequence is reported with its byte offset.
    parts: list[str] = []
    invalid: list[InvalidByte] = []
    pos, chars = 0, 0
    decoder = codecs.getincrementaldecoder(codec)("strict")
    while pos < len(data):
        try:
            piece = decoder.decode(data[pos:], final=True)
        except UnicodeDecodeError as err:
            good = data[pos : pos + err.start].decode(codec)
            parts.append(good)
            chars += len(good)
            invalid.append(InvalidByte(len(bom) + pos + err.start, chars, err.end - err.start))
            parts.append("\ufffd")
            chars += 1
            pos += err.end
            decoder.reset()
            continue
        parts.append(piece)
        break
    return Decoded("".join(parts), codec, bom, invalid)
