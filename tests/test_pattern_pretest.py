"""The pattern kind's whole-text pre-test skips only texts the pattern cannot match.

The pre-test (:func:`lint.kinds.pattern._pretest`) combines the strings every match needs with the
set of characters a match can start with. It is compared with the plain search on hand-written
texts and, when ../shared is there, on scraped pages.
"""

from __future__ import annotations

import tomllib

import pytest
import regex

from lint.kinds.pattern import Pretest, _pretest
from tests.conftest import ROOT, SEEDS, SHARED
from tests.test_quality import spans

QUALITY_PATTERNS = {r["code"]: r["options"]["pattern"] for r in tomllib.loads(
    (ROOT / "rules" / "quality.toml").read_text(encoding="utf-8"))["rule"] if r["kind"] == "pattern"}

TEXTS = [
    "", "Plain ASCII copy. Nothing to see.", "Two  spaces.", "caf\u00e9 and na\u00efve",
    "The minister didn\u00e2\u20ac\u2122t say.",
    "Ã©", "\u00c2\u00a35", "a\u200bb", "x\ufeff", "bell\x07", "C1 \x85 next line", "Marks &amp; Spencer", "&#8217;",
    "<i>Reuters</i><br/>", "the tsunami.Steve wrote", "\tIndented line with words", "  Indented", "wide \u3000 space",
]


def _texts() -> list[str]:
    texts = list(TEXTS)
    for path in sorted(SEEDS.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    raw = SHARED / "corpora" / "boilerplate" / "l3s-gn1" / "raw"
    if raw.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(raw.glob("*.txt"))[:150]]
    return texts


EXTRA = [r"(?i)k", r"\u212Aelvin", r"[\u00C0-\u00FF]\w", r"—\s"]


@pytest.mark.parametrize("pattern", [*QUALITY_PATTERNS.values(), *EXTRA])
def test_pretest_never_rejects_a_text_the_pattern_matches(pattern: str) -> None:
    compiled = regex.compile(pattern, regex.M | regex.V1)
    pretest = _pretest(pattern)
    for text in _texts():
        if compiled.search(text):
            assert pretest.allows(text), (pattern, text[:200])


def test_pretest_rejects_texts_without_a_first_character() -> None:
    mojibake, control = _pretest(QUALITY_PATTERNS["QA146"]), _pretest(QUALITY_PATTERNS["QA147"])
    assert mojibake.starts is not None and mojibake.beyond_ascii  # Â-ô: an ASCII text cannot match
    assert not mojibake.allows("Plain ASCII copy.") and not mojibake.allows("£5 and ‘quotes’")
    assert mojibake.allows("caf\u00c3\u00a9")
    assert control.starts is not None and not control.beyond_ascii
    assert not control.allows("Plain copy.\r\n\tWith tabs.") and control.allows("a\u200bb")


def test_pretest_needs_a_repeated_literal_whole() -> None:
    double_space = _pretest(r"(?<=\S)( {2,})(?=\S)")
    assert not double_space.allows("One space. Each time.") and double_space.allows("Two  spaces.")
    assert spans("One space. Each time.\n", "QA144") == [] and spans("Two  spaces.\n", "QA144") == ["  "]


def test_pretest_of_a_case_insensitive_pattern_has_no_first_characters() -> None:
    assert _pretest(r"(?i)kelvin").starts is None
    assert _pretest(r"(?i)kelvin").allows("\u212aELVIN")


def test_pattern_pretest_skips_texts_without_a_required_string() -> None:
    pretest = _pretest(r"&(?:#[0-9]{2,7}|[a-zA-Z]{2,31});")
    assert {"&"} in [set(c) for c in pretest.clauses] and not pretest.fold  # no case: test the raw text
    assert _pretest(r"Breaking:\s").fold  # cased letters: the text must be case-folded first
    assert _pretest(r"(?P<x>a)(?P=x)") == Pretest()  # a construct the analysis does not model: no pre-test
    assert spans("Marks &amp; Spencer", "QA148") == ["&amp;"]
    assert spans("Marks and Spencer;", "QA148") == []
