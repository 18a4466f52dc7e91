"""The fast paths of the boilerplate classifier give the answers of the plain regular expressions.

Each fast path (pattern pre-tests, the phrase index, word counts, line keys) is compared with the
straightforward computation it replaces, on hand-written tricky texts and, when ../shared is
there, on real scraped lines. The Unicode facts the pre-tests rely on are checked against the
installed ``regex`` module and Python's own tables.
"""

from __future__ import annotations

import random
import sys
import unicodedata
from pathlib import Path

import pytest
import regex

from lint.boilerplate_features import (
    DECORATION,
    FLAGS,
    MD_LINK,
    SENTENCE_END,
    SPACES,
    WORD,
    LiteralIndex,
    PatternSet,
    _regex_hits,
    casefolded,
    doc_lines,
    ends_sentence,
    load_model,
    normalise_line,
    word_count,
    word_gaps,
)
from lint.boilerplate_prefilter import DIGIT, FOLD_EXCEPTIONS, SPACE, Unsupported, needs
from lint.document import Document
from lint.kinds.lineclass import _has_digit
from tests.conftest import ROOT, SEEDS, SHARED

DATA = ROOT / "rules" / "boilerplate"

TRICKY = [
    "", " ", "a", "_", "__init__", "Skip to content", "SKIP TO CONTENT", "skip  to\tcontent", "» Jump to comments ↓",
    "Photo: Jane Doe/Getty Images", "(Reuters/Getty)", "reuters/getty", "Reuters via Example Newsource",
    "© 2024 Example", "(c) 2024 Example", "Copyright 2008 The Associated Press", "™ & © 2025 Example Network",
    "Straße und Strasse", "STRASSE", "ſkip", "İstanbul", "ﬁre ﬂoor", "Kelvin K", "naïve café", "Ünïcödé",
    "don't", "don’t stop", "it's 5.30", "a..b", "a.'b", "a'.b", "''a''", "e-mail alerts", "E-Mail this article",
    "u.s. news", "U.S. News", "3 of 12", "12. Sam Example @ 10:", "1,234 views", "5 min read", "٣ of ١٢",
    "Posted by: Sam on January 9, 2008 10:15 PM", "Tags: fire, city", "\u00a0Tags:\u00a0fire", "x\x1cy", "x\x1fy z",
    "Comment | Mayor's plan", "Watch | Title here", "[Home](/) | [News](/news)", "![img](a.png)", "](/x)", ")",
    "<i>Example News</i><br/>", "&amp; &#233; &nbsp;", "photo.jpeg?width=1200&height=800", "x.jpg", "var x = 1",
    "?utm_source=feed&utm_medium=rss", "{{ template }}", "<!-- comment", "Temperatures were < 5C and > -2C.",
    "We use cookies to improve your experience.", "Sign up for our free newsletter", "Have your say",
    "have-your-say", "have_your say", "X have your say", "_have your say", "- have your say", "...Related: x",
    "___related: x", "a_related: x", "related:x", "Related stories", "related storiesx", "Most popular now",
    "getty images", "gettyimages", "getty  images", "getty\u00a0images", "Getty Images.", "AFP/Getty",
    "\u2028line", "tab\there", "Ｆｕｌｌｗｉｄｔｈ", "１２ comments", "ǅemal", "ΣΊΣΥΦΟΣ", "ς", "ﬀ", "Ǆ",
    "ıstanbul", "tıme", "Tıme",
]


def _model():
    return load_model(DATA.resolve())


def _lines() -> list[str]:
    """Tricky texts, the seeds' lines and (when present) lines of scraped pages and clean news."""
    texts = list(TRICKY)
    for path in sorted(SEEDS.glob("*.txt")):
        texts += path.read_text(encoding="utf-8").splitlines()
    raw = SHARED / "corpora" / "boilerplate" / "l3s-gn1" / "raw"
    if raw.is_dir():
        for path in sorted(raw.glob("*.txt"))[:120]:
            texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    news = SHARED / "corpora" / "clean-news" / "bbc-greene2006" / "articles" / "business"
    if news.is_dir():
        for path in sorted(news.glob("*.txt"))[:60]:
            texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    rng = random.Random(8)
    texts += [t.upper() for t in texts[: len(TRICKY)]] + [" ".join(rng.sample(TRICKY, 3)) for _ in range(300)]
    return [t.replace("\x00", "") for t in texts]


