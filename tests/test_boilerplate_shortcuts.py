"""The boilerplate classifier's shortcuts answer as the plain computations they replace."""

from __future__ import annotations

import pytest

from lint.boilerplate_features import ends_sentence, load_model, normalise_line, word_count
from lint.kinds import lineclass
from lint.kinds.lineclass import _pattern_label, phrase_label
from lint.packs import builtin_dir
from tests.conftest import SHARED

DATA = builtin_dir() / "boilerplate"

# Our own lines: furniture of every kind, markup, prose, and the same line seen again.
LINES = [
    "Skip to content",
    "Share this article",
    "Filed under: Politics, Economy",
    "Read more: The council votes on the new bridge",
    "© 2024 Example Media Ltd. All rights reserved.",
    "Copyright 2019 The Daily Example",
    "Photo: Jane Doe/Reuters",
    "Jane Doe wrote:",
    "Posted by Sam at 10:42 pm",
    "Sign up for our newsletter",
    "<b>Advertisement</b><br/>",
    "The mayor said the bridge would open in June, two months later than planned.",
    "Home | News | Sport | Weather",
    "12",
    "",
    "A short line",
    "Skip to content",
    "Share this article",
]


def _scraped_lines() -> list[str]:
    """Lines of the scraped pages, when the shared corpora are there."""
    raw = SHARED / "corpora" / "boilerplate" / "l3s-gn1" / "raw"
    if not raw.is_dir():
        pytest.skip("shared corpora not available")
    lines: list[str] = []
    for path in sorted(raw.glob("*.txt"))[:60]:
        text = path.read_text(encoding="utf-8", errors="replace").replace("\x00", "")
        lines += [t.strip() for t in text.splitlines()]
    return [t for t in lines if t]


def _check_memo(model, texts: list[str]) -> None:
    """phrase_label (memo on) gives _pattern_label's answer for every text, seen once or again."""
    for text in texts + texts:
        key, words, sentence = normalise_line(text), word_count(text), ends_sentence(text)
        whole = model.label_of_whole(key)
        plain = (whole[0], whole[1], "known phrase") if whole else \
            None if words > model.max_words else _pattern_label(model, text, key, words, sentence)
        assert phrase_label(model, text, key, words, sentence) == plain, text
        assert phrase_label(model, text, key, words) == plain, text  # the sentence ending worked out


def test_remembered_phrase_answers_are_the_computed_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_model(DATA.resolve())
    model.memo.clear()
    _check_memo(model, LINES)
    assert model.memo, "the answers are remembered"
    monkeypatch.setattr(lineclass, "MEMO_SIZE", 3)  # a memo that is full all the time starts afresh
    model.memo.clear()
    _check_memo(model, LINES)
    assert len(model.memo) <= 3


def test_the_memo_tells_word_counts_apart() -> None:
    """The same text with another word count (markup removed: words split at spaces) is asked anew."""
    model = load_model(DATA.resolve())
    text = "Photo: Jane Doe/Reuters"
    key = normalise_line(text)
    for words in (3, 4, 60):
        assert phrase_label(model, text, key, words, False) == (
            None if words > model.max_words else _pattern_label(model, text, key, words, False))


def test_remembered_phrase_answers_on_scraped_pages() -> None:
    model = load_model(DATA.resolve())
    model.memo.clear()
    _check_memo(model, _scraped_lines())

