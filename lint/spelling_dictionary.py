"""The spelling rule's word list: pyspellchecker's English words and frequencies, loaded fast.

pyspellchecker ships its dictionary as gzipped JSON (160,000 words); parsing it costs a quarter
of a second, and even a pickled ``dict`` takes 30 ms to rebuild. So the data file is read
directly (pyspellchecker itself is never imported: its loader lowercases the keys and sums words
that differ only in case, and so does :func:`read_pyspellchecker`), and the cache folder
(:func:`lint.packcache.cached_object`) keeps what is derived from it in a form that loads in a
few milliseconds: the words sorted as one newline-joined string, the counts as a packed integer
array, the words spelt backwards and sorted, and the letter contexts (:func:`letter_contexts`)
pickled apart. Membership and counts are a binary search, in the chunk of the list a word falls
in until enough look-ups call for splitting the whole list. What only the search for corrections
needs is made on first use: the hash set (:meth:`WordList.members`), the reversed words
(:meth:`WordList.reversed_words`), the contexts (:meth:`WordList.contexts`).
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import overload

COUNT_TYPECODE = "q"
Contexts = tuple[dict[str, str], dict[str, str]]


class WordList:
    """Sorted words with their frequencies: ``word in wl``, ``wl.get(word)``, ``wl[word]``.

    ``stored`` is :func:`pack`'s dict. Splitting all 160,000 words costs several milliseconds, more
    than a one-file run needs: until :attr:`words` is asked for or ``SPLIT_AFTER`` look-ups have
    been made, a look-up splits only the chunk of ``CHUNK`` words it falls in.
    """

    CHUNK = 256
    SPLIT_AFTER = 2000

    def __init__(self, stored: dict[str, object], sources: tuple[Path, ...] = ()) -> None:
        self.sources = sources  # the data files the words were read from
        self._joined: str = stored["words"]  # type: ignore[assignment]
        self.counts = array(COUNT_TYPECODE)
        self.counts.frombytes(stored["counts"])  # type: ignore[arg-type]
        self._words: list[str] | None = None
        firsts: str = stored["chunk_firsts"]  # type: ignore[assignment]
        self._firsts = firsts.split("\n") if firsts else []
        self._starts = array(COUNT_TYPECODE)
        self._starts.frombytes(stored["chunk_starts"])  # type: ignore[arg-type]
        self._chunks: list[list[str] | None] = [None] * len(self._firsts)
        self._lookups = 0
        self._reversed_joined: str = stored["reversed"]  # type: ignore[assignment]
        self._reversed: list[str] | None = None
        self._members: frozenset[str] | None = None
        self._table: dict[str, int] | None = None
        self._contexts_pickled: bytes = stored["contexts"]  # type: ignore[assignment]
        self._contexts: Contexts | None = None

    @classmethod
    def from_counts(cls, counts: dict[str, int]) -> WordList:
        return cls(pack(counts))

    @property
    def words(self) -> list[str]:
        """Every word, sorted (split on first use)."""
        if self._words is None:
            self._words = self._joined.split("\n") if self._joined else []
            if len(self._words) != len(self.counts):
                raise ValueError("word list and counts differ in length")
            self._chunks = []
        return self._words

    def __len__(self) -> int:
        return len(self.counts)

    def is_split(self) -> bool:
        return self._words is not None

    def index(self, word: str) -> int:
        """The position of ``word`` in :attr:`words`, or -1."""
        words = self._words
        if words is None:
            self._lookups += 1
            if self._lookups <= self.SPLIT_AFTER:
                return self._chunk_index(word)
            words = self.words
        i = bisect_left(words, word)
        return i if i < len(words) and words[i] == word else -1

    def _chunk_index(self, word: str) -> int:
        c = bisect_right(self._firsts, word) - 1
        if c < 0:
            return -1
        chunk = self._chunks[c]
        if chunk is None:
            end = self._starts[c + 1] - 1 if c + 1 < len(self._starts) else len(self._joined)
            chunk = self._chunks[c] = self._joined[self._starts[c]:end].split("\n")
        i = bisect_left(chunk, word)
        return c * self.CHUNK + i if i < len(chunk) and chunk[i] == word else -1

    def __contains__(self, word: object) -> bool:
        if self._members is not None:
            return word in self._members
        return isinstance(word, str) and self.index(word) >= 0

    def get(self, word: str, default: int = 0) -> int:
        if self._members is not None and word not in self._members:
            return default
        i = self.index(word)
        return self.counts[i] if i >= 0 else default

    def __getitem__(self, word: str) -> int:
        count = self.get(word, -1)
        if count < 0 and word not in self:
            raise KeyError(word)
        return count

    def has_members(self) -> bool:
        return self._members is not None

    def members(self) -> frozenset[str]:
        """The words as a hash set, for searches that try thousands of strings (built on first
        call: about 12 ms; from then on ``in`` uses it)."""
        if self._members is None:
            self._members = frozenset(self.words)
        return self._members

    def table(self) -> dict[str, int]:
        """word -> count as a ``dict`` (built on first call; the rule itself never needs one)."""
        if self._table is None:
            self._table = dict(zip(self.words, self.counts, strict=True))
        return self._table

    @overload
    def reversed_words(self) -> list[str]: ...
    @overload
    def reversed_words(self, load: bool) -> list[str] | None: ...

    def reversed_words(self, load: bool = True) -> list[str] | None:
        """Every word spelt backwards, sorted: the words ending with ``s`` are a range (split on first
        call; with ``load=False``, None until then)."""
        if self._reversed is None and load:
            self._reversed = self._reversed_joined.split("\n") if self._reversed_joined else []
        return self._reversed

    @overload
    def contexts(self) -> Contexts: ...
    @overload
    def contexts(self, load: bool) -> Contexts | None: ...

    def contexts(self, load: bool = True) -> Contexts | None:
        """Which letters occur between given neighbours in some word (see :func:`letter_contexts`):
        stored with the words, unpickled on first call (with ``load=False``, None until then)."""
        if self._contexts is None and load:
            if self._contexts_pickled:
                self._contexts = pickle.loads(self._contexts_pickled)
            else:
                self._contexts = letter_contexts(self.words)
        return self._contexts


def letter_contexts(words: list[str]) -> Contexts:
    """Two tables of the letters a-z that occur in some word between given neighbours, the word
    padded with ``^^`` before and ``$$`` after: ``left["ab" + "d"]`` holds each ``x`` with ``abxd``
    in a padded word, ``right["b" + "de"]`` each ``x`` with ``bxde``. A letter put into a string
    can only make a word if it is in both tables for its neighbours there."""
    grams: set[tuple[str, str, str, str]] = set()
    for w in words:
        padded = "^^" + w + "$$"
        grams.update(zip(padded, padded[1:], padded[2:], padded[3:], strict=False))
    letters = frozenset("abcdefghijklmnopqrstuvwxyz")
    left: dict[str, set[str]] = {}
    right: dict[str, set[str]] = {}
    for a, b, c, d in grams:
        if c in letters:
            left.setdefault(a + b + d, set()).add(c)
        if b in letters:
            right.setdefault(a + c + d, set()).add(b)
    return ({key: "".join(sorted(v)) for key, v in left.items()},
            {key: "".join(sorted(v)) for key, v in right.items()})


def pack(counts: dict[str, int], contexts: bool = True) -> dict[str, object]:
    """The stored form (:class:`WordList`): the sorted words joined by newlines, their counts packed,
    the first word and start offset of every ``WordList.CHUNK``-th word, the reversed words sorted
    and joined, and the letter contexts pickled (unpickled only by a search that needs them; with
    ``contexts=False`` left empty, for :meth:`WordList.contexts` to build if asked)."""
    words = sorted(counts)
    if any("\n" in w for w in words):
        raise ValueError("a word contains a newline")
    starts, offset = [], 0
    for i, w in enumerate(words):
        if i % WordList.CHUNK == 0:
            starts.append(offset)
        offset += len(w) + 1
    return {
        "words": "\n".join(words),
        "counts": array(COUNT_TYPECODE, (counts[w] for w in words)).tobytes(),
        "chunk_firsts": "\n".join(words[::WordList.CHUNK]),
        "chunk_starts": array(COUNT_TYPECODE, starts).tobytes(),
        "reversed": "\n".join(sorted(w[::-1] for w in words)),
        "contexts": pickle.dumps(letter_contexts(words), protocol=pickle.HIGHEST_PROTOCOL) if contexts else b"",
    }


def read_pyspellchecker(path: Path) -> dict[str, int]:
    """A pyspellchecker ``<lang>.json.gz`` as pyspellchecker loads it: keys lowercased, counts of
    words that differ only in case summed (``WordFrequency.load_json``)."""
    data: dict[str, int] = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    lowered = {key.lower(): val for key, val in data.items()}
    if len(lowered) != len(data):
        summed: Counter[str] = Counter()
        for key, val in data.items():
            summed[key.lower()] += val
        lowered = dict(summed)
    return lowered


def pyspellchecker_data(language: str = "en") -> Path | None:
    """Where pyspellchecker's data file is, found without importing it (a few ``stat`` calls)."""
    for entry in sys.path:
        candidate = os.path.join(entry or os.curdir, "spellchecker", "resources", f"{language}.json.gz")
        if os.path.isfile(candidate):
            return Path(candidate)
    return None


@lru_cache(maxsize=1)
def english() -> WordList:
    """pyspellchecker's English words (once per process; from the cache folder after the first run)."""
    from lint.packcache import DISABLE_ENV, cached_object

    source = pyspellchecker_data("en")
    if source is None:
        raise RuntimeError("pyspellchecker's English dictionary (spellchecker/resources/en.json.gz) is not installed")
    if os.environ.get(DISABLE_ENV):  # nothing kept: build only what is asked for
        return WordList(pack(read_pyspellchecker(source), contexts=False), sources=(source,))
    stored = cached_object("spelling-words", [source], lambda: pack(read_pyspellchecker(source)))
    return WordList(stored, sources=(source,))  # type: ignore[arg-type]
