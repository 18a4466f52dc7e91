"""The document model: decoded once per file, read by every rule.

A :class:`Document` holds the source text (original line endings kept) and, computed once and
lazily: line offsets, the prose view (non-prose Markdown blanked out, same offsets), word and
punctuation tokens, sentences, paragraphs and direct-quote regions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import regex

from lint import markdown

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
LINE_BREAK = regex.compile(r"\r\n|\r|\n")
TOKEN = regex.compile(r"\w+(?:['’]\w+)*|[^\w\s]", regex.V1)
# The same pattern as one capturing group: ``split`` gives gap, token, gap, token, ..., gap.
TOKEN_SPLIT = regex.compile(f"({TOKEN.pattern})", regex.V1)
# The same for the stdlib ``re``, possessive: a word can give back no letter to what follows it, so
# the matches are the same, found faster without backtracking points.
STDLIB_TOKEN_SPLIT = re.compile(r"(\w++(?:['’]\w++)*+|[^\w\s])")
# On ASCII text, ``re.ASCII`` classes are exactly those of ``regex`` (and faster to test).
ASCII_TOKEN_SPLIT = re.compile(STDLIB_TOKEN_SPLIT.pattern, re.ASCII)
# Characters that ``re`` and ``regex`` may class apart: all but ASCII, and "\x1c"-"\x1f" (white space for ``re`` only).
MAY_BE_CLASSED_APART = re.compile("[^\x00-\x1b\x20-\x7f]")
CHARACTER_CLASSES = tuple((re.compile(c), regex.compile(c, regex.V1)) for c in (r"\w", r"\s"))
ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")
DIRECTIVE_LINE = regex.compile(r"^[ \t]*(?:<!--\s*)?\[?wirelint:[^\r\n]*$", regex.M)
# Group 1 (the look-ahead) shows how far a sentence end had to look for its capital.
SENTENCE_END = regex.compile(r"[.!?]+[\"”’')\]]*(?=(\s+[\"“‘(\[]?[\p{Lu}\d]))")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj adm gov sen rep rev st jr sr co corp inc ltd no vs etc "
    "jan feb mar apr aug sept sep oct nov dec u.s u.k u.n e.g i.e a.m p.m ft mt".split()
)
ABBREVIATION_LENGTH = max(map(len, ABBREVIATIONS))  # a lowercased word is never shorter than the word
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen".split()
)


class Token(NamedTuple):
    """A word or a single punctuation mark, with its character offsets in the source."""

    start: int
    end: int
    text: str
    norm: str  # lowercased, curly apostrophes straightened
    is_word: bool


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Sentence(NamedTuple):
    start: int
    end: int
    first_token: int  # index into Document.tokens
    last_token: int  # exclusive


@functools.cache
def _classed_alike(char: str) -> bool:
    """Do ``re`` and ``regex`` agree on whether this character is a word character and white space?"""
    return all((ours.match(char) is None) == (theirs.match(char) is None) for ours, theirs in CHARACTER_CLASSES)


def _token_splitter(text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The stdlib twin of TOKEN_SPLIT when it splits this text alike, else TOKEN_SPLIT itself.

    The stdlib ``re`` splits about a third faster, but its Unicode ``\\w`` and ``\\s`` differ from those
    of ``regex`` for a few characters (combining marks, fractions, "\\x1c" to "\\x1f"), so it is used
    only when every character of the text outside plain ASCII is classed alike by both.
    """
    if text.isascii():  # a flag of the string in CPython: no scan
        return ASCII_TOKEN_SPLIT
    if all(map(_classed_alike, set(MAY_BE_CLASSED_APART.findall(text)))):
        return STDLIB_TOKEN_SPLIT
    return TOKEN_SPLIT


def normalise(word: str) -> str:
    """The lookup key of a token: lowercase, straight apostrophes."""
    return word.lower().replace("’", "'")


