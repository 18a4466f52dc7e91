"""``--format text``: ``path:line:col: CODE message``, then the source line with the span underlined."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from lint.finding import Severity

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.finding import Finding
    from lint.formats import RenderOptions

CONTEXT = 50  # characters of context shown either side of a long line's span
COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36", Severity.HINT: "2"}


def _paint(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on else text


def excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """A window of ``line`` around [start, end), with the span's new position."""
    end = min(max(end, start + 1), len(line)) if line else start + 1
    lo = max(0, start - CONTEXT)
    hi = min(len(line), max(end, start + 1) + CONTEXT)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    shown = prefix + line[lo:hi].replace("\t", " ") + suffix
    return shown, start - lo + len(prefix), end - lo + len(prefix)


def format_finding(report: FileReport, f: Finding, options: RenderOptions) -> str:
    doc = report.doc
    line, col = doc.position(f.start)
    marker = " [*]" if f.fix_safety == "safe" else " [~]" if f.fix_safety == "unsafe" else ""
    head = (f"{_paint(report.path, '1', options.color)}:{line + 1}:{col + 1}: "
            f"{_paint(f.code, COLOURS[f.severity], options.color)}{marker} {f.message}")
    if f.scope == "document" or not options.show_source:
        return head + "\n"
    text = doc.line_text(line)
    line_start = doc.line_starts[line]
    end = f.end if doc.line_of(max(f.end - 1, f.start)) == line else doc.line_ends[line]
    shown, a, b = excerpt(text, f.start - line_start, end - line_start)
    gutter = " " * len(str(line + 1))
    underline = " " * a + "^" * max(1, b - a)
    return (f"{head}\n{gutter} |\n{line + 1} | {shown}\n{gutter} | "
            f"{_paint(underline, COLOURS[f.severity], options.color)}\n")


def render(reports: list[FileReport], options: RenderOptions) -> str:
    out: list[str] = []
    total = safe = unsafe = 0
    stats: Counter[tuple[str, str]] = Counter()
    for report in reports:
        if report.doc is None:
            continue
        for f in report.findings:
            out.append(format_finding(report, f, options))
            total += 1
            safe += f.fix_safety == "safe"
            unsafe += f.fix_safety == "unsafe"
            stats[(f.code, f.rule)] += 1
    if options.statistics:
        out.append("\n")
        for (code, rule), n in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0])):
            fix = options.rules.get(code)
            mark = " [*]" if fix is not None and fix.fix == "safe" else ""
            out.append(f"{n:6d}  {code}  {rule}{mark}\n")
    fixed = sum(options.fixed.values())
    if fixed:
        out.append(f"Fixed {fixed} problem{'s' * (fixed != 1)}.\n")
    if total:
        files = sum(1 for r in reports if r.findings)
        extra = []
        if safe:
            extra.append(f"{safe} fixable with --fix")
        if unsafe:
            extra.append(f"{unsafe} more with --unsafe-fixes")
        note = f" ({', '.join(extra)})" if extra else ""
        out.append(f"Found {total} problem{'s' * (total != 1)} in {files} file{'s' * (files != 1)}{note}.\n")
    elif not fixed:
        out.append("All clear: no problems found.\n")
    return "".join(out)
