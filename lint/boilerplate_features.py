"""Page furniture in scraped copy: phrase data, line features and the per-document line analysis.

The boilerplate rules (``lineclass`` and ``duplicates`` kinds) share one analysis per document:
every non-blank line is classified once, from its own text (known phrases, markup, counters)
and its neighbourhood (runs of menu items, echoes of a flagged neighbour, position), and every
rule reports the lines given its label. Sharing the analysis lets the fixes of adjacent
furniture lines be planned together, so they never overlap and the blank lines they leave
collapse to one.

Phrase data lives in ``rules/boilerplate/<label>.txt`` (one file per label, see the README
there). Each file is compiled once: whole lines into a phrase table, the ``^`` and ``~`` phrases of
every label into one index by their first word (a line costs one dict lookup per word, see
:class:`LiteralIndex`), and each ``/`` or ``!`` pattern alone, with a pre-test of the strings a line
must hold before it can match (:mod:`lint.boilerplate_prefilter`). The per-type regex alternations
of the first version are kept, compiled on first use, for the lines the fast paths do not cover.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from lint.boilerplate_prefilter import DIGIT, SPACE, Unsupported, holds_all, needs
from lint.errors import DataError

if TYPE_CHECKING:
    from lint.document import Document

# ---- line text ---------------------------------------------------------------------------------

DECORATION = " \t\u00a0•·»«›‹|*>#~=_–—-→←↑↓▶►▸◄◀▲▼:;…/\\[](){}+"
SPACES = regex.compile(r"\s+")
WORD = regex.compile(r"\w+(?:['’.]\w+)*", regex.V1)
WORD_CHAR = regex.compile(r"\w", regex.V1)
SENTENCE_END = regex.compile(r"[.!?][\"”’')\]]*\s*$")
SENTENCE_END_BACKWARDS = regex.compile(SENTENCE_END.pattern, regex.REVERSE)  # the same matches, tried from the end
SEPARATOR = regex.compile(r"\s+[|•·]\s+|\s*[|•·]\s*(?=\S)")
MD_LINK = regex.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")


def ends_sentence(text: str) -> bool:
    """``SENTENCE_END.search(text) is not None``: a match must reach the end, so it is sought from there."""
    return SENTENCE_END_BACKWARDS.search(text) is not None


# word_count: ASCII word characters become "a", other bytes spaces (the joiners are deleted).
_ASCII_MARKS = bytes(97 if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(256))
_JOINERS = b"'."
_JOINERS_AS_DOTS = bytes.maketrans(b"'", b".")
_PRINTABLE_ASCII = bytes(range(32, 127))
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_WORDLIKE: dict[str, bool] = {}  # a non-ASCII character -> is it a word character?
_ASCII_RUNS = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(256))  # non-word bytes: spaces


def _wordlike(char: str) -> bool:
    """A non-ASCII character is a word character (``\\w``), remembered per character."""
    wordlike = _WORDLIKE.get(char)
    if wordlike is None:
        wordlike = _WORDLIKE[char] = WORD_CHAR.match(char) is not None
    return wordlike


def word_gaps(text: str) -> str | None:
    """``text`` with every character that is not a word character made a space, or None when a
    non-ASCII word character makes that more than a table lookup (then use WORD_RUN)."""
    if not text.isascii():
        if any(_wordlike(char) for char in _NON_ASCII.findall(text)):
            return None
        text = _NON_ASCII.sub(" ", text)
    return text.encode("ascii").translate(_ASCII_RUNS).decode("ascii")


def ascii_words_text(text: str) -> str | None:
    """``text`` made ASCII without moving a word boundary: ’ becomes ', every other non-ASCII
    character a space; None when a non-ASCII character other than ’ is a word character."""
    if text.isascii():
        return text
    text = text.replace("’", "'")
    if text.isascii():
        return text
    if any(_wordlike(char) for char in _NON_ASCII.findall(text)):
        return None
    return _NON_ASCII.sub(" ", text)


def word_count(text: str) -> int:
    """``len(WORD.findall(text))``, without building the words when the text allows it.

    WORD joins two runs of word characters across one apostrophe or full stop. Dropping those
    joiners and splitting at every other non-word character cuts ASCII text into WORD's matches,
    as long as no two joiners stand side by side ("a..b" is two words, not one). Other characters
    that are neither word characters nor joiners ("£", "–", "“") count as any other separator.
    """
    if text.isascii():
        data = text.encode("ascii")
    else:
        if any(_wordlike(char) for char in _NON_ASCII.findall(text)):
            return len(WORD.findall(text))
        # ’ is a joiner like ', and every other character becomes "?", a separator
        data = text.replace("’", "'").encode("ascii", "replace")
    if b".." in data.translate(_JOINERS_AS_DOTS):  # two joiners side by side
        return len(WORD.findall(text))
    marks = data.translate(_ASCII_MARKS, _JOINERS)  # "aaa aa  a": a word starts at each " a"
    return marks.count(b" a") + marks.startswith(b"a")


def normalise_line(text: str) -> str:
    """The lookup key of a line: lowercase, straight apostrophes, single spaces, no decoration."""
    if "](" in text:  # every Markdown link holds "]("
        text = MD_LINK.sub(r"\1", text)
    if text.isascii():  # NFKC leaves ASCII alone, and it holds no curly apostrophe
        text = text.lower()
        printable = not text.encode("ascii").translate(None, _PRINTABLE_ASCII)  # str.isprintable, faster
    else:
        text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").lower()
        printable = text.isprintable()
    if not printable:
        text = SPACES.sub(" ", text)
    elif "  " in text:  # a printable text's only white space is " ", which split() and \s+ cut alike
        text = " ".join(text.split())
    return text.strip(DECORATION)


@dataclass(slots=True)
class Line:
    """One non-blank line of a document and the features the classifier reads."""

    index: int  # 0-based line number
    start: int  # offset of the first non-space character
    end: int  # offset just past the last non-space character
    text: str  # the line's content, stripped
    key: str  # normalise_line(text)
    words: int
    sentence: bool  # ends like a sentence (. ! ? with optional closing quote)


# ---- phrase data -------------------------------------------------------------------------------

ENTRY = regex.compile(r"(?P<op>[=?^~/!])\s?(?P<body>.+)")
OPS = {
    "=": "the whole line is this phrase",
    "?": "the whole line is this phrase, flagged only among other furniture (menu vocabulary)",
    "^": "the line starts with this phrase",
    "~": "the line contains this phrase",
    "/": "a regular expression searched in the line (case-insensitive)",
    "!": "a regular expression for a line that is never this label (a story guard)",
}


@dataclass(slots=True)
class PhraseExample:
    text: str
    should_match: bool
    source: str
    line: int


FLAGS = regex.I | regex.V1
WORD_RUN = regex.compile(r"\w+", regex.V1)
LEAD_RUN = regex.compile(r"[A-Za-z0-9_]+")
PREFIX_ANCHOR = r"^[\W_]{0,3}"
PREFIX_SKIP = 3  # a ``^`` phrase may follow this many non-word characters (or underscores)


class LazyPattern:
    """A regular expression compiled on first use and pickled as its source (the fallbacks are rarely needed)."""

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: regex.Pattern | None = None

    @property
    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = regex.compile(self.source, FLAGS)
        return self._compiled

    def __getstate__(self) -> str:
        return self.source

    def __setstate__(self, state: str) -> None:
        self.source, self._compiled = state, None


_folded: tuple[str, str] = ("", "")


def casefolded(text: str) -> str:
    """``text.casefold()``, remembered for the last text asked (every pattern of a line asks for it)."""
    global _folded
    last = _folded
    if last[0] is not text:
        last = _folded = (text, text.casefold())
    return last[1]


class PatternSet:
    """The ``/`` (or ``!``) entries of one label.

    ``combined`` is the alternation of all the entries, as written (its matches are the ones
    reported for markup). ``search`` answers "does any entry match?" with each entry compiled
    alone, which lets ``regex`` use its own literal and anchor optimisations, and first asks the
    entry's pre-test (:func:`lint.boilerplate_prefilter.needs`): the strings a line must hold (and
    no space, for an entry that spans the whole line without one), and for an entry starting with
    ``^`` the characters the line can start with (the entries are filed
    under those characters, so a line meets only the entries its first character allows). An entry
    filed so is cheap to try, so of its strings only the single ones (one ``in`` test) are asked;
    an entry starting with ``^`` that any line may start (a name of up to 40 characters before
    "wrote:") can cost far more than its strings, so all of them are asked. When an entry uses a
    construct the pre-test does not model (a backreference, for one), every search uses the
    alternation.
    """

    def __init__(self, items: list[str], source: str) -> None:
        self.combined = LazyPattern("(?:" + "|".join(f"(?:{item})" for item in items) + ")")
        # an entry, the clauses a line must hold, and whether a line with a space is out (Needs.no_space)
        Part = tuple[regex.Pattern, tuple[frozenset[str], ...], bool]
        self.anywhere: list[Part] | None = []  # entries any line may match
        self.by_first: dict[str, list[Part]] = {}  # case-folded first character -> entries a line may match
        self.floating: list[Part] = []  # entries not tied to the start, each needing one of ``screen``
        screen: set[str] = set()
        for item in items:
            try:
                need = needs(item)
            except Unsupported:
                self.anywhere = None
                break
            filed = need.anchored and need.first is not None
            clauses = tuple(c for c in need.clauses if len(c) == 1) if filed else need.clauses
            part = (regex.compile(f"(?:{item})", FLAGS), clauses, need.no_space)
            chars = next((c for c in need.clauses if all(len(s) == 1 for s in c)), None)
            if need.first is not None:
                for char in need.first:
                    self.by_first.setdefault(char, []).append(part)
            elif not need.anchored and chars is not None:
                self.floating.append(part)
                screen |= chars
            else:
                self.anywhere.append(part)
        # a line holding none of these characters matches none of the floating entries
        self.screen = tuple(sorted(screen))

    def search(self, text: str) -> bool:
        """True when an entry matches somewhere in ``text``."""
        if self.anywhere is None:
            return self.combined.compiled.search(text) is not None
        folded = casefolded(text)
        if self.anywhere and _any_match(self.anywhere, text, folded):
            return True
        if self.floating:
            for char in self.screen:
                if char in folded:
                    if _any_match(self.floating, text, folded):
                        return True
                    break
        by_first = self.by_first
        if not by_first or not folded:
            return False
        first = folded[0]
        parts = by_first.get(first)
        if parts and _any_match(parts, text, folded):
            return True
        # \\d is Unicode's (a non-ASCII character may be a digit); \\s is narrower than str.isspace
        if DIGIT in by_first and (first in "0123456789" or not first.isascii()) \
                and _any_match(by_first[DIGIT], text, folded):
            return True
        return SPACE in by_first and first.isspace() and _any_match(by_first[SPACE], text, folded)

    def finditer(self, text: str) -> Iterable[regex.Match]:
        """The matches of the alternation (none without a search hit, so that test comes first)."""
        return self.combined.compiled.finditer(text) if self.search(text) else ()


def _any_match(parts: list[tuple[regex.Pattern, tuple[frozenset[str], ...], bool]], text: str, folded: str) -> bool:
    """An entry of ``parts`` whose pre-test ``folded`` passes matches ``text``."""
    for pattern, clauses, no_space in parts:
        if (no_space and " " in folded) or (clauses and not holds_all(folded, clauses)):
            continue
        if pattern.search(text) is not None:
            return True
    return False


@dataclass
class PhraseSet:
    """The compiled phrases of one label."""

    label: str
    source: str
    whole: dict[str, int] = field(default_factory=dict)  # normalised phrase -> source line
    weak: set[str] = field(default_factory=set)
    prefix: list[str] = field(default_factory=list)  # ``^`` phrases, normalised
    contains: list[str] = field(default_factory=list)  # ``~`` phrases, normalised
    pattern: PatternSet | None = None
    guard: PatternSet | None = None
    max_words: int = 40
    max_sentence_words: int = 1000  # ... and to sentences of at most this many words
    examples: list[PhraseExample] = field(default_factory=list)
    prefix_regex: LazyPattern | None = None  # the ``^`` phrases as one alternation (the fallback)
    contains_regex: LazyPattern | None = None


def _alternation(items: list[str], *, anchor: str = "") -> LazyPattern | None:
    """Literal phrases as one alternation: case-insensitive, any white space between words, not inside a word."""
    if not items:
        return None
    parts = []
    for item in items:
        body = r"\s+".join(regex.escape(w) for w in item.split())
        if item[:1].isalnum():
            body = r"(?<![\w])" + body
        if item[-1:].isalnum():
            body += r"(?![\w])"
        parts.append(body)
    return LazyPattern(anchor + "(?:" + "|".join(parts) + ")")


def load_phrases(path: Path, label: str) -> PhraseSet:
    """Parse a ``<label>.txt`` phrase file (see rules/boilerplate/README.md)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(str(path), 0, f"cannot read phrase file: {err}") from None
    source = str(path)
    ps = PhraseSet(label, source)
    patterns: list[str] = []
    guards: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("ex:", "nex:")):
            what, _, body = line.partition(":")
            ps.examples.append(PhraseExample(body.strip().replace("\\n", "\n"), what == "ex", source, n))
            continue
        if line.startswith(("max-words:", "max-sentence-words:")):
            what, _, value = line.partition(":")
            try:
                setattr(ps, what.replace("-", "_"), int(value))
            except ValueError:
                raise DataError(source, n, f"{what} needs a whole number") from None
            continue
        m = ENTRY.fullmatch(line)
        if not m:
            raise DataError(source, n, f"unknown entry {line!r}: start with one of {' '.join(OPS)}")
        op, body = m.group("op"), m.group("body").strip()
        if op in "/!":
            try:
                regex.compile(body, FLAGS)
            except regex.error as err:
                raise DataError(source, n, f"bad regular expression: {err}") from None
            (patterns if op == "/" else guards).append(body)
            continue
        key = normalise_line(body) if op in "=?" else SPACES.sub(" ", body.replace("’", "'").lower())
        if not key:
            raise DataError(source, n, f"empty phrase {body!r}")
        if op in "=?":
            if key in ps.whole:
                raise DataError(source, n, f"duplicate phrase {body!r} (also on line {ps.whole[key]})")
            ps.whole[key] = n
            if op == "?":
                ps.weak.add(key)
        elif op == "^":
            ps.prefix.append(key)
        else:
            ps.contains.append(key)
    ps.prefix_regex = _alternation(ps.prefix, anchor=PREFIX_ANCHOR)
    ps.contains_regex = _alternation(ps.contains)
    ps.pattern = PatternSet(patterns, source) if patterns else None
    ps.guard = PatternSet(guards, source) if guards else None
    return ps


