"""Repeated content: a paragraph or a direct quote that appears twice in one file.

Scraped live blogs and syndicated pages often carry the same paragraph twice (a teaser and the
story, two updates quoting the same line). The later copy is reported, with ``related`` pointing
to the first. An exact repeated paragraph is removed by the fix (the first copy stays); a
repeated quote inside a different sentence is reported only.

A paragraph counts when it is a sentence of at least 8 words; a quote when its words match an
earlier quote's (ignoring case and punctuation) with a similarity of at least 0.9. When three or
more paragraphs close together repeat earlier ones in the same order, the page carries the text
twice (a print or mobile copy): that is one document-level finding, not one per paragraph. A line
that occurs three times or more is template text (a recurring interview question), not a copy.

Options: as for ``lineclass`` (``data``); the label is always ``duplicates``.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator

import regex

from lint.boilerplate_features import Line, Verdict
from lint.document import Document
from lint.engine import RunContext
from lint.finding import Finding
from lint.kinds.lineclass import LineClassKind

WORD = regex.compile(r"\w+(?:['’]\w+)*")
MIN_PARAGRAPH_WORDS = 8
MIN_QUOTE_WORDS = 8
SIMILARITY = 0.9
MAX_QUOTES = 400
BLOCK_GAP = 8  # copies this close (in lines), with originals as close, belong to one block
BLOCK_PARAGRAPHS = 3  # this many repeated paragraphs in a row: the text appears twice (one document finding)


_ASCII_WORDS = bytes(c if chr(c).isalnum() or chr(c) in "_'" else 32 for c in range(256))


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` (WORD), lowercased, apostrophes straightened.

    ASCII text without a doubled apostrophe is cut with bytes operations: every byte that is not
    a word character or an apostrophe becomes a space, and an apostrophe next to a space (not
    between two word characters, so not joining two runs as WORD does) becomes one too.
    """
    if text.isascii() and "''" not in text:
        s = text.encode("ascii").lower().translate(_ASCII_WORDS).decode("ascii")
        if "'" in s:
            s = f" {s} ".replace(" '", "  ").replace("' ", "  ")
        return tuple(s.split())
    return tuple(w.lower().replace("’", "'") for w in WORD.findall(text))


def find_duplicates(doc: Document, lines: list[Line]) -> list[Verdict]:
    """Later copies of repeated paragraphs and quotes."""
    out: list[Verdict] = []
    first: dict[tuple[str, ...], int] = {}
    repeats: dict[int, int] = {}  # position of a later copy -> position of the first
    count: Counter[tuple[str, ...]] = Counter()
    for k, ln in enumerate(lines):
        if not ln.sentence:
            continue
        words = _words(ln.text)
        if len(words) < MIN_PARAGRAPH_WORDS:
            continue
        count[words] += 1
        if words in first:
            repeats[k] = first[words]
        else:
            first[words] = k
    # A line that recurs three times or more is template text (an interview question), not a copy.
    repeats = {k: o for k, o in repeats.items() if count[_words(lines[k].text)] == 2}
    for run in _blocks(repeats):
        a, b = lines[run[0]], lines[run[-1]]
        if len(run) >= BLOCK_PARAGRAPHS:
            o1, o2 = lines[repeats[run[0]]], lines[repeats[run[-1]]]
            out.append(Verdict(a.index, "duplicates", a.start, b.end, False,
                               f"lines {a.index + 1}-{b.index + 1} repeat lines {o1.index + 1}-{o2.index + 1}: "
                               "the text appears twice", fixable=False, scope="document",
                               related=(o1.start, o2.end, "first copy of the repeated text")))
            continue
        for k in run:
            ln, orig = lines[k], lines[repeats[k]]
            out.append(Verdict(ln.index, "duplicates", ln.start, ln.end, True, f"repeats line {orig.index + 1}",
                               related=(orig.start, orig.end, "first copy of the repeated paragraph")))
    repeated = {lines[k].index for k in repeats}
    seen: list[tuple[tuple[str, ...], int, int]] = []
    for q in doc.quotes[:MAX_QUOTES]:
        line = doc.line_of(q.start)
        words = _words(doc.text[q.start : q.end])
        if len(words) < MIN_QUOTE_WORDS or line in repeated:
            continue
        match = next((s for s in seen if doc.line_of(s[1]) != line and _similar(s[0], words)), None)
        if match is None:
            seen.append((words, q.start, q.end))
            continue
        out.append(Verdict(line, "duplicates", q.start, q.end, False,
                           f"repeats the quote on line {doc.line_of(match[1]) + 1}", fixable=False,
                           related=(match[1], match[2], "first use of the repeated quote")))
    return out


def _blocks(repeats: dict[int, int]) -> list[list[int]]:
    """Group later copies into blocks: copies close together whose originals run in the same order."""
    blocks: list[list[int]] = []
    for k in sorted(repeats):
        last = blocks[-1][-1] if blocks else None
        if last is not None and k - last <= BLOCK_GAP and 0 < repeats[k] - repeats[last] <= BLOCK_GAP:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks


def _similar(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < SIMILARITY * max(len(a), len(b)):
        return False
    if len(set(a) & set(b)) < SIMILARITY * min(len(set(a)), len(set(b))):
        return False  # cheap test first: most quotes share few words
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILARITY


class DuplicatesKind(LineClassKind):
    OPTIONS = {"data": "boilerplate"}

    def setup(self) -> None:
        self.options["label"] = "duplicates"
        super().setup()

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        for v in self.verdicts(doc, ctx):
            if v.label == "duplicates":
                yield self.verdict_finding(doc, v)


KIND = DuplicatesKind
