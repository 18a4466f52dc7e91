"""The HTML report: every finding drawn once, all text escaped, nothing loaded from outside the page.

The article below is written for these tests; the rule packs decide what it yields, so the tests
compare the page with the findings of the same run (and with ``check --format json``), never with
fixed counts.
"""

from __future__ import annotations

import html
import itertools
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lint.api import lint_text
from lint.fixes import apply_fixes
from lint.formats import RenderOptions, renderer
from lint.report.chart import bins, spin_histogram
from lint.report.highlight import Span, highlight_lines
from lint.report.markup import esc
from lint.report.page import build_page
from lint.report.ruledocs import RuleBook
from tests.conftest import SEEDS, run_json, run_wirelint

ARTICLE = """Skip to content
WASHINGTON — The White Home said on Tuesday that talks with Smith & Sons <script>alert("x")</script> would go on.
The senator boasted that the devastating plan was a "historic" win & a <b>highly anticipated</b> step, though \
critics called it an unprovoked move.
    Reporters asked whether the Related Press had seen the plan; a spokesman said it was recieved on Monday.
Share this article
© 2025 Example News Ltd. All rights reserved.
"""

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def text(self, skip: set[str] = frozenset()) -> str:
        """Text content, leaving out elements with a class in ``skip``."""
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif not (c.classes & skip):
                out.append(c.text(skip))
        return "".join(out)


