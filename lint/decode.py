"""Turn file bytes into text once, recording (never hiding) what could not be decoded."""

from __future__ import annotations

import codecs
import threading
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
    # One pass finds every invalid sequence, a second decodes the valid runs between them, so each
    # is reported with its byte and character offset in time linear in the file (not per error).
    _found.spans = []
    data.decode(codec, _RECORD)
    spans, _found.spans = _found.spans, []
    parts: list[str] = []
    invalid: list[InvalidByte] = []
    pos, chars = 0, 0
    for start, end in spans:
        good = data[pos:start].decode(codec, "replace")
        parts.append(good)
        chars += len(good)
        invalid.append(InvalidByte(len(bom) + start, chars, end - start))
        parts.append("\ufffd")
        chars += 1
        pos = end
    parts.append(data[pos:].decode(codec, "replace"))
    return Decoded("".join(parts), codec, bom, invalid)


_RECORD = "wirelint-record-invalid"
_found = threading.local()


def _record(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    _found.spans.append((err.start, err.end))
    return "\ufffd", err.end


codecs.register_error(_RECORD, _record)
