"""A hashed phrase table: every lexicon entry is found in one pass over the tokens.

Entries are indexed by their first token, so the cost per token is one dict lookup however
many entries a pack holds; candidates are then compared token by token, longest first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from lint.document import NUMBER_WORDS

if TYPE_CHECKING:
    from lint.document import Document
    from lint.lexfile import Entry

PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
NEAR_WINDOW = 6


class PhraseTable:
    """Find lexicon entries in a document's token stream."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        index: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            index[entry.tokens[0]].append(entry)
        for bucket in index.values():
            bucket.sort(key=lambda e: (-len(e.tokens), e.has_context is False))
        self._index = dict(index)

    def __len__(self) -> int:
        return sum(len(b) for b in self._index.values())

    def matches(self, doc: Document) -> Iterator[tuple[int, int, Entry]]:
        """Yield (first token, end token exclusive, entry), non-overlapping, longest first."""
        tokens = doc.tokens
        index = self._index
        n = len(tokens)
        i = 0
        while i < n:
            bucket = index.get(tokens[i].norm)
            if bucket:
                for entry in bucket:
                    end = i + len(entry.tokens)
                    if end <= n and _same(doc, i, entry) and applies(doc, i, end, entry):
                        yield i, end, entry
                        i = end - 1
                        break
            i += 1


def _same(doc: Document, i: int, entry: Entry) -> bool:
    tokens = doc.tokens
    for k, word in enumerate(entry.tokens):
        tok = tokens[i + k]
        if tok.norm != word:
            return False
        if entry.case and tok.text.replace("’", "'") != entry.raw_tokens[k].replace("’", "'"):
            return False
    # A phrase never runs over a line break.
    span = doc.text[tokens[i].start : tokens[i + len(entry.tokens) - 1].end]
    return "\n" not in span and "\r" not in span


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
