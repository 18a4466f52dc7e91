"""QA111's fast path: token texts judged once, only possible unknown words looked at in place.

``SpellingKind._unknown`` must find exactly the unknown words the full walk over every token
(``_candidates`` then ``Lexicon.known``) finds, and ``_foreign_quotes``, which examines only the
quotations and sentences holding two unknown words, must skip exactly what grouping every word
skips.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.api import linter_for
from lint.config import Settings
from lint.document import Document
from lint.engine import RunContext
from lint.kinds.spelling import Lexicon, SpellingKind, _SpanIndex
from lint.spelling_dictionary import WordList
from tests.conftest import shared_or_skip

TEXTS = [
    "The goverment said the talks would resume. Teh talks ended.\n",
    "Officials said Zelenskyy and Witkoff met in Kyiv. NATO and the iPhone maker agreed.\n"
    "Zelenskyy said so. Peskov Dmitry left. Kyiv said no.\n",
    "See https://exampel.com/pagge and @wirelintt, #braking, jon.smiht@example.org.\n.jpeg?trimm=0,309&widht=1200\n",
    'He said: "Nous sommes tres contents de cette decision," and left. Ils ont dit non merci ici.\n',
    "The frobnicator broke. A new frobnicator came. Each frobnicator costs more. A frobnicatr too.\n",
    "It could've been worse, and they'll see. The minister's aide met Edwin van der Sar and Abu al Bashir.\n",
    "A wi-fi add-ons pre-launch mid-sentance co-operation anti-goverment deal. Re-elektion day.\n",
    "They dont know. Its' teh end. O'Brien's d'etat l'amour rock'n'roll. Recieve it's.\n",
    "Qwzx plorb vintakk. Snarfle blorp quux. Mispelt wrods evrywhere in thsi sentense.\n",
    "café naïve Zürich résumé B&#233;ziers file_name a@b x.y spokeman\n",
    "Smith said. Smith's car. Smithers went home. Jonesy's cat sat. Jonesy left.\n",
    "",
    "word\n",
]


def spelling_rule() -> SpellingKind:
    [rule] = [r for r in linter_for(()).rules if r.meta.code == "QA111"]
    assert isinstance(rule, SpellingKind)
    return rule


def full_walk(rule: SpellingKind, doc: Document, lex: Lexicon) -> list[tuple[int, str, bool]]:
    return [c for c in rule._candidates(doc, lex) if not lex.known(c[1].lower())]


def skip_by_grouping_every_word(rule: SpellingKind, doc: Document, lex: Lexicon,
                                unknown: list[tuple[int, str, bool]]) -> set[int]:
    """The rule as first written: group every candidate by quotation (or sentence), skip the groups
    where two or more and at least ``foreign_share`` of the words are unknown."""
    share = rule.options["foreign_share"]
    unknown_idx = {i for i, _, _ in unknown}
    in_quote, in_sentence = _SpanIndex(doc.quotes), _SpanIndex(doc.sentences)
    groups: dict[tuple[str, int | None], list[int]] = {}
    for i, _, _ in rule._candidates(doc, lex):
        start = doc.tokens[i].start
        q = in_quote.first_containing(start)
        key = ("q", q) if q is not None else ("s", in_sentence.first_containing(start, -1))
        groups.setdefault(key, []).append(i)
    skip: set[int] = set()
    for (kind, _), members in groups.items():
        bad = [i for i in members if i in unknown_idx]
        threshold = share if kind == "q" else max(share, 0.5)
        if len(bad) >= 2 and len(bad) >= threshold * len(members):
            skip.update(members)
    return skip


def check_same(rule: SpellingKind, doc: Document, lex: Lexicon) -> tuple[int, int]:
    unknown = rule._unknown(doc, lex)
    assert unknown == full_walk(rule, doc, lex), doc.path
    skip = rule._foreign_quotes(doc, lex, unknown) if len(unknown) >= 2 else set()
    assert skip == skip_by_grouping_every_word(rule, doc, lex, unknown), doc.path
    return len(unknown), len(skip)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_finds_what_the_full_walk_finds(text: str) -> None:
    rule = spelling_rule()
    lex = rule.lexicon(RunContext(Settings()))
    check_same(rule, Document(text, "story.txt"), lex)
    check_same(rule, Document(text, "story.txt"), lex)  # again, every verdict now cached
    check_same(rule, Document(text, "story.md"), lex)


def test_the_hand_written_texts_exercise_each_branch() -> None:
    rule = spelling_rule()
    lex = rule.lexicon(RunContext(Settings()))
    found = {text: check_same(rule, Document(text, "story.txt"), lex) for text in TEXTS}
    assert found[TEXTS[0]][0] == 2  # goverment, and Teh at a sentence start
    assert found[TEXTS[3]][1] > 0  # the French quotation is skipped
    assert found[TEXTS[8]][1] > 0  # so is a sentence of gibberish
    assert found[TEXTS[1]] == (0, 0)  # names, acronyms


def test_classify_decides_from_the_text_alone() -> None:
    lex = spelling_rule().lexicon(RunContext(Settings()))
    assert lex.classify("the", 3, True) is None and lex.classify("at", 3, True) is None
    assert lex.classify("goverment", 3, True) == ("goverment", "goverment", False)
    assert lex.classify("Goverment’s", 3, True) == ("Goverment", "goverment", True)
    assert lex.classify("Goverment", 3, False) is None  # capitalised words not checked at all
    assert lex.classify("The", 3, True) is None and lex.classify("NATO", 3, True) is None
    assert lex.classify("iPhone", 3, True) is None and lex.classify("café", 3, True) is None
    assert lex.classify("could've", 3, True) is None and lex.classify("d'etat", 3, True) is None


def test_plainly_known_texts_are_ones_classify_passes_over() -> None:
    lex = Lexicon(frozenset(), 300)
    lex._words = WordList.from_counts({"the": 50, "cat": 3, "at": 9, "i": 7})
    assert lex.plainly_known({"the", "The"}) == set()  # the hash set is not built for this
    lex.freq.members()
    texts = {"the", "The", "Cat", "I", "at", "cat's", "THE", "tHe", "dog", "Dog", "thé", "the2", ""}
    known = lex.plainly_known(texts)
    assert known == {"the", "The", "Cat", "I", "at"}
    for text in known:
        for min_length in (1, 3):
            assert lex.classify(text, min_length, True) is None and lex.classify(text, min_length, False) is None


def test_the_plain_word_shortcut_on_the_english_dictionary() -> None:
    rule = spelling_rule()
    lex = rule.lexicon(RunContext(Settings()))
    lex.freq.members()
    texts = {"the", "The", "Teh", "teh", "NATO", "iPhone", "café", "it's", "don't", "goverment", "Goverment",
             "students'", "McDonald", "at", "Government"}
    known = lex.plainly_known(texts)
    assert known == {"the", "The", "at", "Government"}
    assert all(lex.classify(t, 3, True) is None for t in known)
    fresh = Lexicon(rule.project_words, rule.options["compound_min_freq"])  # no verdicts cached yet
    for text in TEXTS:  # the fast path with the hash set loaded still finds what the full walk finds
        check_same(rule, Document(text, "story.txt"), fresh)


def test_fast_path_on_the_news_corpus() -> None:
    corpus = shared_or_skip("corpora", "clean-news")
    rule = spelling_rule()
    lex = rule.lexicon(RunContext(Settings()))
    files = sorted(Path(corpus).rglob("*.txt"))[:300]
    totals = [check_same(rule, Document(f.read_text(encoding="utf-8", errors="replace"), str(f)), lex)
              for f in files]
    assert sum(u for u, _ in totals) > 20  # the sample has unknown words to compare
