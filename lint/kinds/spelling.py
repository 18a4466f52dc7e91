"""Spelling, news-aware: only words a copy editor would call misspelt.

The word list and frequencies are pyspellchecker's English dictionary (loaded lazily, once per
process). News copy is full of words no dictionary knows, so much is skipped before a word is
looked up: names (capitalised words not at the start of a sentence, and capitalised words that
recur), acronyms and mixed case (NATO, iPhone), numbers and units (10th, 5km), web addresses,
e-mail addresses, handles and hashtags, words inside a direct quote that is mostly in another
language, words in the project's dictionary (``news_words.txt``) and in the users' dictionaries
named in config (``dictionaries = ["words.txt"]``), and lowercase words that recur in the file
(a term of art, not a slip). British spellings (colour, organise, centre, travelled), compounds
of two known words (carmaker, screensaver) and common prefixes (pre-, multi-, cyber-) are known.

Each word type is judged once per process. The best correction is the most frequent known word
one edit away (two if none is one away), with transpositions, doubled letters and keyboard
neighbours weighted as the likelier slips. The fix is safe only when exactly one word is one edit
away; otherwise up to three choices are offered.

Options:
  dictionary        project word list(s), comma-separated, relative to the pack
  dialect           the British/American table (consistency rules' data): both spellings are words
  min_length        shorter words are not checked
  recurring         a lowercase word used this many times in the file is taken as a term (0: off)
  sentence_start    also check capitalised words at the start of a sentence (reported as info)
  foreign_share     a quote where this share of the checked words is unknown is foreign (skipped)
  max_suggestions   how many corrections to offer
  compound_min_freq frequency both halves of a closed compound must have to accept it
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import regex

from lint.document import Document, Token
from lint.engine import RunContext
from lint.finding import Finding, Severity
from lint.kinds.base import RuleKind
from lint.kinds.consistency import load_dialect, read_lines
from lint.phrases import adapt_case

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
URL = regex.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#]\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|uk|gov|edu|io|tv|info|biz|eu|int|ly|me|ru|ua|de|fr)\b(?:/\S*)?",
    regex.I,
)
# Something every URL match needs (a scheme, www., @ or #, a listed domain): most texts have none,
# and this search is a fraction of the cost of URL's.
URL_HINT = regex.compile(
    r"://|www\.|[@#]|\.(?:com|org|net|co|uk|gov|edu|io|tv|info|biz|eu|int|ly|me|ru|ua|de|fr)\b", regex.I)
VOWELS = frozenset("aeiou")
CONTRACTIONS = frozenset({"ve", "ll", "d", "re", "m", "s", "t"})
# Prefixes distinctive enough that prefix + known word is a word (short ones such as re-, de-, un-
# would also accept slips: "demain", "repaced").
PREFIXES = ("anti", "counter", "cyber", "eco", "euro", "inter", "mega", "micro", "mini", "multi", "non",
            "over", "post", "pre", "semi", "super", "tele", "ultra", "under")
# Short prefixes: accepted only before a word of six letters or more ("unpayable", "uncosted").
SHORT_PREFIXES = ("co", "de", "dis", "mis", "off", "out", "re", "sub", "un")
SUFFIXES = ("ing", "ed", "less", "ness", "er", "ers", "ly")
# British spellings, as rewrites to the American form pyspellchecker's dictionary knows. Only
# rewrites that a typing slip rarely mimics are general rules; -re, -ence, -ogue and -amme words
# (where "ordre" or "anothre" would pass for British) come from the dialect table instead.
BRITISH = tuple((regex.compile(a), b) for a, b in (
    (r"(?<=..)our(?=[a-z]*$)", "or"),
    (r"is(?=e$|es$|ed$|ing$|ation|er$|ers$|able$|ational$)", "iz"),
    (r"ys(?=e$|ed$|ing$|er$|ers$)", "yz"),
    (r"(?<=[aeiou][^aeiou]+[aeiou])ll(?=ed$|ing$|er$|ers$|ist$|ists$|ous$|ously$|or$|ors$)", "l"),
    (r"ellery$", "elry"),
    (r"(?<=.)ae(?=.)", "e"),
    (r"^sceptic", "skeptic"), (r"mould", "mold"), (r"^cheque", "check"), (r"^ageing$", "aging"),
    (r"^aluminium$", "aluminum"), (r"^maths$", "math"), (r"^tyre", "tire"), (r"^kerb", "curb"),
    (r"^storey", "story"), (r"^plough", "plow"), (r"^draught", "draft"), (r"^grey", "gray"),
    (r"^pyjama", "pajama"), (r"^artefact", "artifact"), (r"^furore", "furor"), (r"^fulfil", "fulfill"),
    (r"^enrol", "enroll"), (r"^instalment", "installment"), (r"ilful", "illful"), (r"^whisky", "whiskey"),
    (r"^licen", "licens"), (r"^practis", "practic"), (r"^manoeuvr", "maneuvr"), (r"^oestrogen", "estrogen"),
    (r"^diarrhoea", "diarrhea"), (r"^foet", "fet"),
))


# ---- the dictionary ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def frequencies() -> dict[str, int]:
    """pyspellchecker's English word frequencies (loaded on first use, once per process).

    Parsed from pyspellchecker's data once, then read back from the cache folder (lint.packcache).
    """
    import importlib.util

    from lint.packcache import cached_table

    spec = importlib.util.find_spec("spellchecker")
    folders = list(spec.submodule_search_locations or []) if spec else []
    sources = [Path(folders[0]) / "resources" / "en.json.gz"] if folders else []

    def build() -> dict[str, int]:
        from spellchecker import SpellChecker

        return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)

    return cached_table("spelling-en", sources, build)  # type: ignore[return-value]


@lru_cache(maxsize=64)
def load_word_list(path: str, mtime: float = 0.0) -> frozenset[str]:
    """A plain word list (one word a line, ``#`` comments), lowercased."""
    return frozenset(line.lower() for _, line in read_lines(Path(path)))


def user_words(paths: Iterable[Path]) -> frozenset[str]:
    words: set[str] = set()
    for path in paths:
        try:
            mtime = path.stat().st_mtime
        except OSError:
            mtime = 0.0
        words |= load_word_list(str(path), mtime)
    return frozenset(words)


class Lexicon:
    """Is a lowercase word known, and what is it most likely a slip for? Answers are cached."""

    def __init__(self, extra: frozenset[str], compound_min_freq: int) -> None:
        self.extra = extra
        self.compound_min_freq = compound_min_freq
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[list[str], bool, int]] = {}

    @property
    def freq(self) -> dict[str, int]:
        return frequencies()

    def in_dictionary(self, word: str) -> bool:
        return word in self.freq or word in self.extra

    def known(self, word: str) -> bool:
        cached = self._known.get(word)
        if cached is None:
            cached = self._known[word] = self.in_dictionary(word) or self._derived(word)
        return cached

    def _derived(self, word: str) -> bool:
        """British spellings, plurals, prefixed words and closed compounds of known words."""
        if any(self.in_dictionary(v) for v in british_variants(word)):
            return True
        if word.endswith("s") and not word.endswith("ss") and len(word) > 4 and self.in_dictionary(word[:-1]):
            return True
        for prefix in PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 4 and (
                    self.in_dictionary(rest) or any(self.in_dictionary(v) for v in british_variants(rest))):
                return True
        for prefix in SHORT_PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 6 and (
                    self.freq.get(rest, 0) >= 300 or any(self.freq.get(v, 0) >= 300 for v in british_variants(rest))):
                return True
        for suffix in SUFFIXES:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 4 and self.freq.get(stem, 0) >= 1000:
                return True  # texting, ramping, winless: a common word with a regular ending
        return self._compound(word)

    def _compound(self, word: str) -> bool:
        freq, floor = self.freq, self.compound_min_freq
        for i in range(4, len(word) - 3):
            left, right = word[:i], word[i:]
            if freq.get(left, 0) >= floor and (freq.get(right, 0) >= floor or
                                               (right.endswith("s") and freq.get(right[:-1], 0) >= floor)):
                return True
        return False

    def suggestions(self, word: str, limit: int) -> tuple[list[str], bool, int]:
        """Up to ``limit`` corrections, best first, whether the best is unambiguous, and their edit distance."""
        cached = self._suggestions.get(word)
        if cached is None:
            cached = self._suggestions[word] = self._rank(word, limit)
        return cached

    def _rank(self, word: str, limit: int) -> tuple[list[str], bool, int]:
        freq = self.freq
        scores: dict[str, float] = {}
        for candidate, weight in edits1(word):
            if candidate in freq:
                score = weight * freq[candidate]
                if score > scores.get(candidate, 0.0):
                    scores[candidate] = score
        unambiguous = len(scores) == 1
        distance = 1
        if not scores and len(word) <= 14:
            distance = 2
            best_first: dict[str, float] = {}  # each one-edit string once, with its best weight
            for first, w1 in edits1(word):
                if w1 > best_first.get(first, 0.0):
                    best_first[first] = w1
            for first, w1 in best_first.items():
                hits = freq.keys() & edit_strings(first)  # cheap filter: weigh only strings that are words
                if not hits:
                    continue
                for candidate, w2 in edits1(first):
                    if candidate in hits:
                        score = w1 * w2 * freq[candidate]
                        if score > scores.get(candidate, 0.0):
                            scores[candidate] = score
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        return ranked[:limit], unambiguous, distance if ranked else 0


