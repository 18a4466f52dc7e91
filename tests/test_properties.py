"""Property tests (hypothesis) over arbitrary Unicode text and Markdown, run in-process.

For any input: linting raises nothing; every diagnostic range lies inside the text, on the line
the text says, at the right UTF-16 column; the JSON report is valid JSON; applying the fixes the
way ``--fix`` does leaves no safe fix that could still be applied, and a second ``--fix`` changes
nothing. Example counts are moderate so the file runs in well under a minute.
"""

from __future__ import annotations

import json

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.api import lint_text
from lint.config import Settings
from lint.fixes import apply_fixes, fixable
from lint.formats.json import file_object
from lint.runner import MAX_FIX_PASSES

LINE_BREAK = regex.compile(r"\r\n|\r|\n")

# Pieces that reach the rules: loaded and spun wording, quotes, typography, Markdown and HTML, the
# odd characters of scraped copy (NBSP, soft hyphens, U+2028, astral emoji, combining marks).
PIECES = [
    "The senator boasted", " slammed ", "claimed", " refuted ", "White Home", "final week", "said", " ",
    "  ", "\t", "\n", "\r\n", "\r", "\n\n", ".", ",", "!", "?", "“", "”", '"', "‘", "’", "'", "—", "-", "...",
    "\u00a0", "\u00ad", "\u200b", "\u2028", "\ufeff", "😀", "e\u0301", "Ａ", "teh", "recieve", "the the",
    "# ", "## Heading", "> ", "- ", "* ", "1. ", "```", "~~~", "---", "`code`", "`", "**bold**", "_x_",
    "[link](http://example.com/a_(b))", "![img](x.png)", "<div>", "</div>", "<b>", "<!--", "-->", "&amp;",
    "&nbsp;", "â€™", "http://example.com/path?q=1", "wirelint: disable-next-line", "<!-- wirelint: disable LD -->",
    "U.S.", "Mr. Smith", "3.5%", "$12.40", "2026", "CAPS LOCK TEXT", "Harbour", "colour",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map("".join)
PATHS = st.sampled_from(["story.txt", "story.md"])
CHECKS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def where(text: str, offset: int) -> dict[str, int]:
    """The LSP position of ``offset``, computed independently of the document model."""
    starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]
    line = max(k for k, s in enumerate(starts) if s <= offset)
    return {"line": line, "character": utf16_len(text[starts[line]:offset])}


def fix_like_cli(text: str, path: str) -> str:
    """What ``--fix`` writes: safe fixes applied and the text re-linted, up to MAX_FIX_PASSES times."""
    findings = lint_text(text, path).findings
    for _ in range(MAX_FIX_PASSES):
        result = apply_fixes(text, findings)
        if not result.applied:
            break
        text = result.text
        findings = lint_text(text, path).findings
    return text


@CHECKS
@given(text=TEXT, path=PATHS)
def test_every_range_is_inside_the_text_and_on_the_right_line(text: str, path: str) -> None:
    report = lint_text(text, path)
    obj = json.loads(json.dumps(file_object(report), ensure_ascii=False))  # valid JSON, round-trips
    assert len(obj["diagnostics"]) == len(report.findings)
    for f, d in zip(report.findings, obj["diagnostics"], strict=True):
        assert 0 <= f.start <= f.end <= len(text), (f.code, f.start, f.end, len(text))
        if f.scope == "document":
            continue
        assert d["range"] == {"start": where(text, f.start), "end": where(text, f.end)}, f.code
        if f.fix is not None:
            assert 0 <= f.fix.start <= f.fix.end <= len(text), f.code
            assert d["data"]["fix"]["range"] == {"start": where(text, f.fix.start), "end": where(text, f.fix.end)}


@CHECKS
@given(text=st.text(max_size=200), path=PATHS)
def test_arbitrary_unicode_never_raises_and_gives_valid_json(text: str, path: str) -> None:
    report = lint_text(text, path)
    json.loads(json.dumps(file_object(report)))  # ASCII-escaped too
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)


@CHECKS
@given(text=TEXT, path=PATHS)
def test_fix_leaves_no_applicable_safe_fix_and_is_idempotent(text: str, path: str) -> None:
    fixed = fix_like_cli(text, path)
    remaining = [f for f in lint_text(fixed, path).findings if fixable(f, unsafe=False)]
    # Whatever safe fix is left conflicts with another one: --fix reports those and applies neither.
    assert not apply_fixes(fixed, remaining).applied, [(f.code, fixed[f.start:f.end]) for f in remaining]
    assert fix_like_cli(fixed, path) == fixed


@CHECKS
@given(text=TEXT, path=PATHS)
def test_fixes_never_add_or_convert_line_breaks(text: str, path: str) -> None:
    # A fix may remove a whole line (an unused suppression comment) but never turns a CRLF into an
    # LF, adds a break, or merges a CR and an LF into one CRLF.
    fixed = fix_like_cli(text, path)
    for kind in ("\r\n", "\r", "\n"):
        before = sum(1 for m in LINE_BREAK.finditer(text) if m.group() == kind)
        after = sum(1 for m in LINE_BREAK.finditer(fixed) if m.group() == kind)
        assert after <= before, (kind, text, fixed)


def test_the_properties_run_the_builtin_rules() -> None:
    # Guard against vacuous properties: the rule set in use does report (and fix) things.
    report = lint_text("The senator boasted.  Then  again.\n", "s.txt", Settings())
    assert any(f.code == "LD101" for f in report.findings)
    assert any(fixable(f, unsafe=False) for f in report.findings)
