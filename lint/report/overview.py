"""The batch at a glance: totals, the spin-score histogram and a sortable table, one row per file."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from lint.report.categories import css_class, look, ordered
from lint.report.chart import spin_histogram
from lint.report.markup import attr, esc
from lint.report.story import breakable_path, file_id, fmt, positive, verdict_badge

if TYPE_CHECKING:
    from lint.api import FileReport


def _num(value: object) -> str:
    """A sort key for a numeric cell (missing values sort first)."""
    return f"{value}" if isinstance(value, int | float) and not isinstance(value, bool) else "-1"


def _th(label: str, kind: str, extra: str = "") -> str:
    return (f'<th scope="col" data-kind="{kind}"{extra}><button type="button" class="sort">{label}'
            '<span class="arrow" aria-hidden="true"></span></button></th>')


def table(reports: list[FileReport]) -> str:
    cats = ordered({f.category for r in reports for f in r.findings})
    head = [_th("File", "text"), _th("Spin score", "num", ' class="num"'), _th("Verdict", "text")]
    head += [_th(f'<span class="ctag {css_class(c)}" aria-hidden="true">{esc(look(c).letter)}</span> '
                 f"{esc(look(c).label)}", "num", ' class="num"') for c in cats]
    head += [_th("Grade", "num", ' class="num"'), _th("Words", "num", ' class="num"')]
    rows = []
    for i, r in enumerate(reports):
        s = r.summary
        counts = Counter(f.category for f in r.findings)
        if r.doc is None:
            verdict, badge = ("not read", "error") if r.error else ("skipped", "skipped")
            badge = verdict_badge(verdict, badge)
        else:
            verdict = str(s.get("spin_verdict", ""))
            badge = verdict_badge(verdict) if verdict else '<span class="muted">—</span>'
        cells = [f'<th scope="row" data-v="{attr(r.path)}"><a href="#{file_id(i)}">{breakable_path(r.path)}</a></th>',
                 f'<td class="num" data-v="{_num(s.get("spin_score"))}">{fmt(s.get("spin_score"))}</td>',
                 f'<td data-v="{attr(verdict)}">{badge}</td>']
        for c in cats:
            n = counts.get(c, 0)
            cells.append(f'<td class="num{" zero" if not n else ""}" data-cat="{attr(c)}" data-v="{n}">{n}</td>')
        cells.append(f'<td class="num" data-v="{_num(s.get("grade_level"))}">{fmt(s.get("grade_level"))}</td>')
        cells.append(f'<td class="num" data-v="{_num(s.get("words"))}">{fmt(s.get("words"))}</td>')
        rows.append(f'<tr data-file="{file_id(i)}">{"".join(cells)}</tr>')
    return ('<div class="table-wrap"><table class="overview sortable" id="overview">'
            '<caption>One row per file. Select a column heading to sort; select a file name to read it.</caption>'
            f'<thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def totals(reports: list[FileReport]) -> str:
    read = [r for r in reports if r.doc is not None]
    findings = sum(len(r.findings) for r in reports)
    spun = sum(1 for r in read if positive(r.summary.get("spin_verdict")))
    loaded = sum(1 for r in read if positive(r.summary.get("loaded_verdict")))
    safe = sum(1 for r in reports for f in r.findings if f.fix_safety == "safe")
    figures = [(len(reports), "files"), (findings, "findings"), (safe, "with a safe fix"),
               (spun, "read as spun"), (loaded, "pile up loaded language")]
    unread = len(reports) - len(read)
    if unread:
        figures.append((unread, "not read"))
    cells = "".join(f'<div class="figure"><span class="n">{n:,}</span> <span class="what">{esc(what)}</span></div>'
                    for n, what in figures)
    return f'<div class="figures">{cells}</div>'


def section(reports: list[FileReport], threshold: float | None) -> str:
    scores = [float(r.summary["spin_score"]) for r in reports
              if isinstance(r.summary.get("spin_score"), int | float)]
    chart = spin_histogram(scores, threshold) if scores else '<p class="muted">No spin scores to chart.</p>'
    return ('<section class="overview-sec" id="overview-sec" aria-labelledby="overview-h">'
            '<h2 id="overview-h">The batch at a glance</h2>'
            f'<div class="glance">{totals(reports)}<figure class="chart">{chart}'
            '<figcaption>How many files fall at each spin score. Bars right of the line read as spun.</figcaption>'
            f'</figure></div>{table(reports)}</section>')
