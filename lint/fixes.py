"""Apply fixes to text: non-overlapping edits only; conflicting edits are all skipped and reported."""

from __future__ import annotations

from dataclasses import dataclass, field

from lint.finding import Edit, Finding


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding] = field(default_factory=list)
    conflicts: list[Finding] = field(default_factory=list)


def fixable(f: Finding, unsafe: bool) -> bool:
    return f.fix is not None and (f.fix_safety == "safe" or (unsafe and f.fix_safety == "unsafe"))


def apply_fixes(text: str, findings: list[Finding], *, unsafe: bool = False) -> FixOutcome:
    """Apply the fixes of ``findings`` that are safe (or unsafe too, when asked)."""
    candidates = sorted((f for f in findings if fixable(f, unsafe) and not _joins_cr_lf(text, f.fix)),
                        key=lambda f: (f.fix.start, f.fix.end))
    edits: list[tuple[Edit, Finding]] = []
    conflicts: set[int] = set()
    for k, f in enumerate(candidates):
        for j in range(k + 1, len(candidates)):
            other = candidates[j].fix
            if other.start >= f.fix.end and not (other.start == f.fix.start == f.fix.end):
                break
            if _same_edit(f.fix, other):
                conflicts.add(j)  # identical duplicate: keep the first only, silently
                continue
            conflicts.update((k, j))
    reported = []
    for k, f in enumerate(candidates):
        if k in conflicts:
            if not any(_same_edit(f.fix, c.fix) for c in (candidates[i] for i in range(k) if i not in conflicts)):
                reported.append(f)
            continue
        edits.append((f.fix, f))
    parts, last = [], 0
    for edit, _ in edits:
        parts.append(text[last : edit.start])
        parts.append(edit.new_text)
        last = edit.end
    parts.append(text[last:])
    return FixOutcome("".join(parts), [f for _, f in edits], reported)


def _same_edit(a: Edit, b: Edit) -> bool:
    return (a.start, a.end, a.new_text) == (b.start, b.end, b.new_text)


def _joins_cr_lf(text: str, edit: Edit) -> bool:
    """Would the edit bring a CR and an LF together, so two line breaks become one CRLF?

    Deleting the only character of a line between a CR and an LF ("\\r\\x1f\\n") would drop a
    line and change the first line's ending; such a fix is not applied (the finding stays).
    """
    before = text[edit.start - 1] if edit.start > 0 else ""
    after = text[edit.end] if edit.end < len(text) else ""
    if edit.start == edit.end and not edit.new_text:
        return False  # changes nothing
    first = edit.new_text[:1] or after  # what now follows ``before``
    last = edit.new_text[-1:] or before  # what now precedes ``after``
    return (before == "\r" and first == "\n") or (last == "\r" and after == "\n")