OPENING, PHRASE = "known opening", "known phrase"


class LiteralIndex:
    """The ``^`` and ``~`` phrases of every label, indexed by a word: one dict lookup per word of a line.

    A phrase is found in a line's key (:func:`normalise_line`) where its regex alternation would
    find it: case-insensitively, not inside a word, its spaces matching the key's single spaces.
    The index is exact for phrases of printable ASCII that start with a letter or digit and do not
    end in an underscore, and for keys that case folding leaves unchanged (no ``ß``, no ``ſ``):
    there a case-insensitive match of such a phrase is an exact match, so every run of word
    characters in the phrase is a whole run of word characters of the key, at a known offset from
    the start of the match. ``^`` phrases are looked up by their first run among the key's first
    runs; ``~`` phrases by their longest run (the rarest, as a rule) among all the key's runs. Other
    phrases, and the keys the index cannot read, go through each label's alternations.
    """

    def __init__(self, labels: Iterable[PhraseSet]) -> None:
        Entry = tuple[str, str, bool, int]  # (label, phrase, bounded end, offset of the indexed run)
        self.openings: dict[str, list[Entry]] = {}  # first run of a ``^`` phrase -> entries
        self.inner: dict[str, list[Entry]] = {}  # longest run of a ``~`` phrase -> entries
        self.rest: dict[str, tuple[LazyPattern | None, LazyPattern | None]] = {}  # label -> leftover alternations
        self.labels: list[PhraseSet] = list(labels)
        for ps in self.labels:
            leftover: tuple[list[str], list[str]] = ([], [])
            for is_prefix, phrases in ((True, ps.prefix), (False, ps.contains)):
                for phrase in phrases:
                    if not (phrase.isascii() and phrase.isprintable() and phrase[0].isalnum()
                            and not phrase.endswith("_")):
                        leftover[0 if is_prefix else 1].append(phrase)
                        continue
                    runs = list(LEAD_RUN.finditer(phrase))
                    run = runs[0] if is_prefix else max(runs, key=_rarity)
                    table = self.openings if is_prefix else self.inner
                    table.setdefault(run.group(), []).append((ps.label, phrase, phrase[-1].isalnum(), run.start()))
            if leftover[0] or leftover[1]:
                self.rest[ps.label] = (_alternation(leftover[0], anchor=PREFIX_ANCHOR),
                                       _alternation(leftover[1]))
        self.inner_words = frozenset(self.inner)

    def hits(self, key: str) -> dict[str, str]:
        """Label -> reason ("known opening" for a ``^`` phrase, else "known phrase") for ``key``,
        a line's key as :func:`normalise_line` makes it (its only white space single spaces)."""
        if key.casefold() != key:  # the index compares exactly: let the alternations fold the case
            return _regex_hits(key, [(ps.label, ps.prefix_regex, ps.contains_regex) for ps in self.labels])
        found: dict[str, str] = {}
        gaps = word_gaps(key)
        if gaps is None:
            for m in WORD_RUN.finditer(key):
                if m.start() > PREFIX_SKIP:
                    break
                self._opening(key, m.group(), m.start(), found)
            self._inner(key, found)
        else:
            runs = gaps.split()
            at = 0
            for run in runs:
                at = gaps.index(run, at)  # only spaces stand between one run and the next
                if at > PREFIX_SKIP:
                    break
                if not gaps[:at].strip(" _"):  # ``^[\W_]{0,3}`` before the phrase
                    self._opening(key, run, at, found)
                at += len(run)
            if not self.inner_words.isdisjoint(runs):
                for run in self.inner_words.intersection(runs):
                    self._inner_at(key, gaps, run, found)
        if self.rest:
            for label, hit in _regex_hits(key, [(label, *pair) for label, pair in self.rest.items()]).items():
                if found.get(label) != OPENING:
                    found[label] = hit
        return found

    def _opening(self, key: str, run: str, at: int, found: dict[str, str]) -> None:
        """The ``^`` phrases starting with the run of word characters ``run`` at ``at`` (at most 3)."""
        bucket = self.openings.get(run)
        if bucket and all(c == "_" or not WORD_CHAR.match(c) for c in key[:at]):
            for label, phrase, bounded, _ in bucket:
                if label not in found and _found_at(key, phrase, at, bounded):
                    found[label] = OPENING

    def _inner_at(self, key: str, gaps: str, run: str, found: dict[str, str]) -> None:
        """The ``~`` phrases indexed by ``run``, at each place ``run`` is a whole run of ``gaps``."""
        at = gaps.find(run)
        while at >= 0:
            end = at + len(run)
            if (at == 0 or gaps[at - 1] == " ") and (end == len(gaps) or gaps[end] == " "):
                for label, phrase, bounded, offset in self.inner[run]:
                    if label not in found and _found_at(key, phrase, at - offset, bounded):
                        found[label] = PHRASE
            at = gaps.find(run, end)

    def _inner(self, key: str, found: dict[str, str]) -> None:
        """The ``~`` phrases, each looked up by its indexed run among all the runs of ``key``."""
        inner = self.inner
        for m in WORD_RUN.finditer(key):
            bucket = inner.get(m.group())
            if bucket:
                for label, phrase, bounded, offset in bucket:
                    if label not in found and _found_at(key, phrase, m.start() - offset, bounded):
                        found[label] = PHRASE


