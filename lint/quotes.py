"""Direct-quote regions: the speaker's words, which most rules leave alone.

Handles curly and straight double quotes, British single quotes in headlines, and the news
convention of a quote running over several paragraphs, each reopening with a quote mark but
only the last one closing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from lint.document import Span

OPENER_BEFORE = frozenset(" \t\r\n([{—–-/:;,")
DOUBLE_MARK = regex.compile(r'[“”"]')
SINGLE_OPENER = regex.compile(r"[‘']")


def quote_regions(prose: str, paragraphs: Sequence[Span]) -> list[Span]:
    """All direct-quote regions, sorted, each from its opening mark to its closing mark inclusive."""
    from lint.document import Span

    regions: list[Span] = []
    for para in paragraphs:
        regions.extend(Span(a, b) for a, b in _double_quotes(prose, para.start, para.end))
    singles: list[Span] = []
    for para in paragraphs:
        for a, b in _single_quotes(prose, para.start, para.end):
            if not any(r.start <= a < r.end for r in regions):
                singles.append(Span(a, b))
    return sorted(regions + singles, key=lambda s: s.start)


def _double_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for m in DOUBLE_MARK.finditer(text, start, end):  # the marks only, not every character
        pos, ch = m.start(), m.group()
        if ch == "“":
            if opened is None:
                opened = pos
        elif ch == "”":
            if opened is not None:
                out.append((opened, pos + 1))
                opened = None
        elif opened is None:  # a straight mark
            if pos == start or text[pos - 1] in OPENER_BEFORE:
                opened = pos
        else:
            out.append((opened, pos + 1))
            opened = None
    if opened is not None:  # runs on into the next paragraph (which reopens) or is unbalanced
        out.append((opened, end))
    return out


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start  # marks before this are inside a quote already found
    for m in SINGLE_OPENER.finditer(text, start, end):
        at = m.start()
        if at < pos:
            continue
        opens = at == start or text[at - 1] in OPENER_BEFORE
        if opens and at + 1 < end and text[at + 1].isalnum():
            close = _find_single_close(text, at + 1, end, "’" if m.group() == "‘" else "'")
            if close is not None:
                out.append((at, close + 1))
                pos = close + 1
    return out


def _find_single_close(text: str, pos: int, end: int, closer: str) -> int | None:
    i = text.find(closer, pos, end)
    while i >= 0:
        if text[i - 1] not in " \t" and (i + 1 >= end or not text[i + 1].isalnum()):
            return i
        i = text.find(closer, i + 1, end)
    return None
