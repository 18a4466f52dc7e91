"""Loaded language through the CLI: sense-aware, quote-aware, tiers, and suggestions never auto-applied."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_json, run_wirelint

SENSES = """The insurer said flood claims rose sharply in the spring.

The tax regime changed in April, and the court ruled the strike illegal under the 1992 act.

Students learned to simplify a radical expression before the exam.

The senator boasted that the bill would pass, and aides later refuted the report.

“They boasted about it all week,” the protester said.
"""


def _loaded(report: dict) -> list[tuple[int, str, int]]:
    return [(d["range"]["start"]["line"], d["code"], d["severity"]) for d in report["diagnostics"]
            if d["data"]["category"] == "loaded" and d["data"].get("scope") != "document"]


def test_sense_guards_and_quotes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(SENSES, encoding="utf-8")
    [report] = run_json(str(story))
    # Only the writer's own judgements: not insurance claims, a tax regime, court wording,
    # a radical in maths, or the protester's quoted "boasted".
    assert _loaded(report) == [(6, "LD101", 2), (6, "LD102", 2)]
    boasted = report["diagnostics"][[d["code"] for d in report["diagnostics"]].index("LD101")]
    assert boasted["data"]["replacement"] == "said" and boasted["data"]["fix_safety"] == "unsafe"


def test_quotes_can_be_reported_at_hint_level(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(SENSES, encoding="utf-8")
    [report] = run_json("--quotes", "report", str(story))
    quoted = [d for d in report["diagnostics"] if d["range"]["start"]["line"] == 8]
    assert [(d["code"], d["severity"]) for d in quoted] == [("LD101", 4)]
    assert "fix" not in quoted[0]["data"]


def test_suggestions_need_unsafe_fixes(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The senator boasted that the bill would pass.\n", encoding="utf-8")
    run_wirelint("check", "--no-cache", "--fix", str(story))
    assert "boasted" in story.read_text(encoding="utf-8")
    run_wirelint("check", "--no-cache", "--fix", "--unsafe-fixes", str(story))
    assert story.read_text(encoding="utf-8") == "The senator said that the bill would pass.\n"


def test_weak_words_only_where_they_pile_up(tmp_path: Path) -> None:
    single = tmp_path / "single.txt"
    filler = "The council met on Tuesday to discuss the budget for the coming year. " * 12
    single.write_text(filler + "\n\nObservers say the vote was flawed.\n", encoding="utf-8")
    [report] = run_json(str(single))
    assert _loaded(report) == []  # one weak signal in a long neutral story is not shown
    assert report["summary"]["loaded_verdict"] == "clean"
    raised = tmp_path / ".wirelint.toml"
    raised.write_text("[rules.LD900]\nthreshold = 0.0\nmin_signals = 0\nmin_words = 0\n", encoding="utf-8")
    [report] = run_json(str(single))
    assert [code for _, code, _ in _loaded(report)] == ["LD106"]


def test_seed_musts_are_found() -> None:
    from tests.conftest import SEEDS

    [report] = run_json(str(SEEDS / "001_47fe6dcb4ad395db.txt"))
    lines = SEEDS.joinpath("001_47fe6dcb4ad395db.txt").read_text(encoding="utf-8").split("\n")
    flagged = {lines[d["range"]["start"]["line"]][d["range"]["start"]["character"]:d["range"]["end"]["character"]]
               for d in report["diagnostics"] if d["data"]["category"] == "loaded"}
    assert {"unprovoked", "boasted", "disastrous", "grumbled", "refuted", "refutes"} <= flagged
