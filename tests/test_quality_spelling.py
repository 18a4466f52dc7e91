"""QA111 misspelling: news-aware skipping, suggestions, safe fixes, user dictionaries, and the harness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lint.api import lint_text
from lint.config import Settings
from lint.kinds import spelling
from tests.conftest import ROOT, run_json, shared_or_skip


def flagged(text: str, path: str = "story.txt") -> dict[str, object]:
    report = lint_text(text, path, Settings(select=("QA111",)))
    return {text[f.start:f.end]: f for f in report.findings}


def test_misspelt_word_gets_the_likely_correction_and_a_safe_fix() -> None:
    found = flagged("The goverment said the talks would resume.\n")
    f = found["goverment"]
    assert f.replacement == "government" and f.fix_safety == "safe" and f.severity == 3  # info by default


def test_a_desk_can_raise_spelling_to_warning_so_slips_fail_the_hook(tmp_path: Path) -> None:
    (tmp_path / ".wirelint.toml").write_text('[severity]\nQA111 = "warning"\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("The goverment said the talks would resume.\n", encoding="utf-8")
    quiet = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--select", "QA111", str(story)],
                           capture_output=True, text=True, cwd=tmp_path.parent)
    (tmp_path / ".wirelint.toml").unlink()
    default = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--select", "QA111", str(story)],
                             capture_output=True, text=True, cwd=tmp_path.parent)
    assert quiet.returncode == 1 and "goverment" in quiet.stdout
    assert default.returncode == 0 and "goverment" in default.stdout  # reported, but info does not fail


def test_ambiguous_corrections_are_choices_never_applied_automatically() -> None:
    f = flagged("We did not recieve the letter.\n")["recieve"]
    assert f.replacement == "receive" and f.fix_safety == "unsafe"
    assert f.data["replacements"][:2] == ["receive", "relieve"]


def test_names_acronyms_numbers_urls_and_handles_are_skipped() -> None:
    text = ("Officials said Zelenskyy and Witkoff met in Kyiv. NATO and the iPhone maker agreed.\n"
            "Shares rose 10th time to 5km at https://exampel.com/pagge and @wirelintt said #braking.\n"
            "Mail jon.smiht@example.org for a copy.\n.jpeg?trimm=0,309&widht=1200\n")
    assert flagged(text) == {}


def test_capitalised_names_at_sentence_start_are_not_reported_but_obvious_slips_are() -> None:
    assert flagged("Peskov said so.\nKyiv said no.\n") == {}
    f = flagged("Teh talks ended.\n")["Teh"]
    assert f.replacement == "The" and f.severity == 3  # info: a sentence start is less certain


def test_british_spellings_compounds_and_prefixes_are_words() -> None:
    text = ("The colour of the programme centre was favourite. The organisation travelled and "
            "apologised. The carmaker made screensavers for multiplayer cyberattacks.\n")
    assert flagged(text) == {}


def test_foreign_quotes_and_recurring_terms_are_skipped() -> None:
    text = 'He said: "Nous sommes tres contents de cette decision," and left.\n'
    assert flagged(text) == {}
    terms = "The frobnicator broke. A new frobnicator came. Each frobnicator costs more.\n"
    assert flagged(terms) == {}
    assert "frobnicator" in flagged("The frobnicator broke.\n")


def test_contractions_possessives_and_name_particles() -> None:
    text = "It could've been worse, and they'll see. The minister's aide met Edwin van der Sar.\n"
    assert flagged(text) == {}
    assert flagged("They dont know.\n")["dont"].data["replacements"][0] == "don't"


def test_users_dictionary_from_config(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The frobnicator broke down.\n", encoding="utf-8")
    [report] = run_json("--select", "QA111", "story.txt", cwd=tmp_path)
    assert [d["code"] for d in report["diagnostics"]] == ["QA111"]
    (tmp_path / "words.txt").write_text("# our newsroom words\nFrobnicator\n", encoding="utf-8")
    (tmp_path / ".wirelint.toml").write_text('dictionaries = ["words.txt"]\n', encoding="utf-8")
    [report] = run_json("--select", "QA111", "story.txt", cwd=tmp_path)
    assert report["diagnostics"] == []


def test_fix_applies_only_the_safe_correction(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The goverment did not recieve it.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--select", "QA111", "--fix", "story.txt"],
                   cwd=tmp_path, capture_output=True, check=False)
    assert story.read_text(encoding="utf-8") == "The government did not recieve it.\n"


def test_dictionary_loads_once_per_process() -> None:
    assert spelling.frequencies() is spelling.frequencies()
    assert spelling.frequencies()["the"] > 1_000_000


def test_edits_weight_the_usual_slips() -> None:
    edits = dict(spelling.edits1("teh"))
    assert edits["the"] == 1.0  # transposition
    assert dict(spelling.edits1("bokk"))["book"] == 0.8  # keyboard neighbour
    assert "colour" not in spelling.british_variants("colour") and "color" in spelling.british_variants("colour")


def test_harness_meets_its_targets_on_a_sample() -> None:
    corpus = shared_or_skip("corpora", "clean-news")
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "spelling_harness.py"), str(corpus),
                           "--limit", "120", "--seed", "3"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    recall = float(next(x for x in lines if x.startswith("recall (any")).split("=")[-1])
    precision = float(next(x for x in lines if x.startswith("precision")).split("=")[-1])
    assert recall >= 0.9 and precision >= 0.95, proc.stdout
