"""Configuration: ``[tool.wirelint]`` in pyproject.toml or a ``.wirelint.toml``, found upward from each file."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from lint.errors import DataError
from lint.finding import Severity
from lint.packs import line_of_key, read_toml

CONFIG_NAMES = (".wirelint.toml", "wirelint.toml", "pyproject.toml")
QUOTE_MODES = ("skip", "report")


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know from config and command line, for one file."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # per rule code/prefix/category/name
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    rule_option_lines: tuple[tuple[str, int], ...] = ()  # where each rule's options are in the config
    packs: tuple[Path, ...] = ()
    allow: tuple[str, ...] = ()
    dictionaries: tuple[Path, ...] = ()
    quotes: str = "skip"
    fail_on: Severity = Severity.WARNING
    min_severity: Severity = Severity.HINT
    encoding: str | None = None
    include: tuple[str, ...] = ("*.md", "*.markdown", "*.txt")
    exclude: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()
    root: Path | None = None
    source: Path | None = None

    def for_path(self, path: Path) -> Settings:
        """Apply per-path overrides for one file."""
        if not self.overrides:
            return self
        rel = _relative(path, self.root)
        out = self
        for ov in self.overrides:
            if any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat) for pat in ov.paths):
                select = out.select + ov.select if out.select and ov.select else ov.select or out.select
                out = replace(out, select=select, ignore=out.ignore + ov.ignore, severity=out.severity + ov.severity)
        return out

    def options_for(self, code: str) -> dict[str, Any]:
        return next((dict(opts) for c, opts in self.rule_options if c == code), {})

    def options_line(self, code: str) -> int:
        """The config line of ``[rules.<code>]`` (0 if unknown), for errors in those options."""
        return next((line for c, line in self.rule_option_lines if c == code), 0)


def _relative(path: Path, root: Path | None) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix() if root else path.as_posix()
    except ValueError:
        return path.as_posix()


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a pyproject.toml only if it has [tool.wirelint])."""
    folder = start if start.is_dir() else start.parent
    return _find_config_in(folder.resolve())


@lru_cache(maxsize=256)
def _find_config_in(folder: Path) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
            return candidate
    return None if folder.parent == folder else _find_config_in(folder.parent)


def _has_tool_table(path: Path) -> bool:
    try:
        return "[tool.wirelint" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


@lru_cache(maxsize=64)
def load_config(path: Path) -> Settings:
    """Parse one config file into Settings; every problem names the file and line."""
    data, text = read_toml(path, "config")
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("wirelint", {})
    return parse_settings(data, path, text)


def parse_settings(data: dict[str, Any], path: Path, text: str = "") -> Settings:
    reader = _Reader(data, path, text)
    settings = Settings(
        select=reader.strings("select"),
        ignore=reader.strings("ignore"),
        severity=reader.severity_table("severity"),
        rule_options=reader.rule_options(),
        rule_option_lines=tuple((code, line_of_key(text, code)) for code, _ in reader.rule_options()),
        packs=reader.paths("packs"),
        allow=reader.strings("allow"),
        dictionaries=reader.paths("dictionaries"),
        quotes=reader.choice("quotes", QUOTE_MODES, "skip"),
        fail_on=reader.severity("fail-on", Severity.WARNING),
        min_severity=reader.severity("min-severity", Severity.HINT),
        encoding=reader.encoding(),
        include=reader.strings("include") or Settings.include,
        exclude=reader.strings("exclude"),
        overrides=reader.overrides(),
        root=path.parent,
        source=path,
    )
    reader.reject_unknown()
    return settings


class _Reader:
    KNOWN = {"select", "ignore", "severity", "rules", "packs", "allow", "dictionaries", "quotes", "fail-on",
             "min-severity", "encoding", "include", "exclude", "overrides"}

    def __init__(self, data: dict[str, Any], path: Path, text: str) -> None:
        self.data, self.path, self.text = data, path, text

    def error(self, key: str, message: str) -> DataError:
        return DataError(str(self.path), line_of_key(self.text, key), message)

    def reject_unknown(self) -> None:
        for key in self.data:
            if key not in self.KNOWN:
                raise self.error(key, f"unknown config key {key!r} (known: {', '.join(sorted(self.KNOWN))})")

    def strings(self, key: str, data: dict[str, Any] | None = None) -> tuple[str, ...]:
        value = (self.data if data is None else data).get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, f"{key!r} must be a list of strings")
        return tuple(value)

    def paths(self, key: str) -> tuple[Path, ...]:
        return tuple((self.path.parent / p) for p in self.strings(key))

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.data.get(key, default)
        if value not in choices:
            raise self.error(key, f"{key!r} must be one of {', '.join(choices)}, not {value!r}")
        return value

    def severity(self, key: str, default: Severity) -> Severity:
        value = self.data.get(key)
        if value is None:
            return default
        try:
            return Severity.parse(value) if isinstance(value, str) else Severity.parse("?")
        except ValueError:
            raise self.error(key, f"{key!r} must be error, warning, info or hint, not {value!r}") from None

    def severity_table(self, key: str, data: dict[str, Any] | None = None) -> tuple[tuple[str, Severity], ...]:
        table = (self.data if data is None else data).get(key, {})
        if not isinstance(table, dict):
            raise self.error(key, f"{key!r} must be a table of rule = severity")
        out = []
        for rule, level in table.items():
            try:
                out.append((rule, Severity.parse(level if isinstance(level, str) else "?")))
            except ValueError:
                raise self.error(rule, f"severity of {rule!r} must be error, warning, info or hint") from None
        return tuple(out)

    def encoding(self) -> str | None:
        value = self.data.get("encoding")
        if value is None:
            return None
        import codecs

        try:
            codecs.lookup(value)
        except (LookupError, TypeError):
            raise self.error("encoding", f"unknown encoding {value!r}") from None
        return value

    def rule_options(self) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
        table = self.data.get("rules", {})
        if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
            raise self.error("rules", "'rules' must hold one table per rule code: [tool.wirelint.rules.QA101]")
        return tuple((code, tuple(sorted(opts.items()))) for code, opts in table.items())

    def overrides(self) -> tuple[Override, ...]:
        items = self.data.get("overrides", [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise self.error("overrides", "'overrides' must be an array of tables: [[tool.wirelint.overrides]]")
        out = []
        for item in items:
            unknown = set(item) - {"paths", "select", "ignore", "severity"}
            if unknown:
                key = sorted(unknown)[0]
                raise self.error(key, f"unknown key {key!r} in overrides (known: paths, select, ignore, severity)")
            paths = self.strings("paths", item)
            if not paths:
                raise self.error("overrides", "each override needs 'paths'")
            out.append(Override(paths, self.strings("select", item), self.strings("ignore", item),
                                self.severity_table("severity", item)))
        return tuple(out)


@dataclass
class ConfigCache:
    """Settings per config file, with command-line settings layered on top."""

    cli: dict[str, Any] = field(default_factory=dict)
    explicit: Path | None = None
    _configs: dict[Path, Path | None] = field(default_factory=dict, repr=False)  # folder -> its config

    def settings_for(self, path: Path) -> Settings:
        config = self.explicit or self._config_for(path)
        base = load_config(config.resolve()) if config else Settings()
        return replace(base, **self.cli).for_path(path) if self.cli else base.for_path(path)

    def _config_for(self, path: Path) -> Path | None:
        """``find_config(path)``, looked up once per folder for the files of one run."""
        folder = path if path.is_dir() else path.parent
        if folder not in self._configs:
            self._configs[folder] = find_config(folder)
        return self._configs[folder]
