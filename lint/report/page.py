"""Assemble the report page: head with the inline CSS, legend, overview, one section per file, rule docs, script."""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from lint import __version__
from lint.report import overview
from lint.report.categories import css_class, look, ordered
from lint.report.markup import attr, esc
from lint.report.ruledocs import RuleBook, docs_section
from lint.report.story import StoryView

if TYPE_CHECKING:
    from lint.api import FileReport

# Nothing may load from anywhere: the policy makes the browser refuse any request the page could make.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")


@cache
def asset(name: str) -> str:
    """An inline asset (CSS or JS) shipped inside the package."""
    return resources.files("lint.report").joinpath("assets", name).read_text(encoding="utf-8")


def legend(reports: list[FileReport]) -> str:
    counts = Counter(f.category for r in reports for f in r.findings)
    items = []
    for c in ordered(set(counts)):
        lk = look(c)
        items.append(
            f'<li><label class="key {css_class(c)}" title="{attr(lk.about)}">'
            f'<input type="checkbox" class="opt" id="show-{attr(c)}" data-cat="{attr(c)}" checked> '
            f'<mark class="sample {css_class(c)}">{esc(lk.label)}</mark> <span class="count">{counts.get(c, 0)}</span>'
            f'<span class="cue">{esc(lk.cue)}</span></label></li>')
    items.append('<li><label class="key"><input type="checkbox" class="opt" id="show-was" checked> '
                 '<span class="was sample-was">original</span> <span class="cue">wire wording '
                 '(? = likely)</span></label></li>')
    return ('<nav class="legend" aria-label="Legend and display options"><span class="legend-title">Highlights</span>'
            f'<ul>{"".join(items)}</ul></nav>')


def header(reports: list[FileReport]) -> str:
    n = sum(len(r.findings) for r in reports)
    return ('<header class="page-head"><div class="brand">wirelint <span>report</span></div>'
            f'<p class="sub">{len(reports):,} file{"s" * (len(reports) != 1)} · {n:,} finding{"s" * (n != 1)} · '
            f'wirelint {esc(__version__)}</p>'
            '<p class="how">Hover over or tab to a highlight for its message and rule; '
            'each rule is explained at the end of the page.</p></header>')


def build_page(reports: list[FileReport], book: RuleBook | None = None, *, title: str = "wirelint report") -> str:
    """The whole report as one self-contained HTML document."""
    book = book or RuleBook()
    stories = "\n".join(StoryView(i, r, book).render() for i, r in enumerate(reports))
    codes = sorted({f.code for r in reports for f in r.findings})
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{attr(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="wirelint">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{asset('report.css')}\n</style>",
        "</head>",
        '<body id="top">',
        '<a class="skip" href="#files">Skip to the stories</a>',
        header(reports),
        legend(reports),
        "<main>",
        overview.section(reports, book.spin_threshold()),
        f'<div id="files">\n{stories}\n</div>',
        docs_section(book, codes),
        "</main>",
        '<div id="tip" class="tip" role="tooltip" hidden></div>',
        f"<script>\n{asset('report.js')}\n</script>",
        "</body>",
        "</html>",
        "",
    ])
