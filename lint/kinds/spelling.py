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

Each word type is judged once per process: whether it can be an unknown word at all is decided
from its text alone and cached, so a document costs one set of its word texts and a look at the
few tokens whose type is not a known word; corrections are searched only for words that are
reported (lint.spelling_edits). The best correction is the most frequent known word one edit away
(two if none is one away), with transpositions, doubled letters and keyboard neighbours weighted
as the likelier slips. The fix is safe only when exactly one word is one edit away; otherwise up
to three choices are offered.

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
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter
from pathlib import Path

import regex

from lint.document import Document, Token
from lint.engine import RunContext
from lint.finding import Finding, Severity
from lint.kinds.base import RuleKind
from lint.kinds.consistency import load_dialect, read_lines
from lint.phrases import adapt_case
from lint.spelling_dictionary import WordList, english
from lint.spelling_edits import edits1, rank

__all__ = ["KIND", "SpellingKind", "british_variants", "edits1", "frequencies"]

URL = regex.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#]\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|uk|gov|edu|io|tv|info|biz|eu|int|ly|me|ru|ua|de|fr)\b(?:/\S*)?",
    regex.I,
)
# Something every URL match needs (a scheme, www., @ or #, a listed domain): most texts have none,
# and this search is a fraction of the cost of URL's.
URL_HINT = regex.compile(
    r"://|www\.|[@#]|\.(?:com|org|net|co|uk|gov|edu|io|tv|info|biz|eu|int|ly|me|ru|ua|de|fr)\b", regex.I)
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
Decision = tuple[tuple[str, ...], str, Severity | None, bool]  # replacements, note, severity, unsafe


# ---- the dictionary ---------------------------------------------------------------------------
def frequencies() -> dict[str, int]:
    """pyspellchecker's English word frequencies as a ``dict`` (one per process; the rule itself
    reads the sorted :class:`~lint.spelling_dictionary.WordList`, which loads several times faster)."""
    return english().table()


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
    """Is a lowercase word known, and what is it most likely a slip for? Answers are cached, and so
    are the rule's verdicts on token texts (:attr:`types`) and on unknown words (:attr:`decisions`)."""

    def __init__(self, extra: frozenset[str], compound_min_freq: int) -> None:
        self.extra = extra
        self.compound_min_freq = compound_min_freq
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[list[str], bool, int]] = {}
        self._words: WordList | None = None  # english(), loaded on first use
        # (min_length, sentence_start) -> (text -> classify(text), the texts whose verdict is a
        # lowercase word, the texts whose verdict is a capitalised word)
        self.types: dict[tuple[int, bool],
                         tuple[dict[str, tuple[str, str, bool] | None], set[str], set[str]]] = {}
        # max_suggestions -> (unknown word, sentence start) -> what to report
        self.decisions: dict[int, dict[tuple[str, bool], Decision | None]] = {}

    @property
    def freq(self) -> WordList:
        words = self._words
        if words is None:
            words = self._words = english()
        return words

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
            cached = self._suggestions[word] = rank(word, self.freq, limit)
        return cached

    def plainly_known(self, texts: set[str]) -> set[str]:
        """The texts that are dictionary words written plainly: ASCII letters, lowercase or with
        only the first capitalised (``classify`` says None to every one), found with set operations
        once the word list's hash set is loaded (a run with a handful of files never builds it for
        this); the empty set before."""
        words = self.freq
        if not words.has_members():
            return set()
        members = words.members()
        plain = set(filter(str.isalpha, filter(str.isascii, texts)))
        known = plain.intersection(members)
        titles = list(filter(str.istitle, plain.difference(known)))  # for ASCII letters: Xxxx
        known.update(t for t, lower in zip(titles, map(str.lower, titles), strict=True) if lower in members)
        return known

    def classify(self, text: str, min_length: int, sentence_start: bool) -> tuple[str, str, bool] | None:
        """Can a word token with this text be an unknown word? None when the text alone says no (too
        short, not a plain word, an acronym, a known word, a known contraction); else (the word
        without a possessive, lowercased, capitalised). Where the token stands decides the rest."""
        if text.isascii() and text.isalpha():  # most texts: a plain word, nothing to strip
            if len(text) < min_length:
                return None
            if text.islower():
                if text in self.freq or text in self.extra or self.known(text):
                    return None
                return text, text, False
            lower = text.lower()
            if text[0].isupper() and text[1:] == lower[1:]:
                return None if not sentence_start or self.in_dictionary(lower) else (text, lower, True)
            return None  # an acronym or a brand: NATO, iPhone, McDonald
        word = _strip_possessive(text)
        if len(word) < min_length or not word.isascii() or not word.replace("'", "").isalpha():
            return None
        if word[1:] != word[1:].lower():
            return None  # an acronym or a brand: NATO, iPhone, McDonald
        lower = word.lower()
        if "'" in word:
            head, _, tail = lower.rpartition("'")
            if self.known(lower) or (tail in CONTRACTIONS and self.known(head)) or len(head) <= 2:
                return None  # could've, there'll; d'etat, l'amour are French
        if word[0].isupper():
            if not sentence_start or self.in_dictionary(lower):
                return None  # a name, or a known word (derived forms are tried only for sentence starts)
            return word, lower, True
        if self.known(lower):
            return None
        return word, lower, False

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


