"""Reliability: bad input never crashes wirelint, loses data, or hangs it.

Each test here stands for one row of the table in docs/reliability.md. Inputs are written by the
tests themselves (small ones inline, big ones generated in a temporary folder).
"""

from __future__ import annotations

import time

from lint.api import linter_for
from lint.config import Settings
from lint.document import Document, Span
from lint.engine import RunContext


def cpu_seconds(fn, *args):
    """(result, CPU seconds) of one call: CPU time, so a busy machine does not fail a test."""
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


# ---- whole-document rules stay near-linear ----------------------------------------------------------
def test_spelling_span_lookup_matches_a_linear_scan() -> None:
    from lint.kinds.spelling import _SpanIndex

    spans = [Span(0, 10), Span(2, 4), Span(5, 30), Span(12, 14), Span(40, 41)]  # nested and overlapping
    index = _SpanIndex(spans)
    for offset in range(-1, 45):
        linear = next((k for k, s in enumerate(spans) if s.start <= offset < s.end), None)
        assert index.first_containing(offset) == linear, offset


def test_spelling_rule_is_not_quadratic_in_sentences() -> None:
    # One unknown word sends the rule through its foreign-quote grouping, which once scanned every
    # sentence for every word: about 35 s of CPU for this half megabyte, now well under a second.
    sentence = "The council said the harbour plan would cost more than expected. "
    text = "The zorblatt was late. " + sentence * 8000 + "\n"
    rule = linter_for(()).by_code["QA111"]
    doc = Document(text, "big.txt")
    doc.sentences, doc.quotes  # noqa: B018 (build the shared model outside the timed part)
    findings, cpu = cpu_seconds(lambda: list(rule.check(doc, RunContext(Settings()))))
    assert [text[f.start:f.end] for f in findings] == ["zorblatt"]
    assert cpu < 10, f"QA111 took {cpu:.1f} s of CPU on {len(text) // 1000} kB"


def test_overlapping_fix_dedupe_is_not_quadratic() -> None:
    # Every fixable finding was compared with every kept one: 31,000 findings on a 2 MB line took
    # 8.5 s of CPU in this step alone; now a bisection per finding.
    from lint.engine import _dedupe
    from lint.finding import Finding, Severity

    def finding(start: int, end: int) -> Finding:
        return Finding(start, end, "QA999", "x", "quality", Severity.WARNING, "m", "y", "safe")

    findings = [finding(10 * i, 10 * i + 4) for i in range(60_000)]
    findings += [finding(10 * i + 2, 10 * i + 3) for i in range(0, 60_000, 7)]  # inside kept ones
    findings.append(finding(0, 25))  # the longest: it stands, the three it covers go
    kept, cpu = cpu_seconds(_dedupe, findings)
    assert len(kept) == 60_000 - 3 + 1
    assert cpu < 5, f"dedupe took {cpu:.1f} s of CPU"