# Words too common in running text to index a phrase by (the index is exact whatever the word).
COMMON_WORDS = frozenset("""
a about after all already also an and any are as at be been but by can could did do does for from get
had has have he her his how i if in into is it its just like may more most must new news no not now of
on one only or our out over said say says she so than that the their them there they this to up us
using was we were what when which who will with would you your
""".split())


def _rarity(run: regex.Match) -> tuple[bool, int]:
    """The key to pick a phrase's index word by: an uncommon word, the longer the better."""
    return run.group() not in COMMON_WORDS, len(run.group())


def _found_at(key: str, phrase: str, at: int, bounded: bool) -> bool:
    """``phrase`` stands at ``at`` in ``key``, not inside a word (its end too, when ``bounded``)."""
    if at < 0 or not key.startswith(phrase, at) or (at > 0 and WORD_CHAR.match(key, at - 1)):
        return False
    end = at + len(phrase)
    return not (bounded and end < len(key) and WORD_CHAR.match(key, end))


def _regex_hits(key: str, alternations: Iterable[tuple[str, LazyPattern | None, LazyPattern | None]]) -> dict[str, str]:
    """Label -> reason from each label's ``^`` and ``~`` alternations."""
    found: dict[str, str] = {}
    for label, prefix, contains in alternations:
        if prefix is not None and prefix.compiled.match(key):
            found[label] = OPENING
        elif contains is not None and contains.compiled.search(key):
            found[label] = PHRASE
    return found