class Document:
    """One file's text and everything derived from it, computed once."""

    def __init__(self, text: str, path: str = "<text>", *, markdown_mode: bool | None = None) -> None:
        self.text = text
        self.path = path
        if markdown_mode is None:
            markdown_mode = any(path.lower().endswith(s) for s in MARKDOWN_SUFFIXES)
        self.is_markdown = markdown_mode

    def __getstate__(self) -> dict[str, object]:
        # Derived data is cheap to recompute and large to store: pickle the source only.
        return {"text": self.text, "path": self.path, "is_markdown": self.is_markdown}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    # ---- lines and positions -------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        if "\r" in self.text:
            return [0] + [m.end() for m in LINE_BREAK.finditer(self.text)]
        # "\n" breaks only: line k starts after k breaks and the first k lines' lengths (all C loops).
        lengths = itertools.accumulate(map(len, self.text.split("\n")[:-1]), initial=0)
        return list(map(operator.add, lengths, itertools.count()))

    @cached_property
    def line_ends(self) -> list[int]:
        """End of each line's content (before its line break)."""
        starts = self.line_starts
        if "\r" not in self.text:  # each break is one "\n" just before the next line's start
            return [*map(operator.sub, starts[1:], itertools.repeat(1)), len(self.text)]
        ends = []
        for i, start in enumerate(starts):
            nxt = starts[i + 1] if i + 1 < len(starts) else len(self.text)
            end = nxt
            while end > start and self.text[end - 1] in "\r\n":
                end -= 1
            ends.append(end)
        return ends

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_text(self, line: int) -> str:
        return self.text[self.line_starts[line] : self.line_ends[line]]

    def line_next_start(self, line: int) -> int:
        """Offset just past this line's line break (start of the next line)."""
        return self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)

    @cached_property
    def _has_astral(self) -> bool:
        return ASTRAL.search(self.text) is not None

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character) of an offset, the character in UTF-16 code units (LSP)."""
        line = self.line_of(offset)
        start = self.line_starts[line]
        col = offset - start
        if self._has_astral:
            col += len(ASTRAL.findall(self.text, start, start + col))
        return line, col

    def offset(self, line: int, character: int) -> int:
        """Inverse of :meth:`position` (UTF-16 character), clamped into the line."""
        if line >= len(self.line_starts):
            return len(self.text)
        start, end = self.line_starts[line], self.line_ends[line]
        if not self._has_astral:
            return min(start + max(character, 0), end)
        units, pos = 0, start
        while pos < end and units < character:
            units += 2 if ord(self.text[pos]) > 0xFFFF else 1
            pos += 1
        return pos

    # ---- prose view ----------------------------------------------------------------------
    @cached_property
    def non_prose(self) -> list[tuple[int, int]]:
        # A directive line holds "wirelint:" (most texts have none, and then need no search).
        spans = [m.span() for m in DIRECTIVE_LINE.finditer(self.text)] if "wirelint:" in self.text else []
        if self.is_markdown:
            spans += markdown.non_prose_spans(self.text)
        return markdown._merge(spans)

    @cached_property
    def prose(self) -> str:
        """The text with non-prose blanked to spaces: same length and line structure as ``text``."""
        return markdown.blank_out(self.text, self.non_prose)

    # ---- tokens --------------------------------------------------------------------------
    @cached_property
    def _token_columns(self) -> tuple[list[int], list[int], list[str], list[str], list[bool]]:
        """Starts, ends, texts, norms and is-word flags of the tokens, built column by column.

        One ``split`` of the prose gives the tokens with the gaps between them, so every offset is
        a running sum of lengths; the norms come from one ``lower`` of the tokens joined by a line
        break (a token never holds white space, and a line break ends a word for the final-sigma
        rule just as the end of a string does). Nothing here loops in Python per token except the
        is-word test.
        """
        parts = _token_splitter(self.prose).split(self.prose)
        texts = parts[1::2]
        if not texts:
            return [], [], [], [], []
        offsets = list(itertools.accumulate(map(len, parts)))
        starts, ends = offsets[0:-1:2], offsets[1::2]
        norms = "\n".join(texts).lower().replace("’", "'").split("\n")
        flags = [t[0].isalnum() or t[0] == "_" for t in texts]
        return starts, ends, texts, norms, flags

    @cached_property
    def tokens(self) -> list[Token]:
        starts, ends, texts, norms, flags = self._token_columns
        # tuple.__new__ is Token._make without its Python frame: one C call per token.
        return list(map(tuple.__new__, itertools.repeat(Token), zip(starts, ends, texts, norms, flags, strict=True)))

    @cached_property
    def token_starts(self) -> list[int]:
        return self._token_columns[0]

    @cached_property
    def token_norms(self) -> list[str]:
        """``t.norm`` of every token, as a list (the lookup key the phrase, name and variant rules scan)."""
        return self._token_columns[3]

    @cached_property
    def token_is_word(self) -> list[bool]:
        """``t.is_word`` of every token, as a list (no Token tuples needed)."""
        return self._token_columns[4]

    @cached_property
    def words(self) -> list[Token]:
        return list(itertools.compress(self.tokens, self.token_is_word))

    @cached_property
    def word_count(self) -> int:
        """``len(doc.words)`` without building the word tokens."""
        return self.token_is_word.count(True)

    # ---- paragraphs and sentences --------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """Prose paragraphs: each non-blank line in plain text, blank-line-separated blocks in Markdown."""
        if not self.is_markdown:
            lines = zip(self.line_starts, self.line_ends, strict=True)
            return [Span(start, end) for start, end in lines if self.prose[start:end].strip()]
        paras: list[Span] = []
        first: int | None = None  # start of the paragraph being read
        last = 0
        for start, end in zip(self.line_starts, self.line_ends, strict=True):
            if self.prose[start:end].strip():
                if first is None:
                    first = start
                last = end
            elif first is not None:
                paras.append(Span(first, last))
                first = None
        if first is not None:
            paras.append(Span(first, last))
        return paras

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences, cut at every sentence end and paragraph end of the prose.

        Paragraphs are separated by white space only, so one pass over all the cuts, dropping the
        blank pieces between paragraphs, gives each paragraph's sentences.
        """
        prose, token_starts = self.prose, self.token_starts
        para_ends = [p.end for p in self.paragraphs]
        cuts = sorted(self._sentence_ends(para_ends) + para_ends)
        out: list[Sentence] = []
        previous = 0
        for end in cuts:
            piece = prose[previous:end].lstrip()
            if piece:
                start = end - len(piece)
                out.append(Sentence(start, end, bisect.bisect_left(token_starts, start),
                                    bisect.bisect_left(token_starts, end)))
            previous = end
        return out

    def _sentence_ends(self, para_ends: list[int]) -> list[int]:
        """Ends of the sentences that stop before their paragraph's end, found in one pass over the prose.

        A sentence end looks ahead for white space and a capital: it counts only when that capital
        lies in the end's own paragraph (whose end, in ``para_ends``, is the first after it).
        """
        ends: list[int] = []
        for m in SENTENCE_END.finditer(self.prose):
            dot = m.start()
            if m.end(1) > para_ends[bisect.bisect_right(para_ends, dot)]:
                continue
            if self.prose[dot] == "." and self._is_abbreviation(dot):
                continue
            ends.append(m.end())
        return ends

    def _is_abbreviation(self, dot: int) -> bool:
        """Is the run of letters and dots before this dot an abbreviation or a single letter?"""
        # No abbreviation is longer than ABBREVIATION_LENGTH: a longer run (the common case, an
        # ordinary word) is told in three C calls instead of a Python loop over its letters.
        if dot > ABBREVIATION_LENGTH and self.prose[dot - ABBREVIATION_LENGTH - 1 : dot].replace(".", "a").isalpha():
            return False
        start = dot
        while start > 0 and (self.prose[start - 1].isalpha() or self.prose[start - 1] == "."):
            start -= 1
        word = self.prose[start:dot].lower()
        return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Token indices that begin a sentence (the first word after any opening quote)."""
        is_word = self.token_is_word
        starts = set()
        for s in self.sentences:
            try:
                starts.add(is_word.index(True, s.first_token, s.last_token))
            except ValueError:  # no word in the sentence
                starts.add(s.last_token)
        return frozenset(starts)

    # ---- quotes --------------------------------------------------------------------------
    @cached_property
    def quotes(self) -> list[Span]:
        from lint.quotes import quote_regions

        return quote_regions(self.prose, self.paragraphs)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end

    @cached_property
    def _quoted_token_ranges(self) -> list[tuple[int, int]]:
        """Token index ranges ``[i, j)`` inside quotes: a token belongs to the last quote that starts
        at or before it, and is inside while it starts before that quote's end."""
        starts = self.token_starts
        quotes = self.quotes
        ranges = []
        for k, q in enumerate(quotes):
            stop = min(q.end, quotes[k + 1].start) if k + 1 < len(quotes) else q.end
            i, j = bisect.bisect_left(starts, q.start), bisect.bisect_left(starts, stop)
            if j > i:
                ranges.append((i, j))
        return ranges

    @cached_property
    def token_in_quote(self) -> list[bool]:
        """``in_quote(t.start)`` for every token, filled quote by quote."""
        flags = [False] * len(self.token_starts)
        for i, j in self._quoted_token_ranges:
            flags[i:j] = [True] * (j - i)
        return flags

    @cached_property
    def narration_word_count(self) -> int:
        """Words outside quotes: all words less those in the quoted ranges (counted in C)."""
        is_word = self.token_is_word
        return is_word.count(True) - sum(is_word[i:j].count(True) for i, j in self._quoted_token_ranges)
