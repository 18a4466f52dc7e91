"""Configuration and rule packs: discovery, overrides, and errors that name file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import FIXTURES, codes, run_json, run_wirelint


def test_config_found_upward_and_pyproject_table(demo: Path) -> None:
    nested = demo / "desk" / "world"
    nested.mkdir(parents=True)
    (nested / "story.txt").write_text("A blue moonbeam rose.\n", encoding="utf-8")
    assert codes(run_json("desk/world/story.txt", cwd=demo)[0]) == ["XT101"]
    (demo / "desk" / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.wirelint]\npacks = ["../packs/demo.toml"]\nignore = ["XT101"]\n',
        encoding="utf-8")
    assert codes(run_json("desk/world/story.txt", cwd=demo)[0]) == []


def test_severity_overrides_and_per_path_overrides(demo: Path) -> None:
    (demo / "archive").mkdir()
    shutil.copy(demo / "article.md", demo / "archive" / "old.md")
    (demo / ".wirelint.toml").write_text(
        'packs = ["packs/demo.toml"]\n'
        '[severity]\nXT102 = "error"\n'
        '[[overrides]]\npaths = ["archive/*"]\nignore = ["spin"]\n', encoding="utf-8")
    reports = {r["path"]: r for r in run_json("article.md", "archive/old.md", cwd=demo)}
    assert codes(reports["archive/old.md"]) == ["XT102"]
    assert [d["severity"] for d in reports["article.md"]["diagnostics"]] == [2, 2, 1]


def test_allow_list_never_flags(demo: Path) -> None:
    (demo / ".wirelint.toml").write_text('packs = ["packs/demo.toml"]\nallow = ["Blue Moonbeam"]\n',
                                         encoding="utf-8")
    # "quiet thunder" is still reported; the allowed phrase is not, in any case.
    assert codes(run_json("article.md", cwd=demo)[0]) == ["XT101", "XT102"]


def test_rule_options_from_config_reach_the_rule(demo: Path) -> None:
    (demo / ".wirelint.toml").write_text(
        'packs = ["packs/demo.toml"]\n[rules.XT101]\nquotes = true\n', encoding="utf-8")
    assert codes(run_json("article.md", cwd=demo)[0]) == ["XT101", "XT101", "XT101", "XT102"]


def _error_for(demo: Path, config: str) -> str:
    (demo / ".wirelint.toml").write_text(config, encoding="utf-8")
    proc = run_wirelint("check", "--no-cache", "article.md", cwd=demo)
    assert proc.returncode == 2, proc.stdout
    assert "Traceback" not in proc.stderr
    return proc.stderr.strip()


def test_unknown_key_names_file_and_line(demo: Path) -> None:
    err = _error_for(demo, 'packs = ["packs/demo.toml"]\n\nselekt = ["XT"]\n')
    assert err.startswith("wirelint: error: ") and ".wirelint.toml:3: unknown config key 'selekt'" in err


def test_wrong_type_names_file_and_line(demo: Path) -> None:
    err = _error_for(demo, 'select = "XT101"\n')
    assert ".wirelint.toml:1: 'select' must be a list of strings" in err


def test_bad_severity_value(demo: Path) -> None:
    err = _error_for(demo, '[severity]\nXT101 = "loud"\n')
    assert ".wirelint.toml:2:" in err and "severity of 'XT101'" in err


def test_toml_syntax_error(demo: Path) -> None:
    err = _error_for(demo, 'select = [\n')
    assert ".wirelint.toml:" in err and "invalid TOML" in err


def test_unknown_rule_option(demo: Path) -> None:
    err = _error_for(demo, 'packs = ["packs/demo.toml"]\n[rules.XT101]\ncolour = "red"\n')
    assert "unknown option 'colour'" in err


def test_pack_with_failing_example_is_a_load_error(demo: Path) -> None:
    shutil.copy(FIXTURES / "packs" / "broken-example.toml", demo / "packs" / "broken-example.toml")
    err = _error_for(demo, 'packs = ["packs/broken-example.toml"]\n')
    assert "broken.lex:3: example should trigger 'purple haze' but does not" in err


def test_malformed_lexicon_line(demo: Path) -> None:
    (demo / "packs" / "demo" / "phrases.lex").write_text("blue moonbeam -> red ; sometimes\n", encoding="utf-8")
    err = _error_for(demo, 'packs = ["packs/demo.toml"]\n')
    assert "phrases.lex:1: unknown field 'sometimes'" in err


def test_pack_with_unknown_kind(demo: Path) -> None:
    text = (demo / "packs" / "demo.toml").read_text(encoding="utf-8").replace('kind = "lexicon"', 'kind = "magic"', 1)
    (demo / "packs" / "demo.toml").write_text(text, encoding="utf-8")
    err = _error_for(demo, 'packs = ["packs/demo.toml"]\n')
    assert "demo.toml:7: unknown rule kind 'magic'" in err


def test_rule_options_build_the_rule_set_once_per_settings() -> None:
    from lint.api import linter_for
    from lint.config import Settings
    from lint.kinds.lexicon import LexiconKind

    linter = linter_for(())
    settings = Settings(rule_options=(("LD104", (("quotes", True),)),))
    rules = linter.rules_for(settings)
    assert linter.rules_for(settings) is rules  # cached: the overridden rule is not rebuilt per document
    changed = next(r for r in rules if r.meta.code == "LD104")
    assert changed is not linter.by_code["LD104"] and changed.options["quotes"] is True
    lexicon = [r for r in rules if isinstance(r, LexiconKind)]
    scan, k = changed.__dict__["_shared"]
    assert scan.covers([r.table for r in lexicon]) and lexicon[k] is changed
