"""Document verdict: weigh every signal of a category per 1,000 narration words.

Runs after all other rules (phase 1). It adds the score to the summary, reports a
document-scope finding when the score reaches ``threshold``, and keeps weak signals (findings
marked ``weak``) only in documents judged positive: on their own they are normal English.

Options:
  threshold     score at or above which the document is judged positive
  weights       rule code -> weight of one finding (codes not listed weigh 0)
  weak_weight   multiplier for a finding marked weak
  min_words     below this many narration words, no verdict (too little evidence)
  min_signals   at least this many distinct non-weak signals are needed for a positive verdict
  summary_key   prefix of the summary fields written (e.g. "spin" -> spin_score, spin_verdict)
  label         the verdict word for a positive document (e.g. "spun"); a negative one is "clean"
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.document import Document
from lint.engine import RunContext
from lint.finding import Finding
from lint.kinds.base import RuleKind


class VerdictKind(RuleKind):
    PHASE = 1
    OPTIONS = {"threshold": 8.0, "weights": {}, "weak_weight": 0.3, "min_words": 80,
               "min_signals": 3, "summary_key": "spin", "label": "spun"}

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        return iter(())

    def finish(self, doc: Document, ctx: RunContext, findings: list[Finding]) -> list[Finding]:
        opts = self.options
        weights: dict[str, float] = opts["weights"]
        signals = [f for f in findings if f.category == self.meta.category and f.scope != "document"
                   and not f.data.get("in_quote")]
        strong = [f for f in signals if not f.data.get("weak")]
        total = sum(float(weights.get(f.code, 0.0)) * (opts["weak_weight"] if f.data.get("weak") else 1.0)
                    for f in signals)
        words = doc.narration_word_count
        score = 1000.0 * total / words if words else 0.0
        distinct = len({doc.text[f.start:f.end].lower() for f in strong if weights.get(f.code, 0.0) > 0})
        positive = words >= opts["min_words"] and score >= opts["threshold"] and distinct >= opts["min_signals"]
        key = opts["summary_key"]
        ctx.summary[f"{key}_score"] = round(score, 2)
        ctx.summary[f"{key}_signals"] = len(signals)
        ctx.summary[f"{key}_verdict"] = opts["label"] if positive else "clean"
        kept = [f for f in findings if positive or not (f.category == self.meta.category and f.data.get("weak"))]
        if positive:
            doc_finding = self.finding(0, 0, score=f"{score:.1f}", signals=str(len(signals)),
                                       threshold=f"{opts['threshold']:g}")
            doc_finding.scope = "document"
            doc_finding.data["score"] = round(score, 2)
            kept.append(doc_finding)
        return kept


KIND = VerdictKind
