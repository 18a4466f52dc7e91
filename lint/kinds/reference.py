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
        quoted = {t.start for i, t in enumerate(doc.tokens) if doc.token_in_quote[i]}
        matcher = SequenceMatcher(None, [t.norm for t in mine], [t.norm for t in theirs], autojunk=False)
        limit = self.options["max_span"]
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal" or max(i2 - i1, j2 - j1) > limit:
                continue
            if op == "delete":
                # Words the spinner added: anchor on the shared word before ("police force" -> "police").
                if i1 > 0 and j1 > 0:
                    i1, j1 = i1 - 1, j1 - 1
                elif i2 < len(mine) and j2 < len(theirs):
                    i2, j2 = i2 + 1, j2 + 1
                else:
                    continue
            elif op == "insert":
                # Words the spinner dropped: the shared words either side carry the fix
                # ("the election" -> "the general election").
                if i1 > 0 and j1 > 0:
                    i1, j1 = i1 - 1, j1 - 1
                if i2 < len(mine) and j2 < len(theirs):
                    i2, j2 = i2 + 1, j2 + 1
                if i1 == i2:
                    continue
            span = mine[i1:i2]
            if any(t.start in quoted for t in span) or _crosses_line(doc, span):
                continue
            start, end = span[0].start, span[-1].end
            original = ref.text[theirs[j1].start : theirs[j2 - 1].end]
            if doc.text[start:end] == original:
                continue
            yield self.finding(start, end, match=doc.text[start:end], replacements=(original,))


def _crosses_line(doc: Document, span: list[Token]) -> bool:
    return doc.line_of(span[0].start) != doc.line_of(span[-1].end)


KIND = ReferenceKind
