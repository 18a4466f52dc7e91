"""Reference alignment: with the original wire story at hand, every substitution is exact.

The article is aligned to its reference on the words both share (the immutables a spinner
leaves alone, as in DSpin), and each short replaced stretch between anchors is reported with
the reference's exact wording as a safe fix. Runs after the other spin rules (phase 1) and
supersedes their findings on the spans it covers, so fixes never conflict.

Options:
  max_span     longest replaced stretch (in words, either side) still treated as a substitution
  min_match    how much of the article's names, numbers and quotes the reference must share
"""

from __future__ import annotations

from collections.abc import Iterator
from difflib import SequenceMatcher

from lint.document import Document, Token
from lint.engine import RunContext
from lint.finding import Finding
from lint.kinds.base import RuleKind
from lint.reference import best_reference


class ReferenceKind(RuleKind):
    PHASE = 1
    OPTIONS = {"max_span": 12, "min_match": 0.5}

    def check(self, doc: Document, ctx: RunContext) -> Iterator[Finding]:
        return iter(())

    def finish(self, doc: Document, ctx: RunContext, findings: list[Finding]) -> list[Finding]:
        ref = best_reference(doc, ctx.references, self.options["min_match"])
        if ref is None:
            return findings
        ctx.summary["reference"] = ref.path
        aligned = list(self.substitutions(doc, ref.doc))
        if not aligned:
            return findings
        covered = [(f.start, f.end) for f in aligned]
        kept = [f for f in findings if f.category != self.meta.category or f.scope == "document"
                or not any(f.start < e and s < f.end for s, e in covered)]
        return kept + aligned

    def substitutions(self, doc: Document, ref: Document) -> Iterator[Finding]:
        mine = [t for t in doc.tokens if t.is_word]
        theirs = [t for t in ref.tokens if t.is_word]
        matcher = SequenceMatcher(None, [t.norm for t in mine], [t.norm for t in theirs], autojunk=False)
        limit = self.options["max_span"]
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal" or max(i2 - i1, j2 - j1) > limit:
                continue
            if op != "replace":
                anchored = _anchor(op, i1, i2, j1, j2, len(mine), len(theirs))
                if anchored is None:
                    continue
                i1, i2, j1, j2 = anchored
            span = mine[i1:i2]
            if any(doc.in_quote(t.start) for t in span) or _crosses_line(doc, span):
                continue
            start, end = span[0].start, span[-1].end
            original = ref.text[theirs[j1].start : theirs[j2 - 1].end]
            if doc.text[start:end] == original:
                continue
            yield self.finding(start, end, match=doc.text[start:end], replacements=(original,))


def _anchor(op: str, i1: int, i2: int, j1: int, j2: int, n_mine: int,
            n_theirs: int) -> tuple[int, int, int, int] | None:
    """Widen a pure deletion or insertion onto shared neighbours so its fix is a replacement.

    Words the spinner added take the shared word before ("police force" -> "police"), or after at
    the start of the text; words it dropped take the shared words on both sides ("the election" ->
    "the general election"). None when there is no neighbour to carry the fix.
    """
    before = i1 > 0 and j1 > 0
    after = i2 < n_mine and j2 < n_theirs
    if op == "delete" and before:
        return i1 - 1, i2, j1 - 1, j2
    if op == "delete":
        return (i1, i2 + 1, j1, j2 + 1) if after else None
    i1, j1 = (i1 - 1, j1 - 1) if before else (i1, j1)
    i2, j2 = (i2 + 1, j2 + 1) if after else (i2, j2)
    return (i1, i2, j1, j2) if i1 < i2 else None


def _crosses_line(doc: Document, span: list[Token]) -> bool:
    return doc.line_of(span[0].start) != doc.line_of(span[-1].end)


KIND = ReferenceKind