LINES = _lines()


# ---- Unicode facts -------------------------------------------------------------------------------

ALL_CHARS = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_ascii_literals_match_only_what_folds_to_them() -> None:
    """Under full case folding a character matches an ASCII literal only if its case fold holds the
    literal's, but for FOLD_EXCEPTIONS (the pre-test does not rely on those)."""
    exceptions = set()
    for c in map(chr, range(32, 127)):
        for t in set(regex.compile(regex.escape(c), FLAGS).findall(ALL_CHARS)):
            if c.casefold() not in t.casefold():
                exceptions.add(c)
    assert exceptions == FOLD_EXCEPTIONS
    assert all("i" not in s for clause in needs("TIME").clauses for s in clause)
    assert needs("^I").first is None and needs("[IJ]").clauses == ()


def test_uncased_literals_match_only_themselves() -> None:
    for c in "©™®–—…•·«»→€£¥§°":
        assert c.casefold() == c.lower() == c.upper() == c
        assert set(regex.compile(regex.escape(c), FLAGS).findall(ALL_CHARS)) == {c}
        assert not any(c in t.casefold() for t in ALL_CHARS if t != c)


def test_white_space_tables_agree() -> None:
    v0 = set(regex.findall(r"\s", ALL_CHARS))
    v1 = set(regex.findall(r"\s", ALL_CHARS, flags=regex.V1))
    assert v0 == v1
    assert all(c.isspace() for c in v0)  # \s is narrower than str.isspace (which adds \x1c-\x1f)
    assert {c for c in ALL_CHARS if c.isprintable() and (c.isspace() or c in v0)} == {" "}
    assert all(c.casefold() == c for c in v0)


def test_digits_and_folds() -> None:
    digits = set(regex.findall(r"\d", ALL_CHARS, flags=regex.V1))
    assert {c for c in digits if c.isascii()} == set("0123456789")
    assert all(c.casefold() == c for c in digits)
    for c in ALL_CHARS:  # a character whose fold differs does not fold to a text starting with itself
        folded = c.casefold()
        assert folded == c or folded[0] != c


# ---- the pattern analysis ------------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "clauses", "first"), [
    (r"<!--.*?(?:-->|$)", [{"<"}, {"<!--"}], None),
    (r"\S*\.(?:jpe?g|png)\?\S+", [{"?"}, {"."}, {"jp", "png"}], None),
    (r"^(?:posted|comment(?:ed)?)\s+by", [{"posted", "comment"}, {"by"}, {"b"}], {"p", "c"}),
    (r"^\d+\s+(?:views?|hits)$", [{"view", "hits"}], {DIGIT}),
    (r"^\(?[\d,.]+x", [{"x"}], {"(", DIGIT, ",", "."}),
    (r"^(?:a)?\s*b", [{"b"}], {"a", SPACE, "b"}),
    (r"(?:copyright|©)\s*\d{4}", [{"copyright", "©"}], None),
    (r"^(?-i:\p{Lu})[\p{L}.&' -]{1,40}\s+via\s+", [{"via"}, {"v"}], None),
    (r"[?&](?:utm_[a-z]+|fbclid)=", [{"="}, {"&", "?"}, {"utm_", "fbclid"}], None),
    (r"a?b*c{0,2}", [], None),
    (r"(?=abc)x|y", [{"x", "y"}], None),
    (r"x{2,}[ab]", [{"x"}, {"xx"}, {"a", "b"}], None),
    (r"(?<=\S)( {2,})(?=\S)", [{" "}, {"  "}], None),
    (r"&\x23\u2014", [{"&"}, {"&#—"}], None),
    (r"[\x41-\x43]z[\u2014\x{2013}]", [{"z"}, {"—", "–"}], None),
])
def test_needs(pattern: str, clauses: list[set[str]], first: set[str] | None) -> None:
    need = needs(pattern)
    assert sorted(map(sorted, need.clauses)) == sorted(map(sorted, clauses))
    assert need.first == (frozenset(first) if first is not None else None)


