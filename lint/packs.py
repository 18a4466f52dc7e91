"""Load rule packs (TOML metadata + data files) into rule instances, checking their examples."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import regex

from lint.errors import DataError
from lint.finding import CATEGORIES, Severity
from lint.kinds import kind_class
from lint.kinds.base import RuleKind, RuleMeta

CODE = regex.compile(r"[A-Z]{2}\d{3}")
NAME = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
RULE_KEYS = {"code", "name", "kind", "category", "severity", "fix", "message", "summary", "doc", "options"}
REQUIRED = ("code", "name", "kind", "category", "severity", "message", "summary", "doc")


def builtin_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or ``rules/`` in a checkout."""
    here = Path(__file__).resolve().parent
    shipped = here / "_packs"
    return shipped if shipped.is_dir() else here.parent / "rules"


def pack_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.toml"))
    return [path]


def load_packs(paths: Iterable[Path], *, check_examples: bool = True) -> list[RuleKind]:
    """Load every pack file under ``paths``; codes and names must be unique across all packs."""
    from lint.engine import share_work  # the engine reads config, which reads TOML through this module

    rules: list[RuleKind] = []
    seen: dict[str, str] = {}
    for path in paths:
        files = pack_files(path)
        if not files:
            raise DataError(str(path), 0, "no rule pack (*.toml) found")
        for file in files:
            for rule in load_pack(file, check_examples=check_examples):
                for key in (rule.meta.code, rule.meta.name):
                    if key in seen:
                        raise DataError(rule.meta.source, rule.meta.line,
                                        f"rule {key!r} is already defined in {seen[key]}")
                    seen[key] = f"{rule.meta.source}:{rule.meta.line}"
                rules.append(rule)
    share_work(rules)  # state the rules share (one phrase scan for the lexicon rules), cached with them
    return rules


def read_toml(path: Path, what: str) -> tuple[dict, str]:
    """Parse a TOML file; an unreadable file or a syntax error is a DataError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(str(path), 0, f"cannot read {what}: {err}") from err
    import tomllib  # packs come from the compiled-pack cache and most runs have no config: parsed rarely

    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as err:
        raise DataError(str(path), _toml_error_line(err), f"invalid TOML: {err}") from None


def load_pack(file: Path, *, check_examples: bool = True) -> list[RuleKind]:
    data, text = read_toml(file, "rule pack")
    pack = data.get("pack", {})
    unknown_top = set(data) - {"pack", "rule"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise DataError(str(file), line_of_key(text, key), f"unknown table {key!r} (expected [pack] and [[rule]])")
    if not isinstance(pack, dict) or not isinstance(pack.get("name"), str):
        raise DataError(str(file), line_of_key(text, "pack"), "[pack] needs a name")
    rules_data = data.get("rule", [])
    if not isinstance(rules_data, list):
        raise DataError(str(file), line_of_key(text, "rule"), "rules must be an array of tables: [[rule]]")
    rules = []
    for raw in rules_data:
        meta = _meta(raw, pack["name"], file, text)
        cls = kind_class(meta.kind, meta.source, meta.line)
        rule = cls(meta, file.parent)
        if check_examples:
            check_rule_examples(rule)
        rules.append(rule)
    return rules


def check_rule_examples(rule: RuleKind) -> None:
    """Fail loading when an example in the rule's data does not behave as it says."""
    for ex in rule.examples():
        if not rule.example_holds(ex):
            verb = "should trigger" if ex.should_match else "should not trigger"
            but = "does not" if ex.should_match else "does"
            raise DataError(ex.source, ex.line, f"example {verb} {ex.what} but {but}: {ex.text!r}")


def _meta(raw: dict, pack: str, file: Path, text: str) -> RuleMeta:
    code = raw.get("code")
    line = line_of_value(text, "code", code) if isinstance(code, str) else line_of_key(text, "rule")
    where = str(file)
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise DataError(where, line, f"unknown key {sorted(unknown)[0]!r} in rule {code!r}")
    for key in REQUIRED:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise DataError(where, line, f"rule {code!r} needs {key!r} (a non-empty string)")
    if not CODE.fullmatch(code):
        raise DataError(where, line, f"rule code {code!r} must be two capitals and three digits, e.g. SP101")
    if not NAME.fullmatch(raw["name"]):
        raise DataError(where, line, f"rule name {raw['name']!r} must be kebab-case")
    if raw["category"] not in CATEGORIES:
        raise DataError(where, line, f"category must be one of {', '.join(CATEGORIES)}, not {raw['category']!r}")
    fix = raw.get("fix", "none")
    if fix not in ("safe", "unsafe", "none"):
        raise DataError(where, line, f"fix must be safe, unsafe or none, not {fix!r}")
    options = raw.get("options", {})
    if not isinstance(options, dict):
        raise DataError(where, line, "options must be a table")
    try:
        severity = Severity.parse(raw["severity"])
    except ValueError as err:
        raise DataError(where, line, str(err)) from None
    return RuleMeta(
        code=code, name=raw["name"], kind=raw["kind"], category=raw["category"], severity=severity,
        fix=None if fix == "none" else fix, message=raw["message"], summary=raw["summary"].strip(),
        doc=raw["doc"].strip(), pack=pack, source=where, line=line, options=options,
    )


def line_of_key(text: str, key: str) -> int:
    """1-based line where ``key`` is first assigned or opened as a table (0 if not found)."""
    k = regex.escape(key)
    table = rf"\[\[?[ \t]*(?:[\w.-]+\.)?{k}[ \t]*\]\]?"
    assignment = rf"[\"']?{k}[\"']?[ \t]*="
    pattern = regex.compile(rf"^[ \t]*(?:{table}|{assignment})", regex.M)
    m = pattern.search(text)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def line_of_value(text: str, key: str, value: str) -> int:
    m = regex.search(rf"^[ \t]*{regex.escape(key)}[ \t]*=[ \t]*[\"']{regex.escape(value)}[\"']", text, regex.M)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def _toml_error_line(err: Exception) -> int:
    m = regex.search(r"line (\d+)", str(err))
    return int(m.group(1)) if m else 0
