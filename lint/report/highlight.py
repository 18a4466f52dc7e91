"""Mark up ranges of a text, line by line, so that every range appears as exactly one anchor element.

Ranges may nest, cross, repeat, run over line breaks or be empty. Each range is drawn as one
*anchor* element (its first piece, carrying its id) plus *continuation* pieces where it has to be
split: at a line break, or where it crosses another range (the inner one is closed and reopened
around the outer one's end, the way an HTML parser mends misnested formatting tags). An empty
range is an empty anchor at its position, so nothing is ever lost.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from lint.report.markup import esc


@dataclass(frozen=True)
class Span:
    """A range of the text and the markup that draws it."""

    start: int
    end: int
    open: str  # opening tag of the anchor (the first piece)
    cont: str  # opening tag of any later piece
    close: str  # closing tag of every piece
    after: str = ""  # markup placed right after the range's last piece


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    span: int


def line_of(line_starts: Sequence[int], offset: int) -> int:
    return max(0, bisect_right(line_starts, offset) - 1)


def highlight_lines(text: str, line_starts: Sequence[int], line_ends: Sequence[int],
                    spans: Sequence[Span]) -> list[str]:
    """The HTML of each line (line breaks excluded) with every span drawn in it."""
    pieces: dict[int, list[_Piece]] = defaultdict(list)
    empties: dict[int, list[tuple[int, int]]] = defaultdict(list)  # line -> [(offset, span)]
    last: dict[int, tuple[int, int]] = {}  # span -> (line, end offset) of its last piece
    n_lines = len(line_starts)
    for k, s in enumerate(spans):
        first = line_of(line_starts, s.start)
        line = first
        while line < n_lines and line_starts[line] < max(s.end, s.start + 1):
            a, b = max(s.start, line_starts[line]), min(s.end, line_ends[line])
            if a < b:
                pieces[line].append(_Piece(a, b, k))
                last[k] = (line, b)
            line += 1
        if k not in last:
            at = min(max(s.start, line_starts[first]), line_ends[first])
            empties[first].append((at, k))
    started = [False] * len(spans)
    return [_line(text, i, line_starts[i], line_ends[i], pieces.get(i, []), empties.get(i, []),
                  spans, started, last) for i in range(n_lines)]


def _line(text: str, line: int, start: int, end: int, pieces: list[_Piece], empties: list[tuple[int, int]],
          spans: Sequence[Span], started: list[bool], last: dict[int, tuple[int, int]]) -> str:
    if not pieces and not empties:
        return esc(text[start:end])
    pieces = sorted(pieces, key=lambda p: (p.start, -p.end, p.span))
    empty_at: dict[int, list[int]] = defaultdict(list)
    for at, k in empties:
        empty_at[at].append(k)
    stops = sorted({p.start for p in pieces} | {p.end for p in pieces} | set(empty_at) | {end})
    out: list[str] = []
    stack: list[_Piece] = []  # open pieces, outermost first
    pos, nxt = start, 0
    for at in stops:
        out.append(esc(text[pos:at]))
        pos = at
        ending = next((j for j, p in enumerate(stack) if p.end == at), None)
        if ending is not None:
            above = stack[ending:]
            del stack[ending:]
            for p in reversed(above):
                out.append(spans[p.span].close)
                if last.get(p.span) == (line, at) and p.end == at:
                    out.append(spans[p.span].after)
            for p in above:
                if p.end != at:  # crossed by the one that ended: reopen it
                    out.append(spans[p.span].cont)
                    stack.append(p)
        for k in empty_at.get(at, ()):
            s = spans[k]
            out.append(s.open + s.close + s.after)
            started[k] = True
        while nxt < len(pieces) and pieces[nxt].start == at:
            p = pieces[nxt]
            out.append(spans[p.span].cont if started[p.span] else spans[p.span].open)
            started[p.span] = True
            stack.append(p)
            nxt += 1
    return "".join(out)
