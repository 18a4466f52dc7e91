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

import regex

from lint.boilerplate_features import Line, Verdict, ascii_words_text
from lint.document import Document
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

    Text that :func:`ascii_words_text` makes ASCII (no word character beyond ASCII: "£" and
    curly quotes are separators, ’ an apostrophe) and that holds no doubled apostrophe is cut
    with bytes operations: every byte that is not a word character or an apostrophe becomes a
    space, and an apostrophe next to a space (not between two word characters, so not joining
    two runs as WORD does) becomes one too.
    """
    plain = ascii_words_text(text)
    if plain is not None and "''" not in plain:
        s = plain.encode("ascii").lower().translate(_ASCII_WORDS).decode("ascii")
        if "'" in s:
            s = f" {s} ".replace(" '", "  ").replace("' ", "  ")
        return tuple(s.split())
    return tuple(w.lower().replace("’", "'") for w in WORD.findall(text))


_NOT_WORD_BYTES = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))


def _letters(text: str) -> str:
    """The word characters of ``text``, lowercased: ``"".join(_words(text))`` without its apostrophes.

    Texts with the same words have the same letters, so lines are cut into words only when they
    share their letters with another line (cheaper: no split, no tuple).
    """
    plain = ascii_words_text(text)
    if plain is None:
        return "".join(_words(text)).replace("'", "")
    return plain.encode("ascii").lower().translate(None, _NOT_WORD_BYTES).decode("ascii")


def _repeated_paragraphs(lines: list[Line]) -> dict[int, int]:
    """Position of each later copy of a paragraph -> position of its first copy.

    A paragraph is a sentence line of at least MIN_PARAGRAPH_WORDS words. A paragraph that recurs
    three times or more is template text (an interview question), not a copy.
    """
    groups: dict[str, list[int]] = {}  # letters -> positions of the sentence lines holding them
    for k, ln in enumerate(lines):
        if ln.sentence:
            groups.setdefault(_letters(ln.text), []).append(k)
    repeats: dict[int, int] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        first: dict[tuple[str, ...], int] = {}
        count: Counter[tuple[str, ...]] = Counter()
        later: dict[int, tuple[str, ...]] = {}
        for k in group:
            words = _words(lines[k].text)
            if len(words) < MIN_PARAGRAPH_WORDS:
                continue
            count[words] += 1
            if words in first:
                later[k] = words
            else:
                first[words] = k
        repeats.update((k, first[words]) for k, words in later.items() if count[words] == 2)
    return repeats


def find_duplicates(doc: Document, lines: list[Line]) -> list[Verdict]:
    """Later copies of repeated paragraphs and quotes."""
    out: list[Verdict] = []
    repeats = _repeated_paragraphs(lines)
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
    out += _repeated_quotes(doc, {lines[k].index for k in repeats})
    return out


def _repeated_quotes(doc: Document, repeated: set[int]) -> list[Verdict]:
    """Quotes that repeat an earlier quote on another line (not on the ``repeated`` lines)."""
    out: list[Verdict] = []
    seen: list[tuple[tuple[str, ...], frozenset[str], int, int, int]] = []  # words, their set, start, end, line
    for q in doc.quotes[:MAX_QUOTES]:
        line = doc.line_of(q.start)
        if line in repeated:
            continue
        words = _words(doc.text[q.start : q.end])
        if len(words) < MIN_QUOTE_WORDS:
            continue
        types = frozenset(words)
        match = next((s for s in seen if s[4] != line and _similar(s[0], s[1], words, types)), None)
        if match is None:
            seen.append((words, types, q.start, q.end, line))
            continue
        out.append(Verdict(line, "duplicates", q.start, q.end, False,
                           f"repeats the quote on line {match[4] + 1}", fixable=False,
                           related=(match[2], match[3], "first use of the repeated quote")))
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


def _similar(a: tuple[str, ...], a_types: frozenset[str], b: tuple[str, ...], b_types: frozenset[str]) -> bool:
    """Two quotes' words (and their sets) match with a similarity of at least SIMILARITY."""
    if a == b:
        return True
    if min(len(a), len(b)) < SIMILARITY * max(len(a), len(b)):
        return False
    if len(a_types & b_types) < SIMILARITY * min(len(a_types), len(b_types)):
        return False  # cheap test first: most quotes share few words
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILARITY


class DuplicatesKind(LineClassKind):
    OPTIONS = {"data": "boilerplate"}

    def setup(self) -> None:
        self.options["label"] = "duplicates"
        super().setup()


KIND = DuplicatesKind