@dataclass
class Model:
    """Every label's phrases from one data folder, plus the tables built across labels."""

    folder: Path
    labels: dict[str, PhraseSet]
    whole: dict[str, str]  # normalised phrase -> label (strong entries)
    weak: dict[str, str]  # normalised menu word -> label
    glued: regex.Pattern | None  # a whole-line phrase glued to the next word ("Skip to contentUkraine")
    glue_starts: tuple[frozenset[str], ...] = ()  # the case-folded openings (1, 2, 3 characters) of those phrases
    literals: LiteralIndex | None = None
    max_words: int = 0  # no ``^``, ``~`` or ``/`` entry applies to a line longer than this
    by_words: tuple[tuple[PhraseSet, ...], ...] = ()  # [n]: the phrase sets that apply to a line of n words
    # (text, words) -> the phrase answer of a line (lineclass.phrase_label), filled on use
    memo: dict[tuple[str, int], tuple[str, bool, str] | None] = field(
        default_factory=dict, repr=False, compare=False)

    def label_of_whole(self, key: str) -> tuple[str, bool] | None:
        if key in self.whole:
            return self.whole[key], True
        if key in self.weak:
            return self.weak[key], False
        return None

    def glued_match(self, text: str) -> regex.Match | None:
        """A navigation phrase at the start of ``text`` glued to the next word, or None."""
        if self.glued is None:
            return None
        if self.glue_starts:
            folded = text[:3].casefold()
            one, two, three = self.glue_starts
            if folded[:3] not in three and folded[:2] not in two and folded[:1] not in one:
                return None
        return self.glued.match(text)