class TreeBuilder(HTMLParser):
    """A strict little DOM: every end tag must close the element opened last."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v if v is not None else "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert [n.tag for n in builder.stack] == ["#document"], "unclosed elements"
    return builder.root


@pytest.fixture(scope="module")
def article_report():
    return lint_text(ARTICLE, "article.txt")


@pytest.fixture(scope="module")
def article_page(article_report) -> str:
    return build_page([article_report])


@pytest.fixture(scope="module")
def article_dom(article_page) -> Node:
    return parse(article_page)


# -- highlighting, on its own ------------------------------------------------------------------------

def spans_for(ranges: list[tuple[int, int]]) -> list[Span]:
    return [Span(a, b, f'<m id="s{k}">', f'<m of="s{k}">', "</m>", f"<a{k}/>") for k, (a, b) in enumerate(ranges)]


def lines_of(text: str) -> tuple[list[int], list[int]]:
    starts, ends, pos = [], [], 0
    for line in text.split("\n"):
        starts.append(pos)
        ends.append(pos + len(line))
        pos += len(line) + 1
    return starts, ends


@pytest.mark.parametrize("ranges", [
    [(0, 5), (2, 4)],                      # nested
    [(0, 5), (3, 9)],                      # crossing
    [(0, 5), (0, 5), (0, 5)],              # identical
    [(2, 2), (0, 4), (4, 4)],              # empty ranges, one inside another
    [(3, 14), (5, 12), (8, 16)],           # over a line break, crossing twice
    [(0, 3), (1, 6), (2, 9), (4, 12)],     # a staircase
    [(9, 10), (10, 10), (21, 40)],         # on the newline, at a line start, past the end
])
def test_every_span_is_one_anchor_and_the_text_survives(ranges):
    text = "alpha beta\ngamma & <delta>"
    starts, ends = lines_of(text)
    spans = spans_for(ranges)
    lines = highlight_lines(text, starts, ends, spans)
    joined = "\n".join(lines)
    for k in range(len(ranges)):
        assert joined.count(f'<m id="s{k}">') == 1, joined
        assert joined.count(f"<a{k}/>") == 1, joined  # the "after" markup once, after the last piece
    # balanced, properly nested: the same parser the page tests use
    for line in lines:
        parse(re.sub(r"<a\d+/>", "", line).replace("<m ", "<span ").replace("</m>", "</span>"))
    plain = [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in lines]
    assert plain == text.split("\n")


def test_crossing_spans_are_split_not_dropped():
    text = "one two three"
    starts, ends = lines_of(text)
    out = highlight_lines(text, starts, ends, spans_for([(0, 7), (4, 13)]))[0]
    assert out == '<m id="s0">one <m id="s1">two</m></m><a0/><m of="s1"> three</m><a1/>'


# -- the page ------------------------------------------------------------------------------------------

def test_article_yields_several_kinds_of_findings(article_report):
    """Guard: the article must exercise the report (several categories, overlapping ranges)."""
    f = article_report.findings
    assert len({x.category for x in f}) >= 3
    ranges = sorted((x.start, x.end) for x in f if x.scope != "document")
    assert any(b[0] < a[1] for a, b in itertools.pairwise(ranges)), "no overlapping findings"


def test_every_finding_is_present_exactly_once(article_report, article_dom):
    marked = Counter(n.attrs["data-f"] for n in article_dom.iter() if "data-f" in n.attrs)
    expected = {f"f0-{k}" for k in range(len(article_report.findings))}
    assert set(marked) == expected
    assert all(n == 1 for n in marked.values()), marked
    anchors = {n.attrs["id"]: n for n in article_dom.find_all("mark", "hl")}
    for k, f in enumerate(article_report.findings):
        node = anchors.get(f"f0-{k}")
        if f.scope == "document":
            assert node is None
            assert article_dom.find_all("li", "docf", id=f"f0-{k}")
        else:
            assert node is not None and node.attrs["data-code"] == f.code and node.attrs["data-cat"] == f.category
            assert node.attrs["tabindex"] == "0"
            described = article_dom.find_all(id=node.attrs["aria-describedby"])
            assert len(described) == 1 and f.message in described[0].text()
    for piece in article_dom.find_all("mark", "hl-cont"):
        assert piece.attrs["data-of"] in anchors


def test_highlighted_text_is_the_source_text(article_report, article_dom):
    """Highlighting adds markup only: the rows read exactly as the source lines (original-wording pills aside)."""
    doc = article_report.doc
    shown = [r.find_all("div", "tx")[0].text(skip={"was"}) for r in article_dom.find_all("div", "row")]
    assert shown == [doc.line_text(i) for i in range(doc.line_count)]


def test_text_is_escaped(article_page, article_dom):
    # the article's own tags arrive as text, never as markup
    assert article_page.count("<script") == 1 and len(article_dom.find_all("script")) == 1  # the report's own
    assert "<b>" not in article_page and not article_dom.find_all("b")
    assert "&lt;script&gt;" in article_page and "&lt;b&gt;" in article_page
    assert "Smith &amp; Sons" in article_page and "Smith & Sons" not in article_page
    body = re.sub(r"<(script|style)>.*?</\1>", "", article_page, flags=re.S)
    assert not re.search(r"&(?!(amp|lt|gt|quot|#x?[0-9a-fA-F]+);)", body), "a bare & in the page"
    rows = " ".join(r.text(skip={"was"}) for r in article_dom.find_all("div", "tx"))
    assert '<script>alert("x")</script>' in rows and "<b>highly anticipated</b>" in rows


def test_escaping_of_paths_and_messages():
    report = lint_text('He said "x" <i>&</i>\n', '<odd> & "name".txt')
    page = build_page([report])
    assert '&lt;odd&gt; &amp; "name".txt' in page or "&lt;odd&gt; &amp; &quot;name&quot;.txt" in page
    parse(page)
    assert esc("a\x00b\ud800c") == "a\ufffdb\ufffdc"


def test_no_external_references(article_page, article_dom):
    ids = {n.attrs["id"] for n in article_dom.iter() if "id" in n.attrs}
    for node in article_dom.iter():
        for name in ("src", "href", "action", "data", "poster", "srcset", "xlink:href", "formaction"):
            if name in node.attrs:
                value = node.attrs[name]
                assert value.startswith("#"), f"<{node.tag} {name}={value!r}>"
                assert value[1:] in ids, f"dangling link {value}"
        assert node.tag not in ("link", "img", "iframe", "object", "embed", "base")
    style = "".join(n.text() for n in article_dom.find_all("style"))
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    script = "".join(n.text() for n in article_dom.find_all("script"))
    assert not re.search(r"https?:|fetch\(|XMLHttpRequest|import\(", script)
    csp = article_dom.find_all("meta", http_equiv="Content-Security-Policy")
    assert csp and "default-src 'none'" in csp[0].attrs["content"]


def test_rule_links_lead_to_the_rule_documentation_in_the_page(article_report, article_dom):
    from lint.commands.explain import find_rule, rule_text

    for f in article_report.findings:
        article = article_dom.find_all("article", "rule", id=f"rule-{f.code}")
        assert len(article) == 1
        body = " ".join(article[0].text().split())
        text = rule_text(find_rule(f.code))
        assert text.split("\n")[0] in body
        summary = text.split("\n")[2]
        assert " ".join(summary.replace("`", "").split()) in body
    links = {n.attrs["href"] for n in article_dom.find_all("a", "code")}
    assert links == {f"#rule-{f.code}" for f in article_report.findings}


def test_spin_findings_show_the_original_wording(article_report, article_dom):
    spun = [(k, f) for k, f in enumerate(article_report.findings) if f.category == "spin" and f.replacement]
    assert spun, "the article should have a spun phrase with its wire wording"
    for k, f in spun:
        pills = article_dom.find_all("span", "was", data_for=f"f0-{k}")
        assert len(pills) == 1
        assert f.replacement in pills[0].text()


def test_boilerplate_lines_are_struck_through(article_report, article_dom):
    rows = article_dom.find_all("div", "row")
    struck = {i for i, r in enumerate(rows) if "bp" in r.classes}
    doc = article_report.doc
    expected = {doc.line_of(f.start) for f in article_report.findings
                if f.category == "boilerplate" and f.data.get("whole_line")}
    assert expected and struck == expected


def test_fixed_view_is_the_text_with_safe_fixes_applied(article_report, article_dom):
    fixed = article_dom.find_all("div", "fixedtext")
    assert len(fixed) == 1
    assert fixed[0].text() == apply_fixes(ARTICLE, article_report.findings).text
    label = article_dom.find_all("label", "fx-label")[0].text()
    assert str(len(apply_fixes(ARTICLE, article_report.findings).applied)) in label


def test_overview_row_per_file_with_scores_and_counts():
    reports = [lint_text(ARTICLE, "a.txt"), lint_text("A short clean note about the weather.\n", "b.txt")]
    dom = parse(build_page(reports))
    rows = dom.find_all("table", "overview")[0].find_all("tr")[1:]
    assert [r.find_all("a")[0].text() for r in rows] == ["a.txt", "b.txt"]
    for row, report in zip(rows, reports, strict=True):
        counts = Counter(f.category for f in report.findings)
        cells = {c.attrs["data-cat"]: int(c.text()) for c in row.find_all("td") if "data-cat" in c.attrs}
        assert cells == {c: counts.get(c, 0) for c in cells}
        if "spin_score" in report.summary:
            assert row.find_all("td")[0].attrs["data-v"] == str(report.summary["spin_score"])
            assert report.summary["spin_verdict"] in row.text()
        if "grade_level" in report.summary:
            assert f"{report.summary['grade_level']:.1f}" in row.text()
    figures = {f.find_all("span", "what")[0].text(): int(f.find_all("span", "n")[0].text().replace(",", ""))
               for f in dom.find_all("div", "figure")}
    assert figures["files"] == 2 and figures["findings"] == sum(len(r.findings) for r in reports)
    assert figures["read as spun"] == sum(r.summary.get("spin_verdict") not in (None, "clean") for r in reports)
    headers = dom.find_all("table", "overview")[0].find_all("th", scope="col")
    assert all(h.find_all("button", "sort") for h in headers)


def test_unreadable_files_are_listed_not_drawn():
    from lint.api import FileReport

    page = build_page([FileReport("gone.txt", error="gone.txt: No such file"), lint_text(ARTICLE, "a.txt")])
    dom = parse(page)
    assert "No such file" in dom.find_all("section", id="file-0")[0].text()
    assert "not read" in dom.find_all("table", "overview")[0].text()


def test_histogram():
    scores = [0.0, 1.9, 2.0, 5.99, 6.0, 7.5, 29.9, 30.0, 400.0]
    b = bins(scores, 6.0)
    assert sum(x.count for x in b) == len(scores)
    assert b[0].count == 2 and b[1].count == 1 and b[2].count == 1  # 0-2, 2-4, 4-6
    assert b[3].low == 6.0 and b[3].count == 2 and b[14].count == 1 and b[-1].high is None and b[-1].count == 2
    svg = spin_histogram(scores, 6.0)
    root = ET.fromstring(svg)  # well-formed
    assert root.tag == "svg" and root.get("role") == "img"
    assert len(root.findall("g")) == len(b)
    assert "9 files scored: 4 below the spun threshold of 6, 5 at or above it." in svg


def test_render_format_html_matches_build_page(article_report):
    out = renderer("html")([article_report], RenderOptions())
    assert out == build_page([article_report], RuleBook())


# -- through the command line --------------------------------------------------------------------------

def _counts_from_json(obj: dict) -> tuple[Counter, Counter]:
    line, whole = Counter(), Counter()
    for d in obj["diagnostics"]:
        (whole if d["data"].get("scope") == "document" else line)[d["data"]["category"]] += 1
    return line, whole


def _counts_from_page(section: Node) -> tuple[Counter, Counter]:
    return (Counter(n.attrs["data-cat"] for n in section.find_all("mark", "hl")),
            Counter(n.attrs["data-cat"] for n in section.find_all("li", "docf")))


def test_report_command_matches_check_json(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    env_cache = {"WIRELINT_CACHE_DIR": str(tmp_path / "cache")}
    import os

    proc = run_wirelint("report", "article.txt", "-o", str(out), cwd=tmp_path, env={**os.environ, **env_cache})
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr
    dom = parse(out.read_text(encoding="utf-8"))
    [obj] = run_json("article.txt", cwd=tmp_path)
    [section] = dom.find_all("section", "file")
    assert section.attrs["data-path"] == obj["path"]
    assert _counts_from_page(section) == _counts_from_json(obj)


def test_check_format_html_writes_the_same_page(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    a = run_wirelint("check", "--format", "html", "--no-cache", "-o", "a.html", "article.txt", cwd=tmp_path)
    b = run_wirelint("report", "article.txt", "-o", "b.html", cwd=tmp_path)
    assert a.returncode == 1 and b.returncode == 0, (a.stderr, b.stderr)
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == (tmp_path / "b.html").read_text(encoding="utf-8")


def test_report_on_a_missing_path_is_an_error(tmp_path):
    proc = run_wirelint("report", "nowhere.txt", "-o", "r.html", cwd=tmp_path)
    assert proc.returncode == 2
    assert "nowhere.txt" in proc.stderr


def test_report_on_the_seeds_matches_check_json(tmp_path):
    if not SEEDS.is_dir():
        pytest.skip("no seeds")
    out = tmp_path / "seeds.html"
    proc = run_wirelint("report", str(SEEDS), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    dom = parse(out.read_text(encoding="utf-8"))
    by_path = {s.attrs["data-path"]: s for s in dom.find_all("section", "file")}
    objs = run_json(str(SEEDS))
    assert sorted(by_path) == sorted(o["path"] for o in objs)
    for obj in objs:
        assert _counts_from_page(by_path[obj["path"]]) == _counts_from_json(obj), obj["path"]


def test_assets_are_shipped_as_package_data():
    from lint.report.page import asset

    assert "mark.hl" in asset("report.css")
    assert "aria-describedby" in asset("report.js")
    assert Path(__file__).resolve().parents[1].joinpath("lint/report/assets/report.css").is_file()
