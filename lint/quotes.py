"""Direct-quote regions: the speaker's words, which most rules leave alone.

Handles curly and straight double quotes, British single quotes in headlines, and the news
convention of a quote running over several paragraphs, each reopening with a quote mark but
only the last one closing.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from lint.document import Span

OPENER_BEFORE = frozenset(" \t\r\n([{—–-/:;,")
DOUBLE_MARK = regex.compile(r'[“”"]')
# A single mark that can open a quote: at the start of the text or after one of OPENER_BEFORE (a
# paragraph starts a line, so this also covers "at the start of its paragraph").
SINGLE_OPENER = regex.compile(f"(?<![^{''.join(map(regex.escape, sorted(OPENER_BEFORE)))}])[‘']")


def quote_regions(prose: str, paragraphs: Sequence[Span]) -> list[Span]:
    """All direct-quote regions, sorted, each from its opening mark to its closing mark inclusive.

    Each kind of mark is found by one scan of the whole prose; every mark lies in a paragraph
    (marks are not white space), and the paragraph ends bound the regions.
    """
    from lint.document import Span

    para_ends = [p.end for p in paragraphs]
    doubles = _double_quotes(prose, paragraphs, para_ends)
    double_starts = [a for a, _ in doubles]
    regions = [Span(a, b) for a, b in doubles]
    for a, b in _single_quotes(prose, para_ends):
        k = bisect.bisect_right(double_starts, a) - 1  # the last double quote opened at or before a
        if k < 0 or not a < doubles[k][1]:
            regions.append(Span(a, b))
    return sorted(regions, key=lambda s: s.start)


def _double_quotes(text: str, paragraphs: Sequence[Span], para_ends: list[int]) -> list[tuple[int, int]]:
    """Double-quote regions; a quote still open at its paragraph's end runs to that end."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    start = end = -1  # the paragraph of the current mark
    for m in DOUBLE_MARK.finditer(text):  # the marks only, not every character
        pos, ch = m.start(), m.group()
        if pos >= end:  # the first mark of a later paragraph
            if opened is not None:  # runs on into the next paragraph (which reopens) or is unbalanced
                out.append((opened, end))
                opened = None
            para = paragraphs[bisect.bisect_right(para_ends, pos)]
            start, end = para.start, para.end
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
    if opened is not None:
        out.append((opened, end))
    return out


def _single_quotes(text: str, para_ends: list[int]) -> list[tuple[int, int]]:
    """Single-quote regions: an opener before a letter or digit, closed within its paragraph."""
    out: list[tuple[int, int]] = []
    pos = 0  # marks before this are inside a quote already found
    for m in SINGLE_OPENER.finditer(text):
        at = m.start()
        if at < pos:
            continue
        end = para_ends[bisect.bisect_right(para_ends, at)]
        if at + 1 < end and text[at + 1].isalnum():
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