@lru_cache(maxsize=16)
def load_model(folder: Path) -> Model:
    """Load every ``<label>.txt`` in ``folder`` (cached per folder, and compiled once in the cache folder)."""
    if not folder.is_dir():
        raise DataError(str(folder), 0, "boilerplate data folder not found")
    import hashlib

    from lint.packcache import cached_object  # rebuilt (and checked) whenever a data file changes

    name = "boilerplate-" + hashlib.blake2b(str(folder.resolve()).encode(), digest_size=8).hexdigest()
    return cached_object(name, [folder, *sorted(folder.glob("*.txt"))], lambda: _build_model(folder))  # type: ignore[return-value]


def _build_model(folder: Path) -> Model:
    labels = {}
    for path in sorted(folder.glob("*.txt")):
        labels[path.stem] = load_phrases(path, path.stem)
    whole: dict[str, str] = {}
    weak: dict[str, str] = {}
    for label, ps in labels.items():
        for key in ps.whole:
            other = whole.get(key) or weak.get(key)
            if other and other != label:
                raise DataError(ps.source, ps.whole[key], f"phrase {key!r} is also listed for {other!r}")
            (weak if key in ps.weak else whole)[key] = label
    glue_items = sorted((k for k, lab in whole.items() if lab == "navigation" and len(k) >= 6), key=len, reverse=True)
    glued = None
    glue_starts: tuple[frozenset[str], ...] = ()
    if glue_items:
        body = "|".join(r"\s+".join(regex.escape(w) for w in k.split()) for k in glue_items)
        glued = regex.compile(rf"^(?:{body})(?=[\p{{Lu}}\d“\"])", FLAGS)
        glue_starts = _openings(glue_items)
    phrase_sets = tuple(ps for label, ps in labels.items() if label != "markup")
    active = [ps for ps in phrase_sets if ps.prefix or ps.contains or ps.pattern]
    max_words = max((ps.max_words for ps in active), default=0)
    by_words = tuple(tuple(ps for ps in active if n <= ps.max_words) for n in range(max_words + 1))
    return Model(folder, labels, whole, weak, glued, glue_starts, LiteralIndex(phrase_sets), max_words, by_words)


