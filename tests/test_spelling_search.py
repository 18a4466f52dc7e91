"""The spelling rule's word list (lint.spelling_dictionary) and correction search (lint.spelling_edits).

The search prunes hard (edit positions bounded by the longest known beginning and ending, letters
by their neighbours, undoing edits skipped); these tests hold it to the plain algorithm it replaces,
trying every string one and two edits away, on hand-written words and dictionaries.
"""

from __future__ import annotations

import random

import pytest

from lint.spelling_dictionary import WordList, english, letter_contexts, pack, read_pyspellchecker
from lint.spelling_edits import (
    ALPHABET,
    Kept,
    WordEnds,
    edits1,
    first_edits,
    longest_prefix,
    next_characters,
    one_edit_scores,
    one_edit_words,
    rank,
    two_edit_scores,
)


def brute_force(word: str, counts: dict[str, int], limit: int = 3) -> tuple[list[str], bool, int]:
    """The ranking as first written: score every string one edit away, else every path of two."""
    scores: dict[str, float] = {}
    for candidate, weight in edits1(word):
        if candidate in counts:
            score = weight * counts[candidate]
            if score > scores.get(candidate, 0.0):
                scores[candidate] = score
    unambiguous = len(scores) == 1
    distance = 1
    if not scores and len(word) <= 14:
        distance = 2
        scores = brute_two_edit_scores(word, counts)
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    return ranked[:limit], unambiguous, distance if ranked else 0


def brute_two_edit_scores(word: str, counts: dict[str, int]) -> dict[str, float]:
    best_first: dict[str, float] = {}
    for first, w1 in edits1(word):
        if w1 > best_first.get(first, 0.0):
            best_first[first] = w1
    scores: dict[str, float] = {}
    for first, w1 in best_first.items():
        for candidate, w2 in edits1(first):
            if candidate in counts:
                score = w1 * w2 * counts[candidate]
                if score > scores.get(candidate, 0.0):
                    scores[candidate] = score
    return scores


SMALL = {"the": 900, "then": 300, "than": 250, "there": 200, "their": 210, "receive": 40, "relieve": 30,
         "government": 80, "governor": 20, "spokesman": 15, "spokeswoman": 5, "frontal": 7, "footman": 3,
         "frogman": 2, "decisions": 12, "divisions": 9, "incisions": 2, "discussions": 11, "don't": 60,
         "won't": 20, "it's": 70, "café": 4, "rock'n'roll": 3, "a": 1000, "i": 800, "aa": 1, "ab": 2}


# ---- the word list -------------------------------------------------------------------------------
def test_word_list_answers_like_a_dict() -> None:
    wl = WordList.from_counts(SMALL)
    assert wl.words == sorted(SMALL)
    for word, count in SMALL.items():
        assert word in wl and wl.get(word) == count and wl[word] == count
    assert "thee" not in wl and wl.get("thee") == 0 and wl.get("thee", 7) == 7
    with pytest.raises(KeyError):
        wl["thee"]
    assert wl.members() == set(SMALL) and wl.has_members() and "thee" not in wl  # the same answers hashed
    assert wl.get("thee") == 0 and wl["then"] == 300 and wl.table() == SMALL
    assert wl.reversed_words() == sorted(w[::-1] for w in SMALL)
    assert len(wl) == len(SMALL)


