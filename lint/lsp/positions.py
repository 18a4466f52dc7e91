"""LSP positions: (line, character) where character counts code units of the negotiated encoding.

Lines are split exactly as :class:`lint.document.Document` splits them (``\\r\\n``, ``\\r``, ``\\n``),
which is also what the LSP specification prescribes. ``wirelint check --format json`` reports
UTF-16 columns; :func:`convert_diagnostic` re-expresses such a diagnostic for a client that
negotiated UTF-8 or UTF-32, so every diagnostic still comes from the one JSON code path.
"""

from __future__ import annotations

from typing import Any

from lint.document import Document

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
ENCODINGS = (UTF8, UTF16, UTF32)


def char_units(ch: str, encoding: str) -> int:
    """How many code units one code point takes in ``encoding``."""
    if encoding == UTF32:
        return 1
    if encoding == UTF16:
        return 2 if ord(ch) > 0xFFFF else 1
    return len(ch.encode("utf-8", "surrogatepass"))


def text_units(text: str, encoding: str) -> int:
    if encoding == UTF32 or text.isascii():
        return len(text)
    return sum(char_units(ch, encoding) for ch in text)


def column_to_index(line_text: str, column: int, encoding: str) -> int:
    """Code-point index in ``line_text`` of a column in code units.

    A column inside a multi-unit character rounds up to the character's end; a column past the
    line's content stays past it by the same amount (positions inside a line break).
    """
    column = max(column, 0)
    if encoding == UTF32 or line_text.isascii():
        return column
    units = 0
    for i, ch in enumerate(line_text):
        if units >= column:
            return i
        units += char_units(ch, encoding)
    return len(line_text) + max(column - units, 0)


def index_to_column(line_text: str, index: int, encoding: str) -> int:
    """Column in code units of a code-point index in ``line_text`` (the inverse of the above)."""
    if index <= len(line_text):
        return text_units(line_text[:index], encoding)
    return text_units(line_text, encoding) + index - len(line_text)


def offset_at(doc: Document, line: int, column: int, encoding: str) -> int:
    """Character offset into ``doc.text`` of an LSP position, clamped to the document."""
    if line < 0:
        return 0
    if line >= doc.line_count:
        return len(doc.text)
    start = doc.line_starts[line]
    index = column_to_index(doc.line_text(line), column, encoding)
    return min(start + index, doc.line_next_start(line))


def position_at(doc: Document, offset: int, encoding: str) -> dict[str, int]:
    """The LSP position (as JSON) of a character offset."""
    offset = min(max(offset, 0), len(doc.text))
    line = doc.line_of(offset)
    return {"line": line, "character": index_to_column(doc.line_text(line), offset - doc.line_starts[line],
                                                       encoding)}


def _from_utf16(doc: Document, pos: dict[str, int], encoding: str) -> dict[str, int]:
    line = pos["line"]
    if line >= doc.line_count:
        return dict(pos)
    text = doc.line_text(line)
    return {"line": line, "character": index_to_column(text, column_to_index(text, pos["character"], UTF16),
                                                       encoding)}


def convert_range(doc: Document, rng: dict[str, Any], encoding: str) -> dict[str, Any]:
    """A UTF-16 range (as JSON) in ``encoding`` units."""
    if encoding == UTF16:
        return rng
    return {"start": _from_utf16(doc, rng["start"], encoding), "end": _from_utf16(doc, rng["end"], encoding)}


def convert_diagnostic(doc: Document, diag: dict[str, Any], encoding: str) -> dict[str, Any]:
    """A diagnostic from :func:`lint.formats.json.diagnostic` with every range in ``encoding`` units."""
    if encoding == UTF16:
        return diag
    out = dict(diag)
    out["range"] = convert_range(doc, diag["range"], encoding)
    related = diag.get("relatedInformation")
    if related:
        out["relatedInformation"] = [
            {**r, "location": {**r["location"],
                               "range": convert_range(doc, r["location"]["range"], encoding)}}
            for r in related]
    fix = diag.get("data", {}).get("fix")
    if fix:
        out["data"] = {**diag["data"], "fix": {**fix, "range": convert_range(doc, fix["range"], encoding)}}
    return out