def _openings(phrases: list[str]) -> tuple[frozenset[str], ...]:
    """For the glued-phrase pre-test: the case-folded first 1, 2 and 3 characters a matching line can start with.

    A phrase's first word ends at a space, which the pattern lets any white space match, so only
    the characters of the first word count: a phrase whose first word is "go" opens with "go" (any
    third character), one whose first word is "skip" with "ski". Phrases that are not ASCII or
    whose first word has characters that fold into others give no pre-test (every opening passes).
    """
    starts: list[set[str]] = [set(), set(), set()]
    for phrase in phrases:
        first = phrase.split()[0][:3]
        if not first.isascii():
            return ()
        starts[len(first) - 1].add(first.lower())
    return tuple(frozenset(s) for s in starts)


# ---- the analysis ------------------------------------------------------------------------------


@dataclass(slots=True)
class Verdict:
    """A furniture finding-to-be: which label, where, and how to fix it."""

    line: int
    label: str
    start: int
    end: int
    whole: bool  # the whole line is furniture (its fix removes the line)
    reason: str
    strong: bool = True  # phrase evidence (safe to fix) rather than a neighbourhood guess
    replacement: str = ""  # for partial verdicts: the text that replaces [start, end)
    related: tuple[int, int, str] | None = None
    fixable: bool = True  # False: report only (the text is not safe to remove mechanically)
    scope: str = "line"  # "document": an observation about the whole file
    edit: tuple[int, int, str] | None = None  # planned fix: (start, end, new_text)


