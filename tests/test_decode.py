"""Decoding: BOMs, invalid bytes reported with offsets, binary files refused."""

from __future__ import annotations

import codecs

import pytest

from lint.decode import BinaryFileError, decode


def test_utf8_bom_is_kept_for_writing_back() -> None:
    d = decode(codecs.BOM_UTF8 + "Héllo".encode())
    assert d.text == "Héllo" and d.encode(d.text) == codecs.BOM_UTF8 + "Héllo".encode()


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    d = decode(bom + "White Home\n".encode(codec))
    assert d.text == "White Home\n" and d.lossless


def test_invalid_utf8_is_reported_with_byte_offset_and_rest_kept() -> None:
    d = decode(b"abc\xffdef\xc3(ok")
    assert d.text == "abc\ufffddef\ufffd(ok"
    assert [(b.byte_offset, b.char_offset) for b in d.invalid] == [(3, 3), (7, 7)]
    assert not d.lossless


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(BinaryFileError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00")


def test_configured_latin1() -> None:
    assert decode("£5".encode("latin-1"), "latin-1").text == "£5"