@pytest.mark.parametrize("pattern", [
    r"(a)\1", r"(?P<x>a)(?P=x)", r"\g<1>", r"(?x) a b", r"(?(1)a|b)", r"(?:abc){e<=1}", r"[[a-z]--[aeiou]]",
    r"a{", r"\N{BULLET}", r"\101", r"\x4g", r"[\u12]", r"\x{110000}", r"(?m)^a", r"(?V0)a", r"[]a]", r"\L<words>",
])
def test_needs_gives_up_on_what_it_does_not_model(pattern: str) -> None:
    with pytest.raises(Unsupported):
        needs(pattern)


def _data_patterns() -> list[str]:
    out = []
    for path in sorted(DATA.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("/ ", "! ")):
                out.append(line[2:].strip())
    return out


PATTERNS = [
    *_data_patterns(),
    r"\b(?:said|says)\b", r"[.!?][\"”’)]*\s+(?-i:\p{Lu})[^|]*[.!?][\"”’)]*$", r"straße", r"STRASSE",
    r"^ſkip", r"ﬁre", r"^k", r"(?i:K)elvin", r"(?-i:Getty)", r"^\s*\d", r"^[^\p{L}\d]*™", r"^ISTANBUL", r"TIME",
    r"^\w+$", r"^[\w.,]+\)?$", r"^(?:the|\S+)$", r"^\d+(?=\S)\S*$", r"^$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_pretest_never_rejects_a_line_the_pattern_matches(pattern: str) -> None:
    compiled = regex.compile(pattern, FLAGS)
    need = needs(pattern)
    for text in LINES:
        m = compiled.search(text)
        if m is None:
            continue
        folded = text.casefold()
        assert need.allows(folded), (pattern, text)
        if need.first is not None:
            assert m.start() == 0
            first = folded[:1]
            assert first in need.first or (DIGIT in need.first and (first in "0123456789" or not first.isascii())) \
                or (SPACE in need.first and first.isspace()), (pattern, text)


@pytest.mark.parametrize(("pattern", "no_space"), [
    (r"^\S*\.(?:jpe?g|png)\)?$", True), (r"^\w+$", True), (r"^[\w.]+$", True), (r"^(?:a|\d)$", True),
    (r"^(?=.* )\S*$", True), (r"(?i)^abc$", True), (r"^$", True), (r"\Aab$", True),
    (r"^a b$", False), (r"^a\x20$", False), (r"^[a-z]+$", False), (r"^[^<]+$", False), (r"^.+$", False),
    (r"^\s$", False), (r"^\p{L}+$", False), (r"^\S+", False), (r"\S+$", False), (r"^(?:a|b c)$", False),
    (r"^(?:a$|b)", False), (r"^[ab ]$", False), (r"^\W$", False), (r"^a$(?=x)", False),
])
def test_no_space(pattern: str, no_space: bool) -> None:
    """A pattern spanning the whole text with pieces that never match a space rules out texts with one."""
    assert needs(pattern).no_space is no_space


def test_no_character_folds_to_a_space() -> None:
    """Needs.allows asks the case-folded text for a space: folding neither makes one nor takes one away."""
    assert [c for c in ALL_CHARS if (" " in c.casefold()) != (c == " ")] == []


@pytest.mark.parametrize(("pattern", "starts"), [
    (r"[\u00C2-\u00DF][\x80-\xBF]|[\u00E0-\u00EF]", [(0xC2, 0xEF)]),
    (r"a?[b-dz]", [(ord("a"), ord("d")), (ord("z"), ord("z"))]),
    (r"(?<=\S)( {2,})(?=\S)", [(32, 32)]),
    (r"\b(?:K|\u212A)elvin", [(ord("K"), ord("K")), (0x212A, 0x212A)]),
    (r"[^a]b", None), (r"\db", None), (r"[\d.]", None), (r".b", None), (r"\p{Lu}b", None), (r"a*", None),
    (r"(?=x)", None), (r"(?i)kelvin", None), (r"(?i:k)elvin", None),
])
def test_starts(pattern: str, starts: list[tuple[int, int]] | None) -> None:
    assert needs(pattern).starts == (tuple(starts) if starts is not None else None)


@pytest.mark.parametrize(("pattern", "linear"), [
    (r"(?:[\u00C2-\u00DF][\x80-\xBF]|[\u00E0-\u00EF][\x80-\xBF]{2})+", True), (r"[\x00-\x08\u200B]", True),
    (r"(a|aa)+", True), (r"a+", True), (r"(?:ab|cd)*", True), (r"a{2}b+", True), (r"x(?:a|b)+", True),
    (r"\bfoo\b", True), (r"(?:a{3})+", True), (r"(?<=\S)x+", True), (r"a{63}x", True),
    (r"(a|aa)+$", False), (r"a+$", False), (r"(?:a+)+", False), (r"(?:a|b)(?:c|d)", False), (r"a{100}", False),
    (r"(?i)a", False), (r"(?<=\S)( {2,})(?=\S)", False), (r"(?:a?b)+", False), (r"(?:a|b?)+", False),
    (r"(?:a{1,3})+", False), (r"\Xq", False), (r"(?=a+b)a", False), (r"a|b", False), (r"a{64}x", False),
])
def test_linear(pattern: str, linear: bool) -> None:
    assert needs(pattern).linear is linear


STARTS_PATTERNS = [
    *PATTERNS, r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u0080-\u009F\u200B\u2060\uFEFF]", r"[\u00C2-\u00F4][\x80-\xBF€’]+",
    r"(?:\t|  )[ \t]*\S", r"&(?:#[0-9]{2,7}|[a-zA-Z][a-zA-Z0-9]{1,31});", r"[\u2013\u2014]\s*\d", r"ﬁre|Straße",
]