def doc_lines(doc: Document) -> list[Line]:
    """The non-blank lines of a document with their features (Markdown code is skipped)."""
    out = []
    text = doc.text
    markdown = doc.is_markdown
    prose = doc.prose if markdown else text
    starts, ends = doc.line_starts, doc.line_ends
    for i in range(doc.line_count):
        a, b = starts[i], ends[i]
        raw = text[a:b]
        content = raw.strip()  # str.strip drops exactly the characters str.isspace accepts
        if not content:
            continue
        a += len(raw) - len(raw.lstrip())
        b = a + len(content)
        if markdown and not prose[a:b].strip():
            continue
        plain = html.unescape(MD_LINK.sub(r"\1", content)) if ("&" in content or "](" in content) else content
        out.append(Line(i, a, b, content, normalise_line(content), word_count(plain), ends_sentence(plain)))
    return out


# ---- fixes -------------------------------------------------------------------------------------


def plan_edits(doc: Document, verdicts: Iterable[Verdict]) -> None:
    """Give every verdict its fix, planned for all of them at once so that no two overlap.

    A whole-line verdict removes its line and line break. Furniture lines and the blank lines
    between them form a block; removing the block keeps one blank line where story text stands
    on both sides (none at the top or bottom of the file), so the fixed text has no gaps. Every
    blank line the block loses is given to one neighbouring verdict's edit.

    Strong verdicts (safe fixes) are planned first, as if the weak ones (unsafe fixes) were story
    text, so that ``--fix`` alone leaves a clean layout; the weak ones are then planned with the
    blank lines that remain.
    """
    verdicts = list(verdicts)
    for v in verdicts:
        if not v.whole and v.fixable and v.scope == "line":
            v.edit = (v.start, v.end, v.replacement)
    whole = [v for v in verdicts if v.whole and v.scope == "line"]
    taken = _plan(doc, {v.line: v for v in whole if v.strong}, set())
    _plan(doc, {v.line: v for v in whole if not v.strong}, taken)