def test_look_ups_before_the_split_read_one_chunk() -> None:
    rng = random.Random(4)
    counts = {"".join(rng.choice("abcdefgh") for _ in range(rng.randrange(1, 9))): rng.randrange(1, 99)
              for _ in range(1500)}
    probes = [*sorted(counts), "", "a", "zzz", "abca", "h" * 9, "0", "\uffff"]
    lazy, split = WordList.from_counts(counts), WordList.from_counts(counts)
    split.words  # noqa: B018  (split now)
    assert len(counts) > 4 * WordList.CHUNK and not lazy.is_split() and split.is_split()
    for word in probes[: WordList.SPLIT_AFTER // 2]:  # (two look-ups each)
        assert lazy.index(word) == split.index(word) and lazy.get(word) == counts.get(word, 0), word
    assert not lazy.is_split() and len(lazy) == len(counts)
    for word in probes:  # past SPLIT_AFTER look-ups the whole list is split
        assert lazy.index(word) == split.index(word)
    assert lazy.is_split() and lazy.words == sorted(counts)


def test_lazy_parts_are_none_until_asked_for() -> None:
    wl = WordList.from_counts(SMALL)
    assert wl.reversed_words(load=False) is None and wl.contexts(load=False) is None
    assert wl.contexts() is wl.contexts() and wl.reversed_words(load=False) is None


def test_pack_round_trips_and_refuses_newlines() -> None:
    stored = pack(SMALL)
    assert str(stored["words"]).split("\n") == sorted(SMALL)
    wl = WordList(stored)
    assert wl.table() == SMALL and wl.contexts() == letter_contexts(sorted(SMALL))
    unstored = WordList(pack(SMALL, contexts=False))  # (nothing kept: contexts made when asked for)
    assert unstored.contexts(load=False) is None and unstored.contexts() == letter_contexts(sorted(SMALL))
    with pytest.raises(ValueError):
        pack({"two\nlines": 1})


def test_english_is_pyspellchecker_read_directly() -> None:
    wl = english()
    assert english() is wl
    assert wl["the"] > 1_000_000 and "goverment" not in wl and "government" in wl
    spellchecker = pytest.importorskip("spellchecker")
    reference = dict(spellchecker.SpellChecker(language="en", distance=1).word_frequency.dictionary)
    assert read_pyspellchecker(wl.sources[0]) == reference
    assert wl.table() == reference


def test_letter_contexts_list_the_letters_between_neighbours() -> None:
    left, right = letter_contexts(["cat", "cut", "act"])
    # "^^cat$$": c between "^^" and "a" on the left table; a between "^c" + "t$" ...
    assert left["^^a"] == "c" and left["^ct"] == "au"
    assert right["^at"] == "c" and right["ct$"] == "au"
    assert "t" in left["ca$"] and "t" in right["a$$"]
    assert all(set(v) <= set(ALPHABET) for table in (left, right) for v in table.values())


def test_longest_prefix() -> None:
    words = sorted(["govern", "government", "governor", "gown"])
    assert longest_prefix("goverment", words) == 5  # "gover"
    assert longest_prefix("gown", words) == 4
    assert longest_prefix("xyz", words) == 0
    assert longest_prefix("", words) == 0


# ---- the edits ---------------------------------------------------------------------------------
@pytest.mark.parametrize("word", ["", "a", "teh", "bokk", "dont", "ll", "aaab", "rock'n'roll", "recieve",
                                  "mississippi"])
def test_first_edits_are_edits1_with_the_undo_positions(word: str) -> None:
    best: dict[str, float] = {}
    for s, w in edits1(word):
        if w > best.get(s, 0.0):
            best[s] = w
    firsts = first_edits(word)
    assert {s: w for s, (w, *_) in firsts.items()} == best
    for s, (_, lo, hi, front, back) in firsts.items():
        assert s.startswith(word[:front]) and s.endswith(word[len(word) - back:])  # what it keeps
        assert front + back <= min(len(s), len(word))
        for i in range(lo, hi + 1):
            undone = s[:i] + s[i + 1:]  # deleting it gives the word back, or the letter was mistyped
            assert undone == word or (len(s) == len(word) and sum(a != b for a, b in zip(s, word, strict=True)) == 1)


def test_one_edit_words_finds_what_trying_every_string_finds() -> None:
    wl = WordList.from_counts(SMALL)
    table, contexts = wl.members(), wl.contexts()
    for m in ["teh", "thn", "thre", "recieve", "goverment", "spokeman", "dont", "its", "cafe", "rockn'roll", "b"]:
        expected: dict[str, float] = {}
        for s, w in edits1(m):
            if s in table and w > expected.get(s, 0.0):
                expected[s] = w
        full = len(m)
        assert one_edit_words(m, full, full, table) == expected, m
        assert one_edit_words(m, full, full, table, contexts=contexts) == expected, m
        lp = longest_prefix(m, wl.words)
        ls = longest_prefix(m[::-1], wl.reversed_words())
        assert one_edit_words(m, lp, ls, table, contexts=contexts) == expected, m
        assert one_edit_words(m, lp, ls, wl) == expected, m  # binary search instead of the hash table


def test_next_characters() -> None:
    words = sorted(["gown", "govern", "government", "governor", "go", "goal", "go-kart", "zoo"])
    assert next_characters("go", words) == frozenset("wva-")
    assert next_characters("gover", words) == frozenset("n")
    assert next_characters("governor", words) == frozenset()  # a word, and nothing goes on from it
    assert next_characters("x", words) == frozenset()
    assert next_characters("", words) == frozenset("gz")


@pytest.mark.parametrize("word", ["goverment", "spokeman", "discisions", "frontman", "teh", "rock'n'roll", "zzqx"])
def test_word_ends_bound_every_first_edit_like_a_binary_search(word: str) -> None:
    wl = english()
    forward, backward = wl.words, wl.reversed_words()
    prefixes, suffixes = WordEnds(word, forward), WordEnds(word[::-1], backward)
    assert prefixes.longest == longest_prefix(word, forward)
    for s, (_, _, _, front, back) in first_edits(word).items():
        assert prefixes.longest_prefix(s, front) == longest_prefix(s, forward), s
        assert suffixes.longest_prefix(s[::-1], back) == longest_prefix(s[::-1], backward), s
    for i in range(len(word) + 1):  # the letters that can follow each beginning, exactly
        expected = {w[i] for w in forward if w.startswith(word[:i]) and len(w) > i and w[i] in ALPHABET}
        assert set(prefixes.letters[i]) == expected, word[:i]


@pytest.mark.parametrize("word", ["goverment", "spokeman", "discisions", "thefirst", "duetted"])
def test_one_edit_words_with_what_the_string_keeps_of_the_word(word: str) -> None:
    wl = english()
    table, contexts, forward, backward = wl.members(), wl.contexts(), wl.words, wl.reversed_words()
    prefixes, suffixes = WordEnds(word, forward), WordEnds(word[::-1], backward)
    found = 0
    for s, (_, _, _, front, back) in first_edits(word).items():
        lp, ls = longest_prefix(s, forward), longest_prefix(s[::-1], backward)
        kept = Kept(front, back, prefixes.letters, suffixes.letters)
        expected = one_edit_words(s, lp, ls, table, contexts=contexts)
        assert one_edit_words(s, lp, ls, table, contexts=contexts, kept=kept) == expected, s
        assert one_edit_words(s, lp, ls, table, kept=kept) == expected, s
        found += bool(expected)
    assert found  # the words have words two edits away


# ---- the ranking ---------------------------------------------------------------------------------
HAND_WRITTEN = ["teh", "thn", "thier", "recieve", "goverment", "spokeman", "frontman", "discisions", "dont",
                "its", "cafe", "xyzzy", "a", "th", "rockn'rol", "spokesmna", "governmnet", "theeir"]


@pytest.mark.parametrize("word", HAND_WRITTEN)
def test_ranking_matches_brute_force_on_a_small_dictionary(word: str) -> None:
    wl = WordList.from_counts(SMALL)
    assert rank(word, wl, 3) == brute_force(word, SMALL)
    assert two_edit_scores(word, WordList.from_counts(SMALL)) == brute_two_edit_scores(word, SMALL)


def test_ranking_matches_brute_force_on_random_words_and_dictionaries() -> None:
    rng = random.Random(11)
    for _ in range(12):
        counts = {"".join(rng.choice("abcde'") for _ in range(rng.randrange(1, 7))): rng.randrange(1, 500)
                  for _ in range(rng.randrange(5, 60))}
        wl = WordList.from_counts(counts)
        for _ in range(10):
            word = "".join(rng.choice("abcdef") for _ in range(rng.randrange(1, 6)))
            assert rank(word, wl, 3) == brute_force(word, counts), (word, counts)
            if word not in counts:
                assert two_edit_scores(word, wl) == brute_two_edit_scores(word, counts), (word, counts)


def test_a_known_word_or_a_zero_count_disables_the_undo_shortcut() -> None:
    # "ab" is a word and nothing is one edit from it here: two edits may come back to "ab" itself.
    counts = {"ab": 5, "abcd": 3}
    assert two_edit_scores("ab", WordList.from_counts(counts)) == brute_two_edit_scores("ab", counts)
    counts = {"xab": 0, "yzab": 4}
    assert rank("ab", WordList.from_counts(counts), 3) == brute_force("ab", counts)


@pytest.mark.parametrize("word", ["teh", "recieve", "goverment", "spokeman", "dont", "inwhich", "shochu", "hmmmmm",
                                  "thefirst", "duetted"])
def test_ranking_matches_brute_force_on_the_english_dictionary(word: str) -> None:
    wl = english()
    assert rank(word, wl, 3) == brute_force(word, wl.table())


def test_one_edit_scores_before_and_after_the_hash_set() -> None:
    counts = dict(SMALL)
    before = one_edit_scores("recieve", WordList.from_counts(counts))  # binary search, no contexts
    wl = WordList.from_counts(counts)
    wl.members(), wl.contexts(), wl.reversed_words()
    assert one_edit_scores("recieve", wl) == before == {"receive": 1.0 * 40, "relieve": 0.25 * 30}
