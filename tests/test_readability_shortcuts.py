"""The readability shortcuts held to the plain computations they replace: glued words found from a
regex scan against a token-by-token walk, hyphenation points from the pattern trie against pyphen."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint import readability
from lint.document import Document

SHARED = Path(__file__).parents[1] / "../shared"

TEXTS = [
    "The U.S.-led talks on 1,300,000 jobs/benefits ended. U.K. officials said so.",
    "A mid-2004 e-mail: rock'n'roll, don’t, dogs' bones - and state-of-the-art, 3,5 or x,1, 2,b and a,3.",
    "He left.Then he came back... a,b -c- d- -e .f. U.S.. /a/b/ 1/2 x_y-z _a-b",
    "Combining marks: \u0301ab-cd and ab-\u0301cd, e\u0301t\u00e9-long; digits \u00b2,3 and \u0663,\u0664.",
    "Words that are no \\w run: ab'\u00b2, \u00b2'ab, \u00b2’\u00b3, x-\u00bd, \u00bd/\u00bc, \u00b2.\u00b3, don't'x",
    "Odd spaces: a\x1c-b, c-\x1fd, e\u00a0-f, g\u2009/h and \u2028i.j",
    "# Head-line\n\nSome `co-de` and [a-link](http://x.y/z) in *mark-down* copy, 2,000 words.",
    "Quotes: “well-known” ‘so-called’ 'x-ray' \"y.z\" (a-b) [c/d] {1,2}.",
]


def plain_glued_runs(doc: Document) -> list[list[int]]:
    """[first, last] word index of every run of glued words, token by token: a joiner token with a
    word token touching it on each side, or a comma between two numbers."""
    tokens = doc.tokens
    word_index = {t.start: k for k, t in enumerate(doc.words)}
    runs: list[list[int]] = []
    for j in range(1, len(tokens) - 1):
        left, mark, right = tokens[j - 1], tokens[j], tokens[j + 1]
        if not (left.is_word and right.is_word and left.end == mark.start and right.start == mark.end):
            continue
        numbers = left.text.isdigit() and right.text.isdigit()
        if not (mark.text in readability.JOINERS or (mark.text == "," and numbers)):
            continue
        k = word_index[left.start]
        if runs and runs[-1][1] == k:
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    return runs


def fast_glued_runs(doc: Document) -> list[list[int]]:
    return readability._glued_runs(doc, [w.start for w in doc.words])


def test_glued_runs_match_the_token_by_token_walk() -> None:
    for k, text in enumerate(TEXTS):
        doc = Document(text, "story.md" if text.startswith("#") else "story.txt")
        assert fast_glued_runs(doc) == plain_glued_runs(doc), k


def test_glued_words_as_readability_counts_them() -> None:
    doc = Document("The U.S.-led cease-fire, worth $1,300, fell to 2,b and x,1 in 30-day talks.")
    assert readability.document_words(doc)[0] == [  # the stop of "U.S." is no word: "-led" is glued to nothing
        "The", "U.S.", "led", "cease-fire", "worth", "1,300", "fell", "to", "2", "b", "and", "x", "1", "in", "30-day",
        "talks"]


def test_a_word_starting_with_a_combining_mark_is_glued_to_nothing() -> None:
    doc = Document("see \u0301ab-cd now")
    assert [t.text for t in doc.tokens if not t.is_word] == ["\u0301ab", "-"]  # a token, but no word
    assert readability.document_words(doc)[0] == ["see", "cd", "now"]


def test_glued_runs_match_the_walk_on_corpus_files() -> None:
    folders = [SHARED / "corpora" / "clean-news", SHARED / "corpora" / "boilerplate" / "l3s-gn1" / "raw"]
    if not all(f.is_dir() for f in folders):
        pytest.skip("../shared corpora not present")
    for folder in folders:
        for path in sorted(folder.rglob("*.txt"))[::7]:
            text = path.read_bytes().decode("utf-8", "replace")
            if "\0" in text:
                continue
            doc = Document(text, str(path))
            assert fast_glued_runs(doc) == plain_glued_runs(doc), path


def test_hyphenation_trie_matches_pyphen() -> None:
    pyphen = pytest.importorskip("pyphen")
    hyphenator = pyphen.Pyphen(lang="en_US")
    words = ["zelenskyy", "vozvrashchenie", "kirsty", "sureyya", "celebrex", "calyon", "o'herlihy", "253m",
             "hyphenation", "unbelievably", "a", "", "x.y", "parkinson's", "İstanbul", "ΟΔΟΣ", "naïve"]
    doc_words: set[str] = set()
    if SHARED.is_dir():
        for path in sorted((SHARED / "corpora" / "clean-news").rglob("*.txt"))[::25]:
            doc_words.update(readability.document_words(Document(path.read_text(encoding="utf-8")))[0])
    for word in [*words, *sorted(doc_words)]:
        assert readability.hyphen_positions(word) == len(hyphenator.positions(word.lower())), word