def _plan(doc: Document, whole: dict[int, Verdict], taken: set[int]) -> set[int]:
    """Plan the edits of ``whole`` (line -> verdict); lines in ``taken`` belong to other edits."""
    if not whole:
        return taken
    text = doc.text
    count = doc.line_count
    if count > 1 and doc.line_starts[-1] == len(text):
        count -= 1  # the empty "line" after a final line break

    def blank(i: int) -> bool:
        return i not in taken and not text[doc.line_starts[i] : doc.line_ends[i]].strip()

    i = 0
    while i < count:
        if i not in whole:
            i += 1
            continue
        a = i
        while a > 0 and blank(a - 1):
            a -= 1
        b = i
        while b + 1 < count and (b + 1 in whole or blank(b + 1)):
            b += 1
        blanks = [k for k in range(a, b + 1) if k not in whole]
        keep = blanks[0] if blanks and a > 0 and b < count - 1 else None
        flagged = [k for k in range(a, b + 1) if k in whole]
        spans = {}
        mine = set(flagged)
        for n, k in enumerate(flagged):  # the blank lines after a furniture line go with it
            stop = flagged[n + 1] if n + 1 < len(flagged) else b + 1
            last = k
            while last + 1 < stop and last + 1 != keep:
                last += 1
                mine.add(last)
            spans[k] = [k, last]
        for k in flagged:  # blank lines left before one (above the block, or after the kept one)
            first = k
            while first > a and first - 1 != keep and first - 1 not in mine:
                first -= 1
                mine.add(first)
            spans[k][0] = first
        for k, (first, last) in spans.items():
            whole[k].edit = (doc.line_starts[first], doc.line_next_start(last), "")
        taken |= mine
        i = b + 1
    return taken


# ---- page layout -------------------------------------------------------------------------------

STORY_MIN_WORDS = 10
BODY_GAP = 4  # non-story lines allowed between two story lines of one body
BODY_GAP_CLEAN = 15  # ... or this many when none of them is known furniture
BODY_MIN_WORDS = 60
TITLE_SHARE = 0.35  # the headline is at least this share of the page title (the rest: site, section)
TITLE_REST = regex.compile(r"(?:[-|:–—»>/_,()]\s*|[^\s-|:–—»>/_,()]+\s*){0,14}", regex.V1)


def is_story_line(ln: Line) -> bool:
    """A paragraph of running text: a sentence of some length, or a long line."""
    return (ln.sentence and ln.words >= STORY_MIN_WORDS) or ln.words >= 25


@dataclass
class Layout:
    """Where the story body is: the densest run of story paragraphs (positions in the line list)."""

    first: int = -1
    last: int = -1

    @property
    def found(self) -> bool:
        return self.first >= 0

    @classmethod
    def of(cls, lines: list[Line], furniture: set[int] | frozenset[int] = frozenset()) -> Layout:
        """Find the body. Story lines belong together across a gap of at most BODY_GAP other
        lines, or of at most BODY_GAP_CLEAN lines when none of them is known furniture (lists,
        subheads and tables inside the story)."""
        best: tuple[int, int, int] | None = None  # (words, first, last)
        first = last = -1
        words = gap = 0
        dirty = False
        for k, ln in enumerate(lines):
            if is_story_line(ln) and k not in furniture:
                if first < 0 or gap > (BODY_GAP if dirty else BODY_GAP_CLEAN):
                    if first >= 0 and (best is None or words > best[0]):
                        best = (words, first, last)
                    first, words = k, 0
                last, gap, dirty = k, 0, False
                words += ln.words
            else:
                gap += 1
                dirty = dirty or k in furniture
        if first >= 0 and (best is None or words > best[0]):
            best = (words, first, last)
        if best is None or best[0] < BODY_MIN_WORDS or best[1] == best[2]:
            return cls()
        return cls(best[1], best[2])


def page_title(lines: list[Line], before: int = -1) -> tuple[int, int] | None:
    """(title, headline) positions when the first line is the page title repeated as the headline.

    A scraped page often starts with the HTML title ("Site - Headline | Section") and shows the
    headline again above the story: the first copy is furniture, the later one is the headline.
    The headline is the copy nearest above ``before`` (the story), else the first copy.
    """
    if len(lines) < 3 or lines[0].sentence:
        return None
    title = f" {lines[0].key} "
    best = None
    for k in range(1, min(len(lines), 400)):
        if lines[k].words < 3 or lines[k].sentence:
            continue
        key = lines[k].key
        if len(key) < max(12, TITLE_SHARE * len(title)):
            continue
        if f" {key} " not in title:
            continue
        rest = title.replace(f" {key} ", " ", 1)
        if rest.strip() and not TITLE_REST.fullmatch(rest.strip()):
            continue
        if best is None or (before >= 0 and k < before):
            best = k
    return (0, best) if best is not None else None