_TEXT = attrgetter("text")


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
        users = user_words(ctx.settings.dictionaries)
        extra = self.project_words | users if users else self.project_words
        lex = self._lexicons.get(extra)
        if lex is None:
            lex = self._lexicons[extra] = _shared_lexicon(extra, self.options["compound_min_freq"])
        return lex

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        lex = self.lexicon(ctx)
        unknown = self._unknown(doc, lex)
        if not unknown:
            return
        skip = self._foreign_quotes(doc, lex, unknown) if len(unknown) >= 2 else set()
        recurring = self.options["recurring"]
        decisions = lex.decisions.setdefault(self.options["max_suggestions"], {})
        for i, word, initial in unknown:
            if i in skip:
                continue
            # (a punctuation token's norm is one mark, never a word, so all the tokens' norms will do)
            if recurring and doc.token_norms.count(word.lower()) >= recurring:
                continue  # a term of art the writer uses on purpose
            key = (word, initial)
            if key not in decisions:
                decisions[key] = self._decide(word, initial, lex)
            decision = decisions[key]
            if decision is None:
                continue
            replacements, note, severity, unsafe = decision
            start = doc.tokens[i].start
            yield self.finding(start, start + len(word), match=word, replacements=replacements, note=note,
                               severity=severity, unsafe=unsafe)

    def _decide(self, word: str, initial: bool, lex: Lexicon) -> Decision | None:
        """What to report for an unknown word (its type and whether it starts a sentence), or None."""
        lower = word.lower()
        if initial and not _may_be_slip(lower, lex):
            return None  # as below, decided without the costly search for corrections
        suggestions, unambiguous, distance = lex.suggestions(lower, self.options["max_suggestions"])
        if initial and not _obvious_slip(lower, suggestions, lex):
            return None  # a capitalised unknown word that is not plainly a slip of a common word: a name
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
        return replacements, note, severity, initial or not unambiguous

    def _unknown(self, doc: Document, lex: Lexicon) -> list[tuple[int, str, bool]]:
        """The candidates (see :meth:`_candidates`) that are not known words, found fast.

        A token's text decides most of it (:meth:`Lexicon.classify`, cached per text for the
        process); only tokens whose text can be an unknown word, and for a capitalised word only at
        the start of a sentence, get the checks that depend on where they stand (the same checks as
        :meth:`_candidates`, cheapest first).
        """
        min_length, sentence_start = self.options["min_length"], self.options["sentence_start"]
        verdicts, lowercase, capitalised = lex.types.setdefault((min_length, sentence_start), ({}, set(), set()))
        texts = set(map(_TEXT, doc.words))
        new = texts.difference(verdicts)
        if new:
            verdicts.update(dict.fromkeys(lex.plainly_known(new)))
            for text in new.difference(verdicts):
                verdict = verdicts[text] = lex.classify(text, min_length, sentence_start)
                if verdict is not None:
                    (capitalised if verdict[2] else lowercase).add(text)
        tokens = doc.tokens
        starts = doc.sentence_starts
        hot: list[int] = []
        present = texts & capitalised
        if present:  # a capitalised word is looked at only where it starts a sentence
            hot = [i for i in starts if i < len(tokens) and tokens[i].text in present]
        present = texts & lowercase
        if present:  # (punctuation is never in it; one C-level pass over the tokens)
            hot += compress(count(), map(present.__contains__, map(_TEXT, tokens)))
        if not hot:
            return []
        hot.sort()
        prose = doc.prose
        urls: list[tuple[int, int]] | None = None
        url_i = 0
        debris: dict[int, bool] = {}
        texts_in_order: list[str] | None = None
        out: list[tuple[int, str, bool]] = []
        for i in hot:
            tok = tokens[i]
            word, lower, capital = verdicts[tok.text]  # type: ignore[misc]
            if capital:
                if i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].text[:1].isupper():
                    continue  # a name of several words: "Peskov Dmitry", "Witkoff Steve"
                if texts_in_order is None:
                    texts_in_order = list(map(_TEXT, doc.words))
                if texts_in_order.count(word) > sum(1 for k in starts if k < len(tokens) and tokens[k].text == word):
                    continue  # a name: the same word is used capitalised inside a sentence
            elif len(word) <= 4 and "'" not in word and _between_capitals(tokens, i):
                continue  # a name particle: van der Sar, Abu al Bashir
            if _glued_to_code(prose, tok) or _in_debris(doc, tok, debris):
                continue
            if _skipped_compound_part(doc, i, word, lex):
                continue
            if capital and lex.known(lower):
                continue
            if urls is None:
                urls = [m.span() for m in URL.finditer(prose)] if URL_HINT.search(prose) else []
            while url_i < len(urls) and urls[url_i][1] <= tok.start:
                url_i += 1
            if url_i < len(urls) and urls[url_i][0] <= tok.start:
                continue  # part of a web or e-mail address, a handle or a hashtag
            out.append((i, word, capital))
        return out

    def _foreign_quotes(self, doc: Document, lex: Lexicon, unknown: list[tuple[int, str, bool]]) -> set[int]:
        """Token indices inside a quotation (or sentence) mostly in another language: where at least
        two words, and at least ``foreign_share`` of the words worth a look (:meth:`_candidates`), are
        unknown. Only the quotations and sentences holding two unknown words are examined."""
        share = self.options["foreign_share"]
        in_quote = _SpanIndex(doc.quotes)
        in_sentence = _SpanIndex(doc.sentences)

        def group(i: int) -> tuple[str, int | None]:
            start = doc.tokens[i].start
            q = in_quote.first_containing(start)
            return ("q", q) if q is not None else ("s", in_sentence.first_containing(start, -1))

        bad: dict[tuple[str, int | None], list[int]] = {}
        for i, _, _ in unknown:
            bad.setdefault(group(i), []).append(i)
        shared = {key for key, members in bad.items() if len(members) >= 2}
        if not shared:
            return set()
        ranges = []  # the tokens starting inside each such quotation or sentence
        for kind, index in shared:
            if index is None or index < 0:
                ranges.append((0, len(doc.tokens)))
            else:
                span = doc.quotes[index] if kind == "q" else doc.sentences[index]
                ranges.append((bisect.bisect_left(doc.token_starts, span.start),
                               bisect.bisect_left(doc.token_starts, span.end)))
        members: dict[tuple[str, int | None], list[int]] = {}
        for i, _, _ in self._candidates(doc, lex, ranges):
            key = group(i)
            if key in shared:
                members.setdefault(key, []).append(i)
        skip: set[int] = set()
        for key, group_members in members.items():
            threshold = share if key[0] == "q" else max(share, 0.5)
            if len(bad[key]) >= threshold * len(group_members):
                skip.update(group_members)
        return skip

    def _candidates(self, doc: Document, lex: Lexicon, ranges: Iterable[tuple[int, int]] | None = None
                    ) -> Iterator[tuple[int, str, bool]]:
        """(token index, word without possessive, is a capitalised sentence start) for words worth a look,
        known or not (the share of unknown words in a quotation needs them all), in the token index
        ranges given (default: the whole document). :meth:`_unknown` finds the unknown ones without
        this walk."""
        tokens = doc.tokens
        prose = doc.prose
        min_length = self.options["min_length"]
        starts = doc.sentence_starts
        urls = [m.span() for m in URL.finditer(prose)] if URL_HINT.search(prose) else []
        url_starts = [a for a, _ in urls]
        mid_sentence_caps = {t.text for k, t in enumerate(tokens) if t.is_word and t.text[:1].isupper()
                             and k not in starts}
        debris: dict[int, bool] = {}
        indices = sorted({i for lo, hi in ranges for i in range(lo, hi)}) if ranges is not None else range(len(tokens))
        for i in indices:
            tok = tokens[i]
            if not tok.is_word:
                continue
            u = bisect.bisect_right(url_starts, tok.start) - 1
            if u >= 0 and tok.start < urls[u][1]:
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
            if _skipped_compound_part(doc, i, word, lex):
                continue
            if "'" in word:
                head, _, tail = word.lower().rpartition("'")
                if lex.known(word.lower()) or (tail in CONTRACTIONS and lex.known(head)) or len(head) <= 2:
                    continue  # could've, there'll; d'etat, l'amour are French
            elif word.islower() and len(word) <= 4 and _between_capitals(tokens, i):
                continue  # a name particle: van der Sar, Abu al Bashir
            yield i, word, initial


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


def _skipped_compound_part(doc: Document, i: int, word: str, lex: Lexicon) -> bool:
    """Token ``i`` (``word``) is part of a hyphenated compound that is known once joined
    ("co-operation"), or a part too short or too much a prefix to judge alone ("pre", "wi" in
    "wi-fi", "ons" in "add-ons")."""
    joined = _compound_word(doc, i)
    if joined is None:
        return False
    joined = joined.lower()
    return lex.known(joined) or joined in lex.extra or len(word) <= 3 or word.lower() in PREFIXES


def _compound_word(doc: Document, i: int) -> str | None:
    """The hyphenated compound token i belongs to, joined without hyphens, or None."""
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
    return "".join(tokens[k].text for k in range(a, b + 1, 2))


KIND = SpellingKind
