"""Corrections for a misspelt word: the weighted one-edit model and the search over a word list.

An edit is one slip of a typist (:func:`edits1`): a letter added, two letters swapped, a letter
mistyped, a letter dropped, an apostrophe left out; each with a weight for how likely that slip
is. The best correction is the most frequent known word one edit away (weight x frequency); if
none is, two edits away (weight x weight x frequency, the likeliest path), for words of 14
letters or fewer.

Two edits from a 10-letter word are some 300,000 strings, and trying each took a tenth of a
second per word. :func:`rank` finds exactly the same words and scores, trying few strings:

* A word that ``s`` becomes by an edit at position ``i`` begins with ``s[:i]`` and ends with what
  follows the edit, so ``i`` can be no later than the longest beginning of ``s`` that begins some
  word, and no earlier than its longest ending that ends some word (:func:`longest_prefix`: one
  binary search in the sorted words, or in the reversed words). Most strings one edit from a
  misspelt word fail at once; the rest try only a position or two.
* A letter put in at ``i`` must make, with the two characters on one side and one on the other,
  four characters that occur in some word (:meth:`WordList.contexts`): about 4 letters of 26.
  Where the string keeps a beginning or an ending of the misspelt word, the letters that follow
  that beginning (precede that ending) in some word are known exactly, read once per word
  (:class:`WordEnds`), and so are most of its longest known beginnings and endings.
* An edit that undoes the first one (deleting or retyping the letter it changed) makes a string
  at most one edit from the word: never a word when none is one edit away.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from lint.spelling_dictionary import Contexts, WordList

    Lookup = WordList | frozenset[str] | dict[str, int]

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = frozenset("aeiou")
APOSTROPHE_ENDINGS = ("nt", "ll", "ve", "re", "s", "d", "m")  # dont, theyll, ive, youre, its, shed, im
MAX_TWO_EDIT_LENGTH = 14


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


def _replace_weights(ch: str) -> dict[str, float]:
    """How likely each letter is to have been typed in place of ``ch``: a keyboard neighbour, then
    a vowel for a vowel, then any other letter."""
    near, vowel = NEAR.get(ch, frozenset()), ch in VOWELS
    return {c: 0.8 if c in near else 0.5 if (vowel and c in VOWELS) else 0.25 for c in ALPHABET}


REPLACE_WEIGHTS = {ch: _replace_weights(ch) for ch in ALPHABET}
OTHER_REPLACE_WEIGHTS = _replace_weights("'")  # in place of anything not a letter


def delete_weight(word: str, i: int) -> float:
    """How likely ``word[i]`` is a letter the typist added: beside the same letter, beside a
    keyboard neighbour, or anywhere."""
    ch, n = word[i], len(word)
    if (i > 0 and word[i - 1] == ch) or (i + 1 < n and word[i + 1] == ch):
        return 1.0
    if (i > 0 and ch in NEAR.get(word[i - 1], ())) or (i + 1 < n and ch in NEAR.get(word[i + 1], ())):
        return 0.7
    return 0.4


def edits1(word: str) -> Iterator[tuple[str, float]]:
    """Every string one edit from ``word``, with a weight for how likely that slip is."""
    n = len(word)
    for i in range(n):  # the typist added a letter: delete it
        yield word[:i] + word[i + 1:], delete_weight(word, i)
    for i in range(n - 1):  # two letters swapped
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:], 1.0
    for i in range(n):  # a letter mistyped
        ch = word[i]
        weights = REPLACE_WEIGHTS.get(ch, OTHER_REPLACE_WEIGHTS)
        for c in ALPHABET:
            if c != ch:
                yield word[:i] + c + word[i + 1:], weights[c]
    for i in range(n + 1):  # a letter dropped
        for c in ALPHABET:
            doubled = (i > 0 and word[i - 1] == c) or (i < n and word[i] == c)
            yield word[:i] + c + word[i:], 1.0 if doubled else 0.5
    if n > 3 and word.endswith(APOSTROPHE_ENDINGS):  # an apostrophe left out: dont, theyre
        for i in range(max(1, n - 3), n):
            yield word[:i] + "'" + word[i:], 1.0


def rank(word: str, words: WordList, limit: int) -> tuple[list[str], bool, int]:
    """Up to ``limit`` corrections of ``word`` from ``words``, best first, whether exactly one word
    is one edit away, and the edit distance of the corrections (0 when there are none)."""
    scores = one_edit_scores(word, words)
    unambiguous = len(scores) == 1
    distance = 1
    if not scores and len(word) <= MAX_TWO_EDIT_LENGTH:
        distance = 2
        scores = two_edit_scores(word, words)
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    return ranked[:limit], unambiguous, distance if ranked else 0


def one_edit_scores(word: str, words: WordList) -> dict[str, float]:
    """Every word one edit from ``word`` with its score, the best ``weight * count`` (the same words
    and floats as trying every string of :func:`edits1`).

    Uses what is loaded: the hash set, the reversed words and the letter contexts once a two-edit
    search has made them, else binary search (a run with a handful of misspellings never pays for
    them).
    """
    lp = longest_prefix(word, words.words) if words.is_split() else len(word)
    reversed_words = words.reversed_words(load=False)
    ls = longest_prefix(word[::-1], reversed_words) if reversed_words is not None else len(word)
    lookup: Lookup = words.members() if words.has_members() else words
    scores: dict[str, float] = {}
    for candidate, weight in one_edit_words(word, lp, ls, lookup, contexts=words.contexts(load=False)).items():
        count = words.get(candidate)
        if count > 0:
            scores[candidate] = weight * count
    return scores


def two_edit_scores(word: str, words: WordList) -> dict[str, float]:
    """Every word two edits from ``word`` with its score: the best ``w1 * w2 * count`` over the
    paths word -> first -> candidate (the same words and floats as trying every path)."""
    table = words.members()
    forward = words.words
    backward = words.reversed_words()
    contexts = words.contexts()
    best_first = first_edits(word)
    # What the beginnings and endings of the word can go on with: read once per word, they bound
    # most intermediate strings without a binary search (see WordEnds).
    prefixes = WordEnds(word, forward)
    suffixes = WordEnds(word[::-1], backward)
    # An edit that undoes the first one (or retypes the letter it changed) makes ``word`` or a
    # string one edit from it: no word when neither is one (as when rank comes here).
    undo = word not in table and not one_edit_words(word, prefixes.longest, suffixes.longest, table,
                                                    contexts=contexts)
    scores: dict[str, float] = {}
    for first, (w1, skip_lo, skip_hi, front, back) in best_first.items():
        k = len(first)
        lp = prefixes.longest_prefix(first, front)
        ls = suffixes.longest_prefix(first[::-1], back)
        if lp + ls < k - 2:
            continue  # no edit position leaves a known beginning and a known ending
        if not undo:
            skip_lo, skip_hi = 1, 0
        lo, hi = max(0, k - 1 - ls), min(lp, k - 1)  # where a delete or retype could go
        if lp < k - ls and (lo > hi or (skip_lo <= lo and hi <= skip_hi)):
            # Nothing to put in, and every delete or retype would undo the first edit: only swaps
            # remain (the usual case, done here without the general search).
            for i in range(max(0, k - 2 - ls), min(lp, k - 2) + 1):
                if first[i] != first[i + 1]:
                    candidate = first[:i] + first[i + 1] + first[i] + first[i + 2:]
                    if candidate in table:
                        score = w1 * 1.0 * words.get(candidate)
                        if score > scores.get(candidate, 0.0):
                            scores[candidate] = score
            continue
        kept = Kept(front, back, prefixes.letters, suffixes.letters)
        for candidate, w2 in one_edit_words(first, lp, ls, table, skip_lo, skip_hi, contexts, kept).items():
            score = w1 * w2 * words.get(candidate)
            if score > scores.get(candidate, 0.0):
                scores[candidate] = score
    return scores


def first_edits(word: str) -> dict[str, tuple[float, int, int, int, int]]:
    """:func:`edits1` of ``word`` as a dict: each string once, with its best weight, the positions
    ``lo..hi`` where deleting or replacing a character undoes the edit (empty when ``lo > hi``): the
    mistyped letter, or the run of equal letters an added letter joined, and how many characters
    of the word it keeps at the front and at the back (the string begins with ``word[:front]`` and
    ends with the word's last ``back`` characters)."""
    n = len(word)
    out: dict[str, tuple[float, int, int, int, int]] = {}

    def add(s: str, weight: float, front: int, back: int, lo: int = 1, hi: int = 0) -> None:
        old = out.get(s)
        if old is None or weight > old[0]:
            out[s] = (weight, lo, hi, front, back)

    for i in range(n):
        add(word[:i] + word[i + 1:], delete_weight(word, i), i, n - i - 1)
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            add(word[:i] + word[i + 1] + word[i] + word[i + 2:], 1.0, i, n - i - 2)
    for i in range(n):
        ch = word[i]
        a, b = word[:i], word[i + 1:]
        weights = REPLACE_WEIGHTS.get(ch, OTHER_REPLACE_WEIGHTS)
        for c in ALPHABET:
            if c != ch:
                add(a + c + b, weights[c], i, n - i - 1, i, i)
    for i in range(n + 1):
        a, b = word[:i], word[i:]
        for c in ALPHABET:
            doubled = (i > 0 and word[i - 1] == c) or (i < n and word[i] == c)
            add(a + c + b, 1.0 if doubled else 0.5, i, n - i, *_run(word, i, c))
    if n > 3 and word.endswith(APOSTROPHE_ENDINGS):
        for i in range(max(1, n - 3), n):
            add(word[:i] + "'" + word[i:], 1.0, i, n - i, *_run(word, i, "'"))
    return out


def _run(word: str, i: int, c: str) -> tuple[int, int]:
    """The positions of the run of ``c`` that inserting ``c`` at ``i`` makes (in the new string)."""
    lo = i
    while lo > 0 and word[lo - 1] == c:
        lo -= 1
    hi = i
    while hi < len(word) and word[hi] == c:
        hi += 1
    return lo, hi


class WordEnds:
    """Which characters follow each beginning ``word[:i]`` of the word in the words of the sorted
    ``words`` that begin with it (:func:`next_characters`, read once per word and ``i``).

    Strings one edit from the word keep most of its beginning, so this bounds them cheaply: a
    string that keeps ``word[:i]`` and goes on with a character that never follows it has
    :func:`longest_prefix` ``i``, and a letter put in after ``word[:i]`` must be one that follows
    it. Built on the reversed word and the reversed words, the same holds for endings.
    """

    def __init__(self, word: str, words: list[str]) -> None:
        self.words = words
        self.longest = longest_prefix(word, words)  # word[:longest] begins a word, one more does not
        self.following = [next_characters(word[:i], words) for i in range(self.longest + 1)]
        # The letters a-z among them, for every i (none after a beginning that begins no word).
        self.letters = ["".join(sorted(chars.intersection(ALPHABET))) for chars in self.following]
        self.letters += [""] * (len(word) - self.longest)

    def longest_prefix(self, s: str, kept: int) -> int:
        """:func:`longest_prefix` of ``s``, which begins with ``word[:kept]``."""
        if kept > self.longest:
            return self.longest  # s begins with word[:longest + 1], which no word does
        if kept == len(s) or s[kept] not in self.following[kept]:
            return kept
        return longest_prefix(s, self.words)


class Kept(NamedTuple):
    """What a string one edit from the word keeps of it: its first ``front`` and last ``back``
    characters; ``follow[i]`` holds the letters that follow ``word[:i]`` in some word, ``precede[j]``
    those that precede the word's last ``j`` characters (:attr:`WordEnds.letters`)."""

    front: int
    back: int
    follow: list[str]
    precede: list[str]


def next_characters(prefix: str, words: list[str]) -> frozenset[str]:
    """The characters that follow ``prefix`` in the words of the sorted ``words`` that begin with it
    (a binary search per character: the words that go on with ``c`` sort together)."""
    n = len(prefix)
    out: set[str] = set()
    i = bisect_left(words, prefix)
    while i < len(words) and words[i].startswith(prefix):
        if len(words[i]) == n:
            i += 1  # the prefix itself is a word
            continue
        c = words[i][n]
        out.add(c)
        i = bisect_left(words, prefix + chr(ord(c) + 1), i)
    return frozenset(out)


def longest_prefix(s: str, words: list[str]) -> int:
    """The length of the longest beginning of ``s`` that begins some word of the sorted ``words``
    (the word sharing most with ``s`` sorts right next to it)."""
    i = bisect_left(words, s)
    best = 0
    if i < len(words):
        best = _common(s, words[i])
    if i:
        other = _common(s, words[i - 1])
        if other > best:
            best = other
    return best


def _common(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def one_edit_words(m: str, lp: int, ls: int, table: Lookup, skip_lo: int = 1, skip_hi: int = 0,
                   contexts: Contexts | None = None, kept: Kept | None = None) -> dict[str, float]:
    """The words of ``table`` in :func:`edits1` of ``m``, each with its best weight.

    Only edit positions that keep a beginning of ``m`` no longer than ``lp`` and an ending no longer
    than ``ls`` are tried (any other makes a string that is not a word), no character at
    ``skip_lo..skip_hi`` is deleted or replaced (the caller knows those make no word), and with
    ``contexts`` (:meth:`WordList.contexts`) only letters that fit between their neighbours are
    put in; where ``m`` keeps the beginning or the ending of a word (``kept``), only the letters
    that follow that beginning, or precede that ending, in some word.
    """
    k = len(m)
    out: dict[str, float] = {}
    # delete at i: keeps m[:i] and m[i+1:]
    for i in range(max(0, k - 1 - ls), min(lp, k - 1) + 1):
        if skip_lo <= i <= skip_hi:
            continue
        c = m[:i] + m[i + 1:]
        if c in table:
            w = delete_weight(m, i)
            if w > out.get(c, 0.0):
                out[c] = w
    # swap at i, i+1: keeps m[:i] and m[i+2:]
    for i in range(max(0, k - 2 - ls), min(lp, k - 2) + 1):
        if m[i] != m[i + 1]:
            c = m[:i] + m[i + 1] + m[i] + m[i + 2:]
            if c in table:
                out[c] = 1.0
    padded = "^^" + m + "$$"  # padded[i + 2] is m[i]
    left, right = contexts if contexts is not None else (None, None)
    front, back, follow, precede = kept if kept is not None else (-1, -1, [], [])
    # replace at i: keeps m[:i] and m[i+1:]
    for i in range(max(0, k - 1 - ls), min(lp, k - 1) + 1):
        if skip_lo <= i <= skip_hi:
            continue
        letters: str = ALPHABET
        fits = ALPHABET
        if left is not None and right is not None:
            letters = left.get(padded[i:i + 2] + padded[i + 3], "")
            fits = right.get(padded[i + 1] + padded[i + 3:i + 5], "")
        if kept is not None:  # the exact letters where m keeps the word's beginning or ending
            if i <= front:
                letters = follow[i]
            if k - i - 1 <= back:
                fits = precede[k - i - 1]
        if not letters or not fits:
            continue
        ch = m[i]
        a, b = m[:i], m[i + 1:]
        for x in letters:
            if x != ch and x in fits:
                c = a + x + b
                if c in table:
                    w = REPLACE_WEIGHTS.get(ch, OTHER_REPLACE_WEIGHTS)[x]
                    if w > out.get(c, 0.0):
                        out[c] = w
    # insert at i: keeps m[:i] and m[i:]
    for i in range(max(0, k - ls), min(lp, k) + 1):
        letters = fits = ALPHABET
        if left is not None and right is not None:
            letters = left.get(padded[i:i + 3], "")
            fits = right.get(padded[i + 1:i + 4], "")
        if kept is not None:
            if i <= front:
                letters = follow[i]
            if k - i <= back:
                fits = precede[k - i]
        if not letters or not fits:
            continue
        a, b = m[:i], m[i:]
        before = m[i - 1] if i > 0 else ""
        after = m[i] if i < k else ""
        for x in letters:
            if x in fits:
                c = a + x + b
                if c in table:
                    w = 1.0 if x in (before, after) else 0.5
                    if w > out.get(c, 0.0):
                        out[c] = w
    if k > 3 and m.endswith(APOSTROPHE_ENDINGS):
        for i in range(max(1, k - 3, k - ls), min(lp, k - 1) + 1):
            c = m[:i] + "'" + m[i:]
            if c in table:
                out[c] = 1.0
    return out
