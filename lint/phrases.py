"""Hashed phrase tables: every lexicon entry is found in one pass over the tokens.

Entries are indexed by their first token and then by their whole token sequence, and the scan
visits only the tokens where an entry can start: a one-token entry's word, or the first two
tokens of a longer entry (two C-level passes over a document's norms find them). A candidate
position costs one lookup per distinct phrase length. Several tables (one per lexicon rule) can
share one pass with :class:`PhraseScan`: the index is merged, each entry tagged with its table,
and every table still gets exactly the matches it would find alone.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress, count, pairwise
from typing import TYPE_CHECKING, NamedTuple

from lint.document import NUMBER_WORDS

if TYPE_CHECKING:
    from lint.document import Document
    from lint.lexfile import Entry

PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
NEAR_WINDOW = 6

Match = tuple[int, int, "Entry"]  # (first token, end token exclusive, entry)
# first token -> ((length, {all tokens: [(table, entry), ...]}), ...), longest first
ByFirst = dict[str, tuple[tuple[int, dict[tuple[str, ...], list[tuple[int, "Entry"]]]], ...]]


class Index(NamedTuple):
    """The entries of one or more tables, indexed for :func:`_scan`."""

    by_first: ByFirst
    singles: frozenset[str]  # the one-token entries
    pairs: frozenset[tuple[str, str]]  # the first two tokens of the longer entries


class PhraseTable:
    """Find lexicon entries in a document's token stream."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = entries if isinstance(entries, list) else list(entries)
        self._index: Index | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_index": None}  # rebuilt when needed: a shared scan has its own

    def matches(self, doc: Document) -> Iterator[Match]:
        """Yield (first token, end token exclusive, entry), non-overlapping, longest first."""
        if self._index is None:
            self._index = _build_index([(0, e) for e in self.entries])
        return iter(_scan(doc, self._index, 1)[0])


class PhraseScan:
    """Several tables found in one pass; each table's matches are those it finds alone.

    The last document's results are kept, so the rules sharing a scan pay for one pass between
    them (the first to ask runs it).
    """

    def __init__(self, tables: Sequence[PhraseTable]) -> None:
        self._index = _build_index([(t, e) for t, table in enumerate(tables) for e in table.entries])
        self._members = list(tables)
        self._last: tuple[weakref.ref[Document], list[list[Match]]] | None = None

    def covers(self, tables: Sequence[PhraseTable]) -> bool:
        """Is this the scan of exactly these tables, in this order?"""
        return len(tables) == len(self._members) and all(a is b for a, b in zip(tables, self._members, strict=True))

    def __getstate__(self) -> dict[str, object]:
        return {**self.__dict__, "_last": None}  # the last document's matches are not kept

    def matches(self, doc: Document, table: int) -> list[Match]:
        """The matches of the ``table``-th table in ``doc``."""
        last = self._last
        if last is not None and last[0]() is doc:
            return last[1][table]
        found = _scan(doc, self._index, len(self._members))
        self._last = (weakref.ref(doc), found)
        return found[table]


def _build_index(tagged: list[tuple[int, Entry]]) -> Index:
    """Index (table, entry) pairs by first token, then by length (longest first) and whole token
    tuple. Among entries with the same tokens, those with context conditions come first (a stable
    sort, so file order otherwise; each table's entries keep that order among themselves)."""
    by_first: dict[str, dict[int, dict[tuple[str, ...], list[tuple[int, Entry]]]]] = {}
    for t, entry in tagged:
        tokens = entry.tokens
        by_first.setdefault(tokens[0], {}).setdefault(len(tokens), {}).setdefault(tokens, []).append((t, entry))
    return Index(
        {first: tuple((n, {key: sorted(same, key=_context_last) for key, same in keyed.items()})
                      for n, keyed in sorted(lengths.items(), reverse=True))
         for first, lengths in by_first.items()},
        frozenset(entry.tokens[0] for _, entry in tagged if len(entry.tokens) == 1),
        frozenset((entry.tokens[0], entry.tokens[1]) for _, entry in tagged if len(entry.tokens) > 1),
    )