@lru_cache(maxsize=4096)
def british_variants(word: str) -> tuple[str, ...]:
    """American spellings a British word may stand for (one or two rewrites)."""
    out: list[str] = []
    frontier = [word]
    for _ in range(2):
        nxt = []
        for w in frontier:
            for pattern, repl in BRITISH:
                v = pattern.sub(repl, w)
                if v != w and v not in out:
                    out.append(v)
                    nxt.append(v)
        frontier = nxt
    return tuple(out)


def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {c: set() for c in ALPHABET}
    for r, row in enumerate(KEYBOARD_ROWS):
        for c, ch in enumerate(row):
            for dr, dc in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < len(KEYBOARD_ROWS) and 0 <= cc < len(KEYBOARD_ROWS[rr]):
                    near[ch].add(KEYBOARD_ROWS[rr][cc])
    return {k: frozenset(v) for k, v in near.items()}


NEAR = _neighbours()


def edit_strings(word: str) -> list[str]:
    """The strings :func:`edits1` yields (and ``word`` itself), without weights: a fast filter."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = [a + b[1:] for a, b in splits if b]
    out += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    out += [a + c + b[1:] for a, b in splits if b for c in ALPHABET]
    out += [a + c + b for a, b in splits for c in ALPHABET]
    n = len(word)
    if n > 3 and word.endswith(("nt", "ll", "ve", "re", "s", "d", "m")):
        out += [word[:i] + "'" + word[i:] for i in range(max(1, n - 3), n)]
    return out


def edits1(word: str) -> Iterator[tuple[str, float]]:
    """Every string one edit from ``word``, with a weight for how likely that slip is."""
    n = len(word)
    for i in range(n):  # the typist added a letter: delete it
        ch = word[i]
        doubled = (i > 0 and word[i - 1] == ch) or (i + 1 < n and word[i + 1] == ch)
        near = (i > 0 and ch in NEAR.get(word[i - 1], ())) or (i + 1 < n and ch in NEAR.get(word[i + 1], ()))
        yield word[:i] + word[i + 1:], 1.0 if doubled else 0.7 if near else 0.4
    for i in range(n - 1):  # two letters swapped
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:], 1.0
    for i in range(n):  # a letter mistyped
        ch = word[i]
        for c in ALPHABET:
            if c != ch:
                weight = 0.8 if c in NEAR.get(ch, ()) else 0.5 if (c in VOWELS and ch in VOWELS) else 0.25
                yield word[:i] + c + word[i + 1:], weight
    for i in range(n + 1):  # a letter dropped
        for c in ALPHABET:
            doubled = (i > 0 and word[i - 1] == c) or (i < n and word[i] == c)
            yield word[:i] + c + word[i:], 1.0 if doubled else 0.5
    if n > 3 and word.endswith(("nt", "ll", "ve", "re", "s", "d", "m")):  # an apostrophe left out: dont, theyre
        for i in range(max(1, n - 3), n):
            yield word[:i] + "'" + word[i:], 1.0


# ---- the rule -----------------------------------------------------------------------------------
class SpellingKind(RuleKind):
    OPTIONS = {"dictionary": "quality/news_words.txt", "dialect": "quality/dialect.txt", "min_length": 3,
               "recurring": 3, "sentence_start": True, "foreign_share": 0.4, "max_suggestions": 3,
               "compound_min_freq": 300}

    def setup(self) -> None:
        words: set[str] = set()
        for name in self.options["dictionary"].split(","):
            if name.strip():
                words |= load_word_list(str(self.data_path(name.strip())))
        if self.options["dialect"]:
            words |= set(load_dialect(self.data_path(self.options["dialect"])))
        self.project_words = frozenset(words)
        self._lexicons: dict[frozenset[str], Lexicon] = {}

    def lexicon(self, ctx: RunContext) -> Lexicon:
        extra = self.project_words | user_words(ctx.settings.dictionaries)
        lex = self._lexicons.get(extra)
        if lex is None:
            lex = self._lexicons[extra] = _shared_lexicon(extra, self.options["compound_min_freq"])
        return lex

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lex = self.lexicon(ctx)
        candidates = list(self._candidates(doc, lex))
        if not candidates:
            return
        unknown = [(i, word, initial) for i, word, initial in candidates if not lex.known(word.lower())]
        if not unknown:
            return
        skip = self._foreign_quotes(doc, candidates, unknown)
        counts = Counter(t.norm for t in doc.words)
        recurring = self.options["recurring"]
        for i, word, initial in unknown:
            tok = doc.tokens[i]
            if i in skip:
                continue
            lower = word.lower()
            if recurring and counts[lower] >= recurring:
                continue  # a term of art the writer uses on purpose
            if initial and not _may_be_slip(lower, lex):
                continue  # as below, decided without the costly search for corrections
            suggestions, unambiguous, distance = lex.suggestions(lower, self.options["max_suggestions"])
            if initial and not _obvious_slip(lower, suggestions, lex):
                continue  # a capitalised unknown word that is not plainly a slip of a common word: a name
            replacements = tuple(adapt_case(s, word) for s in suggestions)
            if not unambiguous or initial:
                replacements = replacements[: self.options["max_suggestions"]]
            else:
                replacements = replacements[:1]
            # Warnings only for confident calls: one edit from a known word, and either the only
            # such word or a word long enough that the slip is unlikely to be a clipped form or slang.
            confident = distance == 1 and (unambiguous or len(word) >= 5) and not initial
            severity = None if confident else Severity.INFO
            note = f"did you mean {' or '.join(repr(r) for r in replacements)}?" if replacements else "no close word"
            f = self.finding(tok.start, tok.start + len(word), match=word, replacements=replacements, note=note,
                             severity=severity, unsafe=initial or not unambiguous)
            yield f

    def _candidates(self, doc: Document, lex: Lexicon) -> Iterator[tuple[int, str, bool]]:
        """(token index, word without possessive, is a capitalised sentence start) for words worth a look."""
        tokens = doc.tokens
        prose = doc.prose
        min_length = self.options["min_length"]
        starts = doc.sentence_starts
        urls = [m.span() for m in URL.finditer(prose)] if URL_HINT.search(prose) else []
        url_i = 0
        mid_sentence_caps = {t.text for k, t in enumerate(tokens) if t.is_word and t.text[:1].isupper()
                             and k not in starts}
        debris: dict[int, bool] = {}
        for i, tok in enumerate(tokens):
            if not tok.is_word:
                continue
            while url_i < len(urls) and urls[url_i][1] <= tok.start:
                url_i += 1
            if url_i < len(urls) and urls[url_i][0] <= tok.start:
                continue
            word = _strip_possessive(tok.text)
            if len(word) < min_length or not word.isascii() or not word.replace("'", "").isalpha():
                continue
            if word[1:] != word[1:].lower():  # (ASCII letters here: same as any capital after the first)
                continue  # an acronym or a brand: NATO, iPhone, McDonald
            if _glued_to_code(prose, tok) or _in_debris(doc, tok, debris):
                continue
            initial = False
            if word[0].isupper():
                if i not in starts or not self.options["sentence_start"] or word in mid_sentence_caps:
                    continue  # a name
                if i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].text[:1].isupper():
                    continue  # a name of several words: "Peskov Dmitry", "Witkoff Steve"
                initial = True
            compound = _compound_parts(doc, i)
            if compound is not None:
                joined, _parts = compound
                if lex.known(joined.lower()) or joined.lower() in lex.extra:
                    continue
                if len(word) <= 3 or word.lower() in PREFIXES:
                    continue  # "pre", "wi" in "wi-fi", "ons" in "add-ons"
            if "'" in word:
                head, _, tail = word.lower().rpartition("'")
                if lex.known(word.lower()) or (tail in CONTRACTIONS and lex.known(head)) or len(head) <= 2:
                    continue  # could've, there'll; d'etat, l'amour are French
            elif word.islower() and len(word) <= 4 and _between_capitals(tokens, i):
                continue  # a name particle: van der Sar, Abu al Bashir
            yield i, word, initial

    def _foreign_quotes(self, doc: Document, candidates: list[tuple[int, str, bool]],
                        unknown: list[tuple[int, str, bool]]) -> set[int]:
        """Token indices inside a quotation (or sentence) mostly in another language."""
        share = self.options["foreign_share"]
        unknown_idx = {i for i, _, _ in unknown}
        skip: set[int] = set()
        groups: dict[tuple[str, int], list[int]] = {}
        in_quote = _SpanIndex(doc.quotes)
        in_sentence = _SpanIndex(doc.sentences)
        for i, _, _ in candidates:
            start = doc.tokens[i].start
            q = in_quote.first_containing(start)
            key = ("q", q) if q is not None else ("s", in_sentence.first_containing(start, -1))
            groups.setdefault(key, []).append(i)
        for (kind, _), members in groups.items():
            bad = [i for i in members if i in unknown_idx]
            threshold = share if kind == "q" else max(share, 0.5)
            if len(bad) >= 2 and len(bad) >= threshold * len(members):
                skip.update(members)
        return skip


class _SpanIndex:
    """The first of a start-sorted list of spans that contains an offset, in O(log n) (a linear scan
    per word made the rule quadratic: minutes on a 2 MB file)."""

    def __init__(self, spans: Iterable) -> None:
        self.starts: list[int] = []
        self.max_ends: list[int] = []  # running maximum of the ends: non-decreasing, so bisectable
        for span in spans:
            self.starts.append(span.start)
            self.max_ends.append(max(span.end, self.max_ends[-1]) if self.max_ends else span.end)

    def first_containing(self, offset: int, default: int | None = None) -> int | None:
        last = bisect.bisect_right(self.starts, offset) - 1  # spans from 0..last start at or before offset
        first = bisect.bisect_right(self.max_ends, offset)  # the first span ending after offset
        return first if first <= last else default


_LEXICONS: dict[tuple[frozenset[str], int], Lexicon] = {}


def _shared_lexicon(extra: frozenset[str], compound_min_freq: int) -> Lexicon:
    """One lexicon (and one cache of verdicts) per word set, shared by every rule instance in the process."""
    key = (extra, compound_min_freq)
    if key not in _LEXICONS:
        _LEXICONS[key] = Lexicon(extra, compound_min_freq)
    return _LEXICONS[key]


def _obvious_slip(word: str, suggestions: list[str], lex: Lexicon) -> bool:
    """Swapped or doubled letters in a very common word ("Teh", "Thhe"): worth checking at a sentence start."""
    if not suggestions or lex.freq.get(suggestions[0], 0) < 50_000:
        return False
    return any(c == suggestions[0] and w == 1.0 for c, w in edits1(word))


def _may_be_slip(word: str, lex: Lexicon) -> bool:
    """False when :func:`_obvious_slip` must be false: no likeliest-slip edit makes a very common word."""
    freq = lex.freq
    return any(w == 1.0 and freq.get(c, 0) >= 50_000 for c, w in edits1(word))


def _strip_possessive(text: str) -> str:
    text = text.replace("’", "'")
    for ending in ("'s", "'"):
        if text.endswith(ending) and len(text) > len(ending):
            return text[: -len(ending)]
    return text


def _glued_to_code(prose: str, tok: Token) -> bool:
    """Part of something that is not a plain word: a@b, file_name, x.y, café split by a combining mark."""
    before = prose[tok.start - 1] if tok.start > 0 else " "
    after = prose[tok.end] if tok.end < len(prose) else " "
    if before in "@#_/\\&" or after in "@_/\\&":
        return True
    if before == ";" and regex.search(r"&#?\w+;$", prose[max(0, tok.start - 10):tok.start]):
        return True  # after an HTML entity: B&#233;ziers
    if after == "." and prose[tok.end + 1 : tok.end + 2].isalnum():
        return True
    if before == "." and tok.start > 1 and prose[tok.start - 2].isalnum():
        return True
    return not after.isascii() and (after.isalpha() or after.isdigit() or regex.match(r"\p{M}", after) is not None)


def _between_capitals(tokens: list[Token], i: int) -> bool:
    """A short lowercase word inside a name: "van der Sar", "Abu al Bashir"."""
    def capital_at(step: int) -> bool:
        j = i + step
        while 0 <= j < len(tokens) and tokens[j].is_word and tokens[j].text.islower() and len(tokens[j].text) <= 4:
            j += step
        return 0 <= j < len(tokens) and tokens[j].is_word and tokens[j].text[:1].isupper()

    return capital_at(-1) and capital_at(1)


def _in_debris(doc: Document, tok: Token, cache: dict[int, bool]) -> bool:
    """On a line with no spaces at all: a URL fragment or scraped debris, not prose.

    Decided once per line (``cache``): per word, a long line made the rule quadratic.
    """
    line = doc.line_of(tok.start)
    if line not in cache:
        cache[line] = " " not in doc.prose[doc.line_starts[line]:doc.line_ends[line]].strip()
    return cache[line]


def _compound_parts(doc: Document, i: int) -> tuple[str, list[str]] | None:
    """The hyphenated compound token i belongs to, as (joined without hyphens, parts), or None."""
    tokens = doc.tokens
    a = i
    while a >= 2 and tokens[a - 1].text == "-" and tokens[a - 1].start == tokens[a - 2].end \
            and tokens[a - 1].end == tokens[a].start and tokens[a - 2].is_word:
        a -= 2
    b = i
    while b + 2 < len(tokens) and tokens[b + 1].text == "-" and tokens[b + 1].start == tokens[b].end \
            and tokens[b + 2].start == tokens[b + 1].end and tokens[b + 2].is_word:
        b += 2
    if a == b:
        return None
    parts = [tokens[k].text for k in range(a, b + 1, 2)]
    return "".join(parts), parts


KIND = SpellingKind
