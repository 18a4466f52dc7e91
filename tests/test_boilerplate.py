"""Source boilerplate (BP101-BP109): the line classifier, repeated content and the line-removing fixes."""

from __future__ import annotations

import csv
import itertools
import json
import os
import shutil
from pathlib import Path

import pytest

from lint.boilerplate_features import Line, Verdict, load_model, load_phrases, normalise_line, plan_edits
from lint.document import Document
from lint.engine import RunContext
from lint.errors import DataError
from lint.kinds.lineclass import analyse
from lint.packs import builtin_dir, load_pack
from tests.conftest import FIXTURES, ROOT, SEEDS, run_json, run_wirelint, shared_or_skip

BP = FIXTURES / "boilerplate"
DATA = builtin_dir() / "boilerplate"
SEED_004 = SEEDS / "004_31e6186dcb89a1a5.txt"


@pytest.fixture(scope="module")
def rules():
    return load_pack(builtin_dir() / "boilerplate.toml")


def lint(rules, text: str, name: str = "page.txt") -> tuple[Document, list]:
    doc = Document(text, name)
    ctx = RunContext()
    return doc, [f for r in rules for f in r.check(doc, ctx)]


def flagged(doc: Document, findings) -> dict[int, str]:
    """1-based line -> code of the line findings."""
    return {doc.line_of(f.start) + 1: f.code for f in findings if f.scope == "line"}


# ---- what is flagged ---------------------------------------------------------------------------


def test_scraped_page_furniture_is_flagged_and_story_is_not() -> None:
    [report] = run_json(str(BP / "scraped-page.txt"), "--select", "BP")
    got = {(d["range"]["start"]["line"] + 1, d["code"]) for d in report["diagnostics"]}
    assert got == {
        (1, "BP101"), (3, "BP101"), (4, "BP101"), (5, "BP101"), (6, "BP101"), (7, "BP101"),  # nav, menu
        (11, "BP102"), (12, "BP102"),  # share button and its counter
        (25, "BP106"), (27, "BP106"),  # Read more teaser, Advertisement
        (33, "BP105"), (34, "BP105"),  # Tags:, Filed under:
        (36, "BP104"),  # copyright
        (38, "BP103"), (39, "BP103"),  # comment policy, newsletter prompt
        (40, "BP101"),  # Back to top
    }
    # headline (9), byline (14), dateline (15) and every paragraph are story
    by_line = {d["range"]["start"]["line"] + 1: d for d in report["diagnostics"]}
    assert by_line[1]["data"]["fix_safety"] == "safe"
    assert by_line[4]["data"]["fix_safety"] == "unsafe"  # a menu word known from its neighbours only
    assert by_line[36]["data"]["category"] == "boilerplate"
    assert "rights or syndication" in by_line[36]["message"]


def test_clean_story_has_no_boilerplate(rules) -> None:
    """Headline, byline, dateline, subheads, a bullet list and a two-line table are story."""
    text = (BP / "clean-story.txt").read_text(encoding="utf-8")
    assert lint(rules, text)[1] == []