def _context_last(tagged: tuple[int, Entry]) -> bool:
    return tagged[1].has_context is False


def _scan(doc: Document, index: Index, tables: int) -> list[list[Match]]:
    """Every table's matches: at each token, per table, the longest entry that fits and applies;
    a table's next match starts after its last one ends (tables never block each other)."""
    norms = doc.token_norms
    tokens = doc.tokens
    text = doc.text
    n = len(norms)
    by_first = index.by_first
    found: list[list[Match]] = [[] for _ in range(tables)]
    free = [0] * tables  # per table: the first token a new match may start at
    for i in _starts(norms, index):
        for size, keyed in by_first[norms[i]]:
            end = i + size
            if end > n:
                continue
            candidates = keyed.get(tuple(norms[i:end]))
            if candidates is None:
                continue
            broken = None
            for t, entry in candidates:
                if free[t] > i:
                    continue
                if broken is None:  # a phrase never runs over a line break
                    span = text[tokens[i].start : tokens[end - 1].end]
                    broken = "\n" in span or "\r" in span
                    if broken:
                        break
                if entry.case and not _same_case(tokens, i, entry):
                    continue
                if applies(doc, i, end, entry):
                    found[t].append((i, end, entry))
                    free[t] = end
    return found


def _starts(norms: list[str], index: Index) -> list[int]:
    """The token indices, ascending, where an entry can start: a one-token entry's word, or the
    first two tokens of a longer entry (no other position can match; the rest is checked there)."""
    one = compress(count(), map(index.singles.__contains__, norms))
    two = compress(count(), map(index.pairs.__contains__, pairwise(norms)))
    return sorted({*one, *two})


def _same_case(tokens: Sequence, i: int, entry: Entry) -> bool:
    """A ``case`` entry: each token written as in the lexicon (apostrophes either way)."""
    return all(tokens[i + k].text.replace("’", "'") == raw.replace("’", "'")
               for k, raw in enumerate(entry.raw_tokens))


def word_matches(doc: Document, index: int, words: frozenset[str]) -> bool:
    """Does the token at ``index`` match one of ``words`` (literal words or @classes)?"""
    if index < 0 or index >= len(doc.tokens):
        return False
    tok = doc.tokens[index]
    if tok.norm in words:
        return True
    if "@cap" in words and tok.text[:1].isupper():
        return True
    if "@name" in words and tok.text[:1].isupper() and index not in doc.sentence_starts:
        return True
    if "@num" in words and (tok.text.isdigit() or tok.norm in NUMBER_WORDS):
        return True
    return "@pron" in words and tok.norm in PRONOUNS


def applies(doc: Document, i: int, end: int, entry: Entry) -> bool:
    """Check an entry's context conditions around tokens [i, end)."""
    if entry.prev is not None and not word_matches(doc, i - 1, entry.prev):
        return False
    if entry.next is not None and not word_matches(doc, end, entry.next):
        return False
    if entry.not_prev is not None and word_matches(doc, i - 1, entry.not_prev):
        return False
    if entry.not_next is not None and word_matches(doc, end, entry.not_next):
        return False
    if entry.near is not None or entry.not_near is not None:
        window = [k for k in range(max(0, i - NEAR_WINDOW), min(len(doc.tokens), end + NEAR_WINDOW))
                  if not i <= k < end]
        if entry.near is not None and not any(word_matches(doc, k, entry.near) for k in window):
            return False
        if entry.not_near is not None and any(word_matches(doc, k, entry.not_near) for k in window):
            return False
    return True


def adapt_case(replacement: str, matched: str) -> str:
    """Give the replacement the case pattern of the text it replaces."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and len(matched.split()) > 1:
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
