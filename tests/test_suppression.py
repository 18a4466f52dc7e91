"""Inline suppression in Markdown and plain text, and reporting of unused suppressions."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import codes, run_json


def _lint(demo: Path, name: str, text: str) -> dict:
    (demo / name).write_text(text, encoding="utf-8")
    return run_json(name, cwd=demo)[0]


def test_disable_next_line_in_markdown(demo: Path) -> None:
    report = _lint(demo, "a.md", "<!-- wirelint: disable-next-line XT101 -->\nA blue moonbeam.\n\nA blue moonbeam.\n")
    assert [(d["code"], d["range"]["start"]["line"]) for d in report["diagnostics"]] == [("XT101", 3)]


def test_bare_directive_in_plain_text_skips_blank_lines(demo: Path) -> None:
    report = _lint(demo, "a.txt", "wirelint: disable-next-line spin\n\nA blue moonbeam.\nA blue moonbeam.\n")
    assert [d["range"]["start"]["line"] for d in report["diagnostics"]] == [3]


def test_disable_enable_range(demo: Path) -> None:
    text = ("blue moonbeam\n<!-- wirelint: disable XT101 -->\nblue moonbeam\nblue moonbeam gloomily\n"
            "<!-- wirelint: enable XT101 -->\nblue moonbeam\n")
    report = _lint(demo, "a.md", text)
    assert [(d["code"], d["range"]["start"]["line"]) for d in report["diagnostics"]] == [
        ("XT101", 0), ("XT102", 3), ("XT101", 5)]


def test_disable_line_and_disable_file(demo: Path) -> None:
    report = _lint(demo, "a.md", "blue moonbeam <!-- wirelint: disable-line -->\nblue moonbeam\n")
    assert [d["range"]["start"]["line"] for d in report["diagnostics"]] == [1]
    report = _lint(demo, "b.md", "<!-- wirelint: disable-file -->\nblue moonbeam\ngloomily\n")
    assert codes(report) == []


def test_unused_suppression_is_reported_with_a_fix(demo: Path) -> None:
    report = _lint(demo, "a.md", "Intro.\n<!-- wirelint: disable-next-line XT102 -->\nA blue moonbeam.\n")
    assert codes(report) == ["WL100", "XT101"]
    unused = report["diagnostics"][0]
    assert unused["range"]["start"]["line"] == 1
    assert "XT102" in unused["message"]
    assert unused["data"]["fix_safety"] == "safe"
    fix = unused["data"]["fix"]
    assert fix["range"] == {"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 0}}
    assert fix["newText"] == ""


def test_directive_text_is_not_linted_as_prose(demo: Path) -> None:
    report = _lint(demo, "a.txt", "wirelint: disable-next-line XT102 blue moonbeam\ngloomily\n")
    assert codes(report) == []
