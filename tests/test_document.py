"""The document model: lines, UTF-16 positions, prose view, tokens, sentences, quotes."""

from __future__ import annotations

import pytest

from lint.document import Document


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_are_right_for_every_line_ending(newline: str) -> None:
    text = newline.join(["First line here.", "", "Second word blue."]) + newline
    doc = Document(text, "a.txt")
    offset = text.index("blue")
    assert doc.position(offset) == (2, 12)
    assert doc.line_text(2) == "Second word blue."
    assert doc.offset(2, 12) == offset


def test_mixed_line_endings() -> None:
    text = "one\r\ntwo\rthree\nfour"
    doc = Document(text, "a.txt")
    assert [doc.line_text(i) for i in range(doc.line_count)] == ["one", "two", "three", "four"]
    assert doc.position(text.index("four")) == (3, 0)


def test_characters_are_counted_in_utf16_code_units() -> None:
    text = "😀 storm 😀 front"
    doc = Document(text, "a.txt")
    assert doc.position(text.index("storm")) == (0, 3)
    assert doc.position(text.index("front")) == (0, 12)
    assert doc.offset(0, 12) == text.index("front")


def test_markdown_non_prose_is_blanked_but_offsets_kept() -> None:
    text = (
        "---\ntitle: Secret words\n---\n"
        "Real prose [link text](https://example.com/hidden) and `inline code`.\n"
        "<!-- a comment with words -->\n"
        "```\nfenced code words\n```\n"
        "<span class=\"x\">Tagged</span> prose.\n"
    )
    doc = Document(text, "story.md")
    assert len(doc.prose) == len(text)
    words = {t.text for t in doc.words}
    assert {"Real", "prose", "link", "text", "Tagged"} <= words
    assert not {"Secret", "hidden", "inline", "comment", "fenced", "span", "class"} & words
    tagged = next(t for t in doc.words if t.text == "Tagged")
    assert text[tagged.start : tagged.end] == "Tagged"


def test_plain_text_is_prose_throughout() -> None:
    doc = Document("`not code` here\n    indented text\n", "a.txt")
    assert {"not", "code", "indented"} <= {t.text for t in doc.words}


def test_unclosed_fence_and_front_matter_do_not_crash() -> None:
    doc = Document("---\ntitle: x\nBody words\n```\ncode", "a.md")
    assert "Body" in {t.text for t in doc.words}  # front matter with no end is prose
    assert "code" not in {t.text for t in doc.words}


def test_sentences_respect_abbreviations() -> None:
    doc = Document("Mr. Smith met U.S. officials at 3 p.m. on Monday. They talked. Then left.", "a.txt")
    texts = [doc.text[s.start : s.end] for s in doc.sentences]
    assert texts == ["Mr. Smith met U.S. officials at 3 p.m. on Monday.", "They talked.", "Then left."]


def test_quote_regions_curly_straight_and_multi_paragraph() -> None:
    text = (
        "He said “we will win” and left.\n"
        "She said \"no comment\" twice.\n"
        "“The first paragraph of a long quote runs on\n"
        "“and the second closes it,” he said.\n"
    )
    doc = Document(text, "a.txt")
    inside = [doc.text[q.start : q.end] for q in doc.quotes]
    assert "“we will win”" in inside and "\"no comment\"" in inside
    assert doc.in_quote(text.index("runs on"))
    assert doc.in_quote(text.index("second closes"))
    assert not doc.in_quote(text.index("he said."))
    assert not doc.in_quote(text.index("left"))


def test_apostrophes_are_not_quotes() -> None:
    doc = Document("Russia’s troops’ positions held, and ‘very close’ was the phrase.", "a.txt")
    assert [doc.text[q.start : q.end] for q in doc.quotes] == ["‘very close’"]


def test_tokens_keep_contractions_and_split_punctuation() -> None:
    doc = Document("It isn’t over—Fifth-Amendment.", "a.txt")
    assert [t.text for t in doc.tokens] == ["It", "isn’t", "over", "—", "Fifth", "-", "Amendment", "."]
    assert doc.tokens[1].norm == "isn't"


# ---- tokens built column by column: the same tokens a match-by-match scan gives -----------------
TRICKY = [
    "",
    "   \n\n",
    "The company’s shares rose 3.5% on Monday; it's up.",
    "ΟΔΟΣ ΟΔΟΣ's ΣΑΣ Σ ΌΣΟΣ",  # final sigma: lower-cased word by word, as before
    "İstanbul İİ x",  # a capital whose lower case is two characters
    "e\u0301 \u0301abc _x __ a_b",  # combining marks and underscores start tokens too
    "x²½ Ⅻ ‿a a‿b 😀 a😀b",
    "“Quoted,” she said. ‘Single’ 'straight' \"double\" “unclosed\nnext line",
]


def _tokens_one_by_one(doc: Document) -> list[tuple]:
    from lint.document import TOKEN, normalise

    return [(m.start(), m.end(), m.group(), normalise(m.group()), m.group()[0].isalnum() or m.group()[0] == "_")
            for m in TOKEN.finditer(doc.prose)]


@pytest.mark.parametrize("text", TRICKY)
def test_tokens_match_a_scan_match_by_match(text: str) -> None:
    doc = Document(text, "a.txt")
    expected = _tokens_one_by_one(doc)
    assert [tuple(t) for t in doc.tokens] == expected
    assert all(type(t.is_word) is bool and type(t).__name__ == "Token" for t in doc.tokens)
    assert doc.token_starts == [t[0] for t in expected]
    assert doc.token_norms == [t[3] for t in expected]
    assert doc.words == [t for t in doc.tokens if t.is_word]


@pytest.mark.parametrize("text", [
    *TRICKY,
    "He said “one ‘two’ three” and 'four “five” six' then “seven” done.",
    "“Open quote runs on\n\n“and reopens here,” he said. Outside.",
])
def test_token_in_quote_is_in_quote_of_each_token(text: str) -> None:
    doc = Document(text, "a.txt")
    assert doc.token_in_quote == [doc.in_quote(t.start) for t in doc.tokens]
    assert doc.narration_word_count == sum(1 for t, q in zip(doc.tokens, doc.token_in_quote, strict=True)
                                           if t.is_word and not q)
