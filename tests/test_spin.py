"""Spin detection through the CLI: fingerprints, names, weak signals, the verdict, reference alignment."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES, SEEDS, run_json, run_wirelint

SPUN = FIXTURES / "spin" / "spun.txt"
ORIGINAL = FIXTURES / "spin" / "original.txt"


def _by_code(report: dict, code: str) -> list[dict]:
    return [d for d in report["diagnostics"] if d["code"] == code]


def _text(path: Path, diag: dict) -> str:
    line = path.read_text(encoding="utf-8").split("\n")[diag["range"]["start"]["line"]]
    return line[diag["range"]["start"]["character"] : diag["range"]["end"]["character"]]


def test_fingerprints_name_the_original_with_a_safe_fix() -> None:
    [report] = run_json(str(SPUN))
    found = {_text(SPUN, d): d["data"]["replacement"] for d in _by_code(report, "SP101")}
    assert found["carry talks"] == "hold talks"
    assert found["final week"] == "last week"
    assert found["informed reporters"] == "told reporters"
    assert all(d["data"]["fix_safety"] == "safe" for d in _by_code(report, "SP101"))


def test_corrupted_name_is_restored_from_the_gazetteer() -> None:
    [report] = run_json(str(SPUN))
    [name] = _by_code(report, "SP201")
    assert _text(SPUN, name) == "Division for Schooling"
    assert name["data"]["replacement"] == "Department for Education"


def test_quotes_are_left_alone() -> None:
    [report] = run_json(str(SPUN))
    quote_line = 4  # the union leader's words, which the spinner did not touch either
    line = SPUN.read_text(encoding="utf-8").split("\n")[quote_line]
    closing = line.index("”")
    assert not [d for d in report["diagnostics"]
                if d["range"]["start"]["line"] == quote_line and d["range"]["start"]["character"] < closing]


def test_verdict_and_weak_signals_only_in_a_spun_story(tmp_path: Path) -> None:
    [spun] = run_json(str(SPUN))
    assert spun["summary"]["spin_verdict"] == "spun"
    [verdict] = _by_code(spun, "SP900")
    assert verdict["data"]["scope"] == "document"
    assert [_text(SPUN, d) for d in _by_code(spun, "SP102")] == ["officers stated"]
    clean = tmp_path / "clean.txt"
    clean.write_text(ORIGINAL.read_text(encoding="utf-8") + "\nThe minister stated that the budget was balanced.\n",
                     encoding="utf-8")
    [report] = run_json(str(clean))
    assert report["summary"]["spin_verdict"] == "clean"
    assert not [d for d in report["diagnostics"] if d["data"]["category"] == "spin"]


def test_context_conditions_separate_war_from_ordinary_struggle(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Troops dug in as the struggle in Ukraine entered its third year.\n\n"
                     "She described her struggle to pay the rent after the factory closed.\n", encoding="utf-8")
    [report] = run_json(str(story))
    assert [(d["range"]["start"]["line"], d["data"]["replacement"]) for d in _by_code(report, "SP101")] == [
        (0, "the war")]


def test_reference_alignment_restores_the_original_exactly(tmp_path: Path) -> None:
    article = tmp_path / "spun.txt"
    shutil.copy(SPUN, article)
    [report] = run_json("--reference", str(ORIGINAL), str(article))
    aligned = _by_code(report, "SP401")
    assert {(_text(article, d), d["data"]["replacement"]) for d in aligned} >= {
        ("carry", "hold"), ("officers stated", "officials said"), ("12 months earlier than", "year before")}
    assert not _by_code(report, "SP101")  # alignment supersedes the lexicon where it applies
    run_wirelint("check", "--no-cache", "--fix", "--reference", str(ORIGINAL), str(article))
    assert article.read_bytes() == ORIGINAL.read_bytes()


def test_unrelated_reference_is_not_used(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Heavy rain flooded roads in Leeds and York on Sunday, the Environment Agency said.\n",
                     encoding="utf-8")
    [report] = run_json("--reference", str(other), str(SPUN))
    assert not _by_code(report, "SP401") and _by_code(report, "SP101")


def test_seed_verdicts() -> None:
    reports = {Path(r["path"]).name: r for r in run_json(*sorted(str(p) for p in SEEDS.glob("*.txt")))}
    verdicts = {name: r["summary"]["spin_verdict"] for name, r in reports.items()}
    assert verdicts.pop("001_47fe6dcb4ad395db.txt") == "spun"
    assert set(verdicts.values()) == {"clean"}


def test_a_category_runs_and_is_summarised_only_when_selected() -> None:
    """Spin signals run whenever any spin rule is selected (the verdict weighs them all), and not
    at all when none is: no spin verdict in the summary of a run that reports no spin."""
    seed = str(SEEDS / "001_47fe6dcb4ad395db.txt")
    [spin_only] = run_json("--select", "SP900", seed)
    assert spin_only["summary"]["spin_verdict"] == "spun" and spin_only["summary"]["spin_signals"] > 50
    assert {d["code"] for d in spin_only["diagnostics"]} == {"SP900"}
    assert "loaded_verdict" not in spin_only["summary"]
    [loaded_only] = run_json("--select", "loaded", seed)
    assert loaded_only["summary"]["loaded_verdict"] == "loaded"
    assert not [key for key in loaded_only["summary"] if key.startswith("spin_")]
    assert {d["data"]["category"] for d in loaded_only["diagnostics"]} == {"loaded"}
    [everything] = run_json(seed)
    assert everything["summary"]["spin_verdict"] == "spun" and everything["summary"]["loaded_verdict"] == "loaded"


def test_fix_on_seed_001_restores_wire_wording(tmp_path: Path) -> None:
    seed = tmp_path / "001.txt"
    shutil.copy(SEEDS / "001_47fe6dcb4ad395db.txt", seed)
    run_wirelint("check", "--no-cache", "--fix", str(seed))
    fixed = seed.read_text(encoding="utf-8")
    for original in ("White House special envoy Steve Witkoff met last week", "International Atomic Energy Agency",
                     "Associated Press", "World War II", "told reporters"):
        assert original in fixed
    assert "White Home" not in fixed and "final week" not in fixed
    # Quotes are untouched by fixes.
    assert "“I can say we are on the 10th yard line of peace,”" in fixed