def test_glued_furniture_reports_and_removes_only_the_furniture(tmp_path: Path) -> None:
    path = tmp_path / "glued.txt"
    shutil.copy(BP / "glued.txt", path)
    [report] = run_json(str(path), "--select", "BP")
    [d] = report["diagnostics"]
    assert d["code"] == "BP101"
    assert d["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 15}}
    before = path.read_text(encoding="utf-8")
    run_wirelint("check", "--no-cache", "--fix", "--select", "BP", str(path))
    assert path.read_text(encoding="utf-8") == before.removeprefix("Skip to content")


def test_markdown_line_of_links_is_a_menu(rules) -> None:
    text = "[Home](/) [News](/news) [Sport](/sport)\n\n[Careers](/jobs) [Our team](/team)\n\n" \
           "The bridge reopened on Monday, and [the mayor](/mayor) cut the ribbon, officials said.\n"
    doc, found = lint(rules, text, "page.md")
    assert flagged(doc, found) == {1: "BP101", 3: "BP101"}
    assert [f.fix_safety for f in sorted(found, key=lambda f: f.start)] == ["safe", "unsafe"]  # known, unknown


def test_summary_counts_furniture_lines() -> None:
    [report] = run_json(str(BP / "scraped-page.txt"))
    assert report["summary"]["boilerplate_lines"] == 16


def test_markdown_code_and_html_are_not_debris(rules) -> None:
    doc, found = lint(rules, (BP / "page.md").read_text(encoding="utf-8"), "page.md")
    assert flagged(doc, found) == {3: "BP101", 14: "BP102"}  # the link menu; the code block is skipped


@pytest.mark.parametrize(("text", "code"), [
    ("Photo: Jane Doe/Getty Images\n", "BP107"),
    ("Reuters via Example Newsource\n", "BP107"),
    ("Source: example.co.uk\n", "BP104"),
    ("The-Example-Wire\n", "BP104"),
    ("Article Topic Follows: Example\n", "BP105"),
    (" date 2024-05-01 by Example Staff / Example News May 1, 2024\n", "BP105"),
    ("Watch | Mayor opens the new bridge\n", "BP106"),
    ("Home | News | Sport | Weather\n", "BP101"),
    (".jpeg?trim=0,10,20,0&width=1200&height=800)\n", "BP108"),
    ("If you would like to share a story idea, please submit it here.\n", "BP103"),
])
def test_one_line_of_each_class(rules, text: str, code: str) -> None:
    doc, found = lint(rules, "The mayor opened the bridge on Monday.\n\n" + text)
    assert flagged(doc, found) == {3: code}


def test_tagged_credit_is_one_span_and_its_caption_echo_is_flagged(rules) -> None:
    text = ("Bridge reopens\n\n<i>Reuters via Example Newsource</i><br/>The mayor cuts the ribbon on Monday\n"
            "Reuters via Example Newsource\nThe mayor cuts the ribbon on Monday\n\n"
            "The bridge reopened on Monday after six months of repairs, officials said.\n")
    doc, found = lint(rules, text)
    spans = sorted((doc.line_of(f.start) + 1, f.code, text[f.start:f.end]) for f in found)
    assert spans == [
        (3, "BP108", "<i>Reuters via Example Newsource</i><br/>"),
        (4, "BP107", "Reuters via Example Newsource"),
        (5, "BP107", "The mayor cuts the ribbon on Monday"),
    ]


def test_a_story_sentence_with_furniture_words_is_not_flagged(rules) -> None:
    text = ("The company said it would share more details with subscribers next week.\n\n"
            "Fans can follow us on the tour, the band said in a statement.\n\n"
            "Copyright lawyers said the court ruling changed little.\n")
    assert lint(rules, text)[1] == []


def test_entities_in_running_text_are_left_to_text_quality(rules) -> None:
    assert lint(rules, "Jos&#233; Mourinho said the team played well.\n")[1] == []
    doc, found = lint(rules, "<p>Police &amp; fire crews attended.</p>\n")
    assert sorted(doc.text[f.start:f.end] for f in found) == ["&amp;", "</p>", "<p>"]
    assert {f.replacement for f in found} == {"", "&"}


def test_comment_thread_below_the_story_is_flagged(rules) -> None:
    doc, found = lint(rules, (BP / "comments.txt").read_text(encoding="utf-8"))
    got = flagged(doc, found)
    assert got == {9: "BP110", 11: "BP110", 13: "BP110", 15: "BP110", 17: "BP110", 19: "BP110", 21: "BP110",
                   23: "BP103"}
    assert all(f.fix_safety == "unsafe" for f in found if f.code == "BP110")


def test_a_blog_post_byline_above_the_story_is_not_a_comment(rules) -> None:
    story = (BP / "comments.txt").read_text(encoding="utf-8").split("Reader comments")[0]
    text = "Posted by: Sam Example on March 3, 2025 08:12 AM\n\n" + story
    doc, found = lint(rules, text)
    assert [(doc.line_of(f.start) + 1, f.code) for f in found if f.scope == "line"] == [(1, "BP105")]


# ---- repeated content --------------------------------------------------------------------------


def test_repeated_paragraph_and_quote_point_to_the_first_copy() -> None:
    [report] = run_json(str(BP / "repeated.txt"), "--select", "BP109")
    para, quote = sorted(report["diagnostics"], key=lambda d: d["range"]["start"]["line"])
    assert para["range"]["start"]["line"] == 8
    assert para["relatedInformation"][0]["location"]["range"]["start"]["line"] == 2
    assert para["data"]["fix_safety"] == "safe"
    assert quote["range"]["start"] == {"line": 10, "character": 32}
    assert quote["relatedInformation"][0]["location"]["range"]["start"]["line"] == 4
    assert "fix" not in quote["data"]  # a repeated quote inside a new sentence is reported only


def test_a_text_carried_twice_is_one_document_finding(rules) -> None:
    paras = [f"Paragraph {w} of the story reports what the council decided on the bridge today." for w in
             ("one", "two", "three", "four")]
    _, found = lint(rules, "\n\n".join(paras + paras) + "\n")
    [f] = found
    assert f.scope == "document" and f.code == "BP109"
    assert "appears twice" in f.message


def test_repeats_ignore_case_punctuation_and_curly_quotes_but_not_a_third_copy(rules) -> None:
    first = "The council’s £5m plan for the bridge was approved on Monday, officials said."
    copy = "the council's £5m plan for the bridge – was approved on Monday officials said!"
    other = "A second paragraph about the bridge tells readers what the works will cost."
    doc, found = lint(rules, "\n\n".join([first, other, copy]) + "\n")
    [f] = [f for f in found if f.code == "BP109"]
    assert doc.line_of(f.start) == 4 and f.related[0] == 0
    doc, found = lint(rules, "\n\n".join([first, other, copy, other, first]) + "\n")
    assert [doc.line_of(f.start) for f in found if f.code == "BP109"] == [6]  # only ``other`` is seen twice


def test_the_analysis_does_not_keep_the_document_alive() -> None:
    import gc
    import weakref

    doc = Document("Skip to content\n\nThe bridge reopened on Monday, officials said.\n", "x.txt")
    analyse(doc, load_model((builtin_dir() / "boilerplate").resolve()))
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None


# ---- fixes -------------------------------------------------------------------------------------


def test_fix_on_seed_004_changes_nothing_but_the_furniture(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    shutil.copy(SEED_004, path)
    proc = run_wirelint("check", "--no-cache", "--fix", "--select", "BP", str(path))
    assert "Fixed 14 problems." in proc.stdout
    lines = SEED_004.read_text(encoding="utf-8").splitlines(keepends=True)
    caption = lines[4].removeprefix("<i>Reuters via CNN Newsource</i><br/>")
    expected = "".join([*lines[2:4], caption, *lines[7:78], *lines[81:82]])
    assert path.read_text(encoding="utf-8") == expected
    assert expected.endswith("contributed reporting.\n")
    again = run_wirelint("check", "--no-cache", "--fix", "--select", "BP", str(path))
    assert "Fixed" not in again.stdout


def test_fix_on_seeds_run_together_strips_only_the_glued_furniture(tmp_path: Path) -> None:
    """Seed 004 ends in "Skip to content" without a line break: seed 002's headline is glued to it."""
    path = tmp_path / "both.txt"
    first = SEED_004.read_text(encoding="utf-8")
    second = (SEEDS / "002_ae50e882449bc20a.txt").read_text(encoding="utf-8")
    path.write_text(first + second, encoding="utf-8")
    [report] = run_json(str(path), "--select", "BP101")
    glued = [d for d in report["diagnostics"] if d["range"]["start"]["line"] == 97]
    assert [d["range"]["end"] for d in glued] == [{"line": 97, "character": len("Skip to content")}]
    run_wirelint("check", "--no-cache", "--fix", "--select", "BP", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "contributed reporting.\n\nUkraine-Russia struggle newest: Trump and Putin" in fixed
    assert "Skip to" not in fixed


def test_safe_fix_keeps_the_layout_of_the_scraped_page(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    shutil.copy(BP / "scraped-page.txt", path)
    run_wirelint("check", "--no-cache", "--fix", "--select", "BP", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert fixed.startswith("News\nSport\nWeather\n\nHarbour bridge reopens after six-month repair\n\nBy Jane")
    assert fixed.endswith("ahead of schedule, the department said.\n")
    assert "\n\n\n" not in fixed
    story = [ln for ln in (BP / "clean-story.txt").read_text(encoding="utf-8").splitlines()[5:7]]
    assert all(ln in fixed for ln in story)


def _plan(text: str, furniture: list[int], weak: tuple[int, ...] = ()) -> str:
    """Apply the planned edits of whole-line verdicts on 0-based lines; return the new text."""
    doc = Document(text, "x.txt")
    verdicts = [Verdict(i, "navigation", doc.line_starts[i], doc.line_ends[i], True, "test", strong=i not in weak)
                for i in furniture]
    plan_edits(doc, verdicts)
    edits = sorted(v.edit for v in verdicts)
    for (_, end, _), (start, _, _) in itertools.pairwise(edits):
        assert end <= start, "edits overlap"
    out = text
    for start, end, new in reversed(edits):
        out = out[:start] + new + out[end:]
    return out


@pytest.mark.parametrize(("text", "furniture", "expected"), [
    ("Menu\n\nStory.\n", [0], "Story.\n"),  # top: the blank line goes too
    ("Story.\n\nBack to top", [2], "Story.\n"),  # bottom, no final line break
    ("Story.\n\nShare\n\nPrint\n\nMore story.\n", [2, 4], "Story.\n\nMore story.\n"),
    ("Story.\nShare\nMore story.\n", [1], "Story.\nMore story.\n"),
    ("Story.\n\nShare\nPrint\n\nMore story.\n", [2, 3], "Story.\n\nMore story.\n"),
    ("Story.\r\n\r\nShare\r\n\r\nMore story.\r\n", [2], "Story.\r\n\r\nMore story.\r\n"),
    ("Story.\n\nShare\n\n\nMore story.\n", [2], "Story.\n\nMore story.\n"),
])
def test_plan_removes_lines_and_collapses_blank_lines(text: str, furniture: list[int], expected: str) -> None:
    assert _plan(text, furniture) == expected


def test_safe_edits_are_planned_as_if_unsafe_lines_stay() -> None:
    text = "Home\nNews\n\nHeadline here\n"
    doc = Document(text, "x.txt")
    home = Verdict(0, "navigation", 0, 4, True, "t")
    news = Verdict(1, "navigation", 5, 9, True, "t", strong=False)
    plan_edits(doc, [home, news])
    assert home.edit == (0, 5, "")  # the blank line stays between "News" and the headline
    assert news.edit[0] >= home.edit[1]


# ---- data --------------------------------------------------------------------------------------


def test_phrase_files_are_checked_when_loaded(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_text("= skip to content\n= Skip to content:\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.txt:2: duplicate phrase"):
        load_phrases(bad, "x")
    bad.write_text("/ (unclosed\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.txt:1: bad regular expression"):
        load_phrases(bad, "x")
    bad.write_text("skip to content\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.txt:1: unknown entry"):
        load_phrases(bad, "x")


def test_every_label_has_examples_both_ways() -> None:
    for path in sorted(DATA.glob("*.txt")):
        ps = load_phrases(path, path.stem)
        assert any(e.should_match for e in ps.examples), path.name
        assert any(not e.should_match for e in ps.examples), path.name


def test_normalise_line_ignores_decoration() -> None:
    assert normalise_line("» Jump to comments ↓") == "jump to comments"
    assert normalise_line("[Back to top](#top)") == "back to top"
    assert normalise_line("Tags:") == "tags"


def test_analysis_is_computed_once_per_document(rules) -> None:
    doc = Document("Skip to content\n\nThe bridge reopened on Monday, officials said.\n", "x.txt")
    model = load_model((builtin_dir() / "boilerplate").resolve())
    assert analyse(doc, model) is analyse(doc, model)
    assert isinstance(Line, type)


# ---- measured on shared data (skipped when ../shared is absent) --------------------------------


def test_seed_gold_boilerplate_spans_are_found(rules) -> None:
    gold = shared_or_skip("eval", "gold", "seeds.tsv")
    with open(gold, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["category"] == "boilerplate"]
    docs: dict[str, tuple[Document, list]] = {}
    for row in rows:
        if row["file"] not in docs:
            docs[row["file"]] = lint(rules, (SEEDS / row["file"]).read_text(encoding="utf-8"), row["file"])
    for row in (r for r in rows if r["level"] == "must"):
        doc, found = docs[row["file"]]
        line = int(row["line"]) - 1
        start = doc.line_starts[line] + doc.line_text(line).index(row["text"])
        end = start + len(row["text"])
        assert any(f.start < end and f.end > start for f in found), (row["file"], row["line"], row["text"])


def test_labelled_pages_sample_precision(rules) -> None:
    """On 60 L3S-GN1 pages, headline and fulltext lines are (almost) never flagged."""
    labels = shared_or_skip("corpora", "boilerplate", "l3s-gn1", "labels")
    good = bad = tp = fp = 0
    for page in sorted(labels.glob("*.tsv"))[:60]:
        with open(page, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        doc, found = lint(rules, "\n".join(r["text"] for r in rows) + "\n")
        hit = set(flagged(doc, found))
        for i, row in enumerate(rows, 1):
            if row["label"] in ("headline", "fulltext"):
                good += 1
                fp += i in hit
            elif row["label"] in ("boilerplate", "comments", "related"):
                bad += 1
                tp += i in hit
    assert tp / (tp + fp) >= 0.98
    assert tp / bad >= 0.6


def test_clean_news_sample_has_no_boilerplate(rules) -> None:
    root = shared_or_skip("corpora", "clean-news", "bbc-greene2006", "articles")
    for path in sorted(root.rglob("*.txt"))[::10]:
        doc, found = lint(rules, path.read_text(encoding="utf-8", errors="replace"))
        assert found == [], (path, [doc.text[f.start:f.end] for f in found])


def test_pack_documents_every_rule() -> None:
    proc = run_wirelint("rule", "BP101")
    assert proc.returncode == 0 and "Skip to content" in proc.stdout
    assert (ROOT / "rules" / "boilerplate" / "README.md").is_file()


def test_a_menu_line_split_between_labels_takes_the_first_label(tmp_path: Path) -> None:
    """A one-line menu with as many known items of two labels is given the label of the first
    item, whatever the process's string hashing (it once followed set order)."""
    page = tmp_path / "page.txt"
    page.write_text("Font size | Print\n\nThe council met on Monday to discuss the new bridge plan, officials said.\n",
                    encoding="utf-8")
    codes = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = run_wirelint("check", "--no-cache", "--format", "json", "--select", "boilerplate", str(page), env=env)
        codes.add(tuple(d["code"] for d in json.loads(proc.stdout)[0]["diagnostics"]))
    assert codes == {("BP101",)}
