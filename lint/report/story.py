"""One file of the report: its figures, document-level findings, highlighted text and fixed text."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from lint.fixes import apply_fixes
from lint.report.categories import css_class, look, ordered
from lint.report.highlight import Span, highlight_lines, line_of
from lint.report.markup import attr, esc, tag
from lint.report.ruledocs import RuleBook, rule_anchor

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.document import Document
    from lint.finding import Finding


def file_id(i: int) -> str:
    return f"file-{i}"


def finding_id(i: int, k: int) -> str:
    """The id of finding ``k`` of file ``i``: its one highlight (or document-level entry) carries it."""
    return f"f{i}-{k}"


def describe_id(i: int, k: int) -> str:
    """The id of the finding's entry in the file's list (what the highlight's tooltip shows)."""
    return f"d{i}-{k}"


def fmt(value: object, digits: int = 1) -> str:
    if isinstance(value, bool) or value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def positive(verdict: object) -> bool:
    """A document verdict that flags the story (``spun``, ``loaded``...): anything but clean or absent."""
    return verdict not in (None, "", "clean")


def verdict_badge(verdict: str, kind: str | None = None) -> str:
    """A verdict as a labelled badge; flagged verdicts share one style whatever their word."""
    kind = kind or ("pos" if positive(verdict) else "clean")
    return f'<span class="verdict v-{attr(kind)}">{esc(verdict)}</span>'


def breakable_path(path: str) -> str:
    """An escaped path that may wrap after each slash."""
    return "/<wbr>".join(esc(part) for part in path.split("/"))


def original_wording(f: Finding) -> str | None:
    """For a spin finding: the wording the spinner replaced, when the rule knows it."""
    if f.category != "spin" or not f.replacement:
        return None
    return f.replacement


def is_guess(f: Finding) -> bool:
    return bool(f.data.get("weak")) or f.fix_safety != "safe"


def rule_link(f: Finding) -> str:
    return (f'<a class="code" href="#{rule_anchor(f.code)}" title="How {attr(f.code)} works">'
            f"{esc(f.code)}</a> <span class=\"rname\">{esc(f.rule)}</span>")


def fix_note(f: Finding) -> str:
    edit = f.fix
    if edit is None:
        return ""
    what = "safe fix" if f.fix_safety == "safe" else "suggested fix (unsafe)"
    change = "remove it" if not edit.new_text else f"“{esc(edit.new_text)}”"
    return f'<span class="fixnote">{what}: {change}</span>'


def cat_tag(category: str) -> str:
    lk = look(category)
    return f'<span class="ctag {css_class(category)}" title="{attr(lk.label)}">{esc(lk.letter)}</span>'


class StoryView:
    """Builds the section of one file."""

    def __init__(self, i: int, report: FileReport, book: RuleBook) -> None:
        self.i = i
        self.report = report
        self.book = book

    # -- pieces --------------------------------------------------------------------------------
    def line_findings(self) -> list[tuple[int, Finding]]:
        return [(k, f) for k, f in enumerate(self.report.findings) if f.scope != "document"]

    def doc_findings(self) -> list[tuple[int, Finding]]:
        return [(k, f) for k, f in enumerate(self.report.findings) if f.scope == "document"]

    def span(self, k: int, f: Finding) -> Span:
        cls = css_class(f.category)
        fid = finding_id(self.i, k)
        anchor = tag("mark", {"class": f"hl {cls}", "id": fid, "data-f": fid, "data-cat": f.category,
                              "data-code": f.code, "data-sev": f.severity.label, "tabindex": "0",
                              "aria-describedby": describe_id(self.i, k)})
        cont = tag("mark", {"class": f"hl-cont {cls}", "data-of": fid, "data-cat": f.category})
        after = ""
        was = original_wording(f)
        if was is not None:
            guess = is_guess(f)
            lead = "likely original wording" if guess else "original wording"
            after = (f'<span class="was{" guess" if guess else ""}" data-for="{fid}">'
                     f'<span class="vh"> ({lead}: </span>{esc(was)}'
                     f'{"<span aria-hidden=true>?</span>" if guess else ""}<span class="vh">)</span></span>')
        return Span(f.start, f.end, anchor, cont, "</mark>", after)

    def boilerplate_lines(self, doc: Document) -> set[int]:
        """Lines a whole-line boilerplate finding covers: shown struck through."""
        lines: set[int] = set()
        for f in self.report.findings:
            if f.category == "boilerplate" and f.scope != "document" and f.data.get("whole_line"):
                first = line_of(doc.line_starts, f.start)
                last = line_of(doc.line_starts, max(f.start, f.end - 1))
                lines.update(range(first, last + 1))
        return lines

    def text_view(self, doc: Document) -> str:
        spans = [self.span(k, f) for k, f in self.line_findings()]
        html_lines = highlight_lines(doc.text, doc.line_starts, doc.line_ends, spans)
        struck = self.boilerplate_lines(doc)
        rows = []
        for n, body in enumerate(html_lines):
            cls = "row bp" if n in struck else "row"
            if not body.strip():
                cls += " blank"
            rows.append(f'<div class="{cls}"><span class="ln" aria-hidden="true">{n + 1}</span>'
                        f'<div class="tx">{body}</div></div>')
        return "\n".join(rows)

    def fixed_view(self, doc: Document) -> tuple[str, int]:
        """The story with every safe fix applied; inserted wording marked."""
        outcome = apply_fixes(doc.text, self.report.findings)
        edits = sorted((f.fix for f in outcome.applied), key=lambda e: (e.start, e.end))
        parts, last = [], 0
        for e in edits:
            parts.append(esc(doc.text[last:e.start]))
            if e.new_text:
                was = doc.text[e.start:e.end]
                parts.append(f'<ins title="was: {attr(was)}">{esc(e.new_text)}</ins>')
            last = e.end
        parts.append(esc(doc.text[last:]))
        return "".join(parts), len(edits)

    def findings_list(self) -> str:
        items = []
        doc = self.report.doc
        for k, f in self.line_findings():
            line, col = doc.position(f.start) if doc else (0, 0)
            items.append(f'<li id="{describe_id(self.i, k)}" class="{css_class(f.category)}">'
                         f'<span class="loc">{line + 1}:{col + 1}</span> {cat_tag(f.category)} {rule_link(f)} '
                         f'<span class="sev sev-{attr(f.severity.label)}">{esc(f.severity.label)}</span> '
                         f'<span class="msg">{esc(f.message)}</span> {fix_note(f)}</li>')
        if not items:
            return ""
        return (f'<details class="all"><summary>All {len(items)} findings in the text, in order</summary>'
                f'<ol class="flist">{"".join(items)}</ol></details>')

    def doc_findings_html(self) -> str:
        entries = []
        for k, f in self.doc_findings():
            fid = finding_id(self.i, k)
            entries.append(f'<li class="docf {css_class(f.category)}" id="{fid}" data-f="{fid}" '
                           f'data-cat="{attr(f.category)}" data-code="{attr(f.code)}">{cat_tag(f.category)} '
                           f'<span class="msg">{esc(f.message)}</span> {rule_link(f)}</li>')
        if not entries:
            return ""
        return f'<ul class="docfindings" aria-label="Findings about the whole story">{"".join(entries)}</ul>'

    def facts(self) -> str:
        s = self.report.summary
        counts = Counter(f.category for f in self.report.findings)
        items = []
        if "spin_score" in s:
            badge = verdict_badge(str(s["spin_verdict"])) if "spin_verdict" in s else ""
            items.append(f'<div><dt>Spin score</dt><dd>{fmt(s["spin_score"])} {badge}</dd></div>')
        if "loaded_score" in s:
            badge = verdict_badge(str(s["loaded_verdict"])) if positive(s.get("loaded_verdict")) else ""
            items.append(f'<div><dt>Loaded score</dt><dd>{fmt(s["loaded_score"])} {badge}</dd></div>')
        if "grade_level" in s:
            items.append(f'<div><dt>Grade level</dt><dd>{fmt(s["grade_level"])}</dd></div>')
        if "words" in s:
            items.append(f'<div><dt>Words</dt><dd>{fmt(s["words"])}</dd></div>')
        for c in ordered(set(counts)):
            items.append(f'<div><dt>{cat_tag(c)} {esc(look(c).label)}</dt><dd>{counts.get(c, 0)}</dd></div>')
        return f'<dl class="facts">{"".join(items)}</dl>'

    # -- the section ---------------------------------------------------------------------------
    def render(self) -> str:
        r, i = self.report, self.i
        head = (f'<section class="file" id="{file_id(i)}" data-path="{attr(r.path)}" '
                f'aria-labelledby="{file_id(i)}-h">\n'
                f'<header class="file-head"><h2 id="{file_id(i)}-h"><span class="idx">{i + 1}</span> '
                f'<span class="path">{breakable_path(r.path)}</span></h2>')
        if r.doc is None:
            why = r.error or r.notice or "not read"
            kind = "error" if r.error else "notice"
            return head + f'</header>\n<p class="{kind}">{esc(why)}</p>\n</section>'
        doc = r.doc
        fixed_html, n_fixes = self.fixed_view(doc)
        if n_fixes:
            toggle = (f'<input type="checkbox" class="fx-toggle" id="fx-{i}">'
                      f'<label class="fx-label" for="fx-{i}">Show the story with the {n_fixes} safe '
                      f'fix{"es" * (n_fixes != 1)} applied</label>')
        else:
            toggle = '<p class="nofix">No safe fixes for this story.</p>'
        return (head + self.facts() + "</header>\n" + self.doc_findings_html() + "\n" + toggle +
                '\n<div class="views">\n'
                '<div class="v-find" role="region" aria-label="Text with findings highlighted">\n'
                + self.text_view(doc) + "\n</div>\n"
                '<div class="v-fixed" role="region" aria-label="Text with safe fixes applied">'
                '<p class="fixed-lead">The story with every safe fix applied. '
                '<ins>Restored or corrected wording</ins> is marked; removed lines are gone.</p>'
                f'<div class="fixedtext">{fixed_html}</div></div>\n</div>\n'
                + self.findings_list() + "\n</section>")