@pytest.mark.parametrize("pattern", STARTS_PATTERNS)
def test_starts_hold_the_first_character_of_every_match(pattern: str) -> None:
    """Compiled without case folding (as the pattern rule kind does), every match begins with a character
    of ``starts``, and the clauses hold in the case-folded line."""
    compiled = regex.compile(pattern, regex.M | regex.V1)
    need = needs(pattern)
    for text in [*LINES, "Ã© donâ€™t\x07", "a\u200bb", "x\ufeff", "ﬁre STRASSE straße", "1–2 — 3"]:
        for m in compiled.finditer(text):
            assert need.allows(text.casefold()), (pattern, text)
            if need.starts is not None and m.end() > m.start():
                assert any(lo <= ord(text[m.start()]) <= hi for lo, hi in need.starts), (pattern, text)


def test_pattern_sets_answer_as_their_alternation() -> None:
    for path in sorted(DATA.glob("*.txt")):
        items = [line[2:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("/ ")]
        if not items:
            continue
        ps = PatternSet(items, str(path))
        assert ps.anywhere is not None
        combined = ps.combined.compiled
        for text in LINES:
            assert ps.search(text) == (combined.search(text) is not None), (path.name, text)
            assert [m.span() for m in ps.finditer(text)] == [m.span() for m in combined.finditer(text)]


def test_a_pattern_set_with_a_backreference_uses_its_alternation() -> None:
    ps = PatternSet([r"(a)\1", r"^b"], "x")
    assert ps.anywhere is None
    assert ps.search("xaa") and ps.search("b") and not ps.search("ab")


def test_casefolded_remembers_only_the_last_text() -> None:
    a, b = "Straße", "ABC"
    assert casefolded(a) == "strasse" and casefolded(b) == "abc" and casefolded(a) == "strasse"


# ---- the phrase index ----------------------------------------------------------------------------


def test_phrase_index_finds_what_the_alternations_find() -> None:
    model = _model()
    index = model.literals
    every = [(ps.label, ps.prefix_regex, ps.contains_regex) for ps in index.labels]
    keys = {normalise_line(t) for t in LINES} | {normalise_line(t.lower()) for t in TRICKY}
    for key in keys:  # keys as normalise_line makes them: single spaces, no white space at either end
        assert index.hits(key) == _regex_hits(key, every), key


def test_phrase_index_leaves_odd_phrases_to_an_alternation(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("^ _odd start\n~ end_\n~ ©opyright\n~ plain words\n^ café\n", encoding="utf-8")
    model = load_model(tmp_path)
    index = model.literals
    assert set(index.rest) == {"x"}
    every = [(ps.label, ps.prefix_regex, ps.contains_regex) for ps in index.labels]
    for key in ["_odd start here", "the end_", "the end_x", "x ©opyright", "some plain words", "café au lait",
                "plain wordsx", "cafe"]:
        assert index.hits(key) == _regex_hits(key, every), key


def test_index_words_prefer_uncommon_words() -> None:
    from lint.boilerplate_features import PhraseSet

    ps = PhraseSet("x", "x", contains=["have your say", "the associated press file photo"])
    index = LiteralIndex([ps])
    assert "associated" in index.inner and "photo" not in index.inner


# ---- line features -------------------------------------------------------------------------------


def _old_normalise(text: str) -> str:
    text = MD_LINK.sub(r"\1", text)
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'").lower()
    return SPACES.sub(" ", text).strip(DECORATION)


def test_line_features_match_the_regular_expressions() -> None:
    for text in LINES:
        assert normalise_line(text) == _old_normalise(text), text
        assert word_count(text) == len(WORD.findall(text)), text
        assert ends_sentence(text) == (SENTENCE_END.search(text) is not None), text
        assert _has_digit(text) == any(c.isdigit() for c in text), text
        gaps = word_gaps(text)
        if gaps is not None:
            assert gaps.split() == regex.findall(r"\w+", text, flags=regex.V1), text


def test_glued_pretest_never_hides_a_match() -> None:
    model = _model()
    glued = ["Skip to contentFire", "GO TO TOPNews", "skip  to contentX"]
    for text in LINES + [t + "Headline" for t in TRICKY] + glued:
        expected = model.glued.match(text)
        got = model.glued_match(text)
        assert (got and got.span()) == (expected and expected.span()), text


def test_doc_lines_on_markdown_and_plain_text() -> None:
    text = "  Title  \n\n\tA line with [a link](http://x.y) &amp; more.\n```\ncode\n```\n\u00a0\n"
    for name in ("page.txt", "page.md"):
        lines = doc_lines(Document(text, name))
        for ln in lines:
            assert ln.text == ln.text.strip() and text[ln.start : ln.end] == ln.text
            assert ln.key == _old_normalise(ln.text)
    assert [ln.index for ln in doc_lines(Document(text, "page.txt"))] == [0, 2, 3, 4, 5]


def test_repeated_content_words_are_the_regex_words() -> None:
    """``duplicates._words`` (a candidate for the same bytes fast path) keeps WORD's words, lowercased."""
    from lint.kinds import duplicates

    extra = ["'", "a'b", "'tis", "dogs'", "rock 'n' roll", "a' 'b", "a''b", "x'y'z", "It's O'Neill's 'best'.",
             "It cost £5m – “a lot”, he’s said", "a’'b", "Café’s ‘menu’", "\u212a-rated ß"]
    for text in LINES + extra:
        words = tuple(w.lower().replace("’", "'") for w in regex.findall(r"\w+(?:['’]\w+)*", text))
        assert duplicates._words(text) == words, text
        assert duplicates._letters(text) == "".join(words).replace("'", ""), text
