"""The document model's one-pass shortcuts give what the plain per-line and per-paragraph loops give."""

from __future__ import annotations

import bisect
import itertools

import pytest
import regex

from lint.document import (
    ABBREVIATIONS,
    ASCII_TOKEN_SPLIT,
    SENTENCE_END,
    STDLIB_TOKEN_SPLIT,
    TOKEN_SPLIT,
    Document,
    _token_splitter,
)

LINE_BREAK = regex.compile(r"\r\n|\r|\n")
TEXTS = [
    "",
    "\n",
    "one line",
    "one\ntwo\n",
    "one\n\n\nfour",
    "a\r\nb\rc\n\nd\r",
    "Mr. Smith met U.S. officials. They left.\nNew line? Yes.\n\nAfter a blank. X.",
    "It ended.\n\nThen a new paragraph. And more.\n",
    "Ends here.\nNext line starts with a capital.",
    "Corp. Inc. Sept. Capt. Smith spoke. Longer. Word. Words. I. A. Ab. Etc. Next.",
    "He said “stop.” Then “Go!” And (really.) Again.",
    "Abbreviation at the start: e.g. Foo. i.e. Bar. a.m. Then p.m. Noon.",
    "“Open quote runs on.\n\n“and reopens here,” he said. Outside.\n",
    "Russia’s ‘very close’ talks, 'quoted' words, and “nested ‘single’ marks” now.",
    "‘Headline quote’ at the start\n'Straight' at a line start too",
    "He said \"unclosed\nnext line \"closed\" here.",
    "tab\x1cseparated\x1fcells. Then x² and ½ with e\u0301 and a‿b. End.",
]


def _plain_line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


def _sentences_paragraph_by_paragraph(doc: Document) -> list[tuple[int, int, int, int]]:
    """The sentences as a scan of each paragraph on its own finds them."""
    out = []
    for para in doc.paragraphs:
        bounds = [para.start]
        for m in SENTENCE_END.finditer(doc.prose, para.start, para.end):
            start = m.start()
            while start > 0 and (doc.prose[start - 1].isalpha() or doc.prose[start - 1] == "."):
                start -= 1
            word = doc.prose[start : m.start()].lower()
            if m.group().startswith(".") and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            bounds.append(m.end())
        bounds.append(para.end)
        for a, b in itertools.pairwise(bounds):
            piece = doc.prose[a:b]
            if piece.strip():
                a += len(piece) - len(piece.lstrip())
                starts = doc.token_starts
                out.append((a, b, bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_line_offsets_match_a_scan_of_the_line_breaks(text: str) -> None:
    doc = Document(text, "a.txt")
    assert doc.line_starts == _plain_line_starts(text)
    assert doc.line_ends == [
        len(text[s:e].rstrip("\r\n")) + s
        for s, e in zip(doc.line_starts, [*doc.line_starts[1:], len(text)], strict=True)
    ]


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
@pytest.mark.parametrize("text", TEXTS)
def test_sentences_match_a_scan_paragraph_by_paragraph(text: str, path: str) -> None:
    doc = Document(text, path)
    assert [tuple(s) for s in doc.sentences] == _sentences_paragraph_by_paragraph(doc)


def test_a_capital_in_the_next_paragraph_does_not_end_a_sentence_early() -> None:
    doc = Document("It ended.  \n\nThen more.", "a.md")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == ["It ended.  ", "Then more."]


def test_quotes_single_marks_inside_double_quotes_are_not_regions() -> None:
    text = TEXTS[13]
    doc = Document(text, "a.txt")
    assert [text[q.start : q.end] for q in doc.quotes] == [
        "‘very close’", "'quoted'", "“nested ‘single’ marks”",
    ]
    two_lines = Document(TEXTS[14], "a.txt")
    assert [TEXTS[14][q.start : q.end] for q in two_lines.quotes] == ["‘Headline quote’", "'Straight'"]


def test_an_unclosed_double_quote_ends_with_its_paragraph() -> None:
    text = TEXTS[15]
    doc = Document(text, "a.txt")
    assert [text[q.start : q.end] for q in doc.quotes] == ["\"unclosed", "\"closed\""]


def test_the_stdlib_splitters_are_used_only_where_they_class_characters_alike() -> None:
    assert _token_splitter("plain ascii, even x\x1cy") is ASCII_TOKEN_SPLIT
    assert _token_splitter("£5 and café’s") is STDLIB_TOKEN_SPLIT
    for odd in ("½", "e\u0301", "a‿b", "é\x1c"):
        assert _token_splitter(f"text {odd}") is TOKEN_SPLIT
    for text in TEXTS:
        assert _token_splitter(text).split(text) == TOKEN_SPLIT.split(text)
    ascii_chars = "".join(map(chr, range(128)))
    assert ASCII_TOKEN_SPLIT.split(f"a{ascii_chars}b'c") == TOKEN_SPLIT.split(f"a{ascii_chars}b'c")
