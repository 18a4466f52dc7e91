"""Lint one buffer exactly as ``wirelint check --format json`` lints the same file.

One code path: settings come from :class:`lint.config.ConfigCache` (the CLI's lookup from the
file's folder), findings from :func:`lint.api.lint_text`, diagnostics from
:func:`lint.formats.json.diagnostic`; only the column units are re-expressed when the client
negotiated UTF-8 or UTF-32.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lint.api import lint_text, linter_for
from lint.config import CONFIG_NAMES, ConfigCache, Settings, _find_config_in, load_config
from lint.document import Document
from lint.errors import WirelintError
from lint.finding import Finding
from lint.formats.json import diagnostic
from lint.lsp.positions import convert_diagnostic

MAX_CHARS = 10_000_000  # larger buffers are not linted live (the CLI still lints them)


@dataclass(frozen=True)
class Snapshot:
    """What a lint needs from a buffer, frozen at one generation (safe to hand to a worker thread)."""

    uri: str
    text: str
    generation: int
    version: int | None
    path: str  # the file's path, or a stand-in in the workspace folder for untitled buffers
    markdown: bool | None


@dataclass
class Analysis:
    """The findings of one snapshot and their diagnostics (client units), index for index."""

    snapshot: Snapshot
    doc: Document
    settings: Settings
    findings: list[Finding] = field(default_factory=list)
    diagnostics: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # config errors, size limit, crashes: for the log
    key: tuple[int, int] | None = None  # set by the server: (buffer generation, config epoch) it is valid for


class ConfigWatch:
    """Config lookup with reloads: a changed, created or deleted config file clears the caches.

    Every lint stats the candidate config files from the file's folder up (a few stat calls), so
    edits are seen even when the client does not send didChangeWatchedFiles.
    """

    def __init__(self) -> None:
        self._stamps: dict[Path, tuple[int, int] | None] = {}

    def invalidate(self) -> None:
        load_config.cache_clear()
        _find_config_in.cache_clear()
        linter_for.cache_clear()
        self._stamps.clear()

    def _check(self, path: Path) -> None:
        folder = path.resolve().parent
        changed = False
        for parent in [folder, *folder.parents]:
            for name in CONFIG_NAMES:
                candidate = parent / name
                try:
                    st = os.stat(candidate)
                    stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
                except OSError:
                    stamp = None
                if candidate in self._stamps and self._stamps[candidate] != stamp:
                    changed = True
                self._stamps[candidate] = stamp
        if changed:
            stamps = dict(self._stamps)
            self.invalidate()
            self._stamps.update(stamps)

    def settings_for(self, path: Path) -> tuple[Settings, str | None]:
        """The file's Settings, or the defaults and the config error when its config is broken."""
        self._check(path)
        try:
            return ConfigCache().settings_for(path), None
        except WirelintError as err:
            return Settings(), f"config error: {err}"
        except OSError as err:
            return Settings(), f"config error: {err}"


def analyse(snap: Snapshot, configs: ConfigWatch, encoding: str, max_chars: int = MAX_CHARS) -> Analysis:
    """Lint a snapshot. Never raises: problems are recorded and the findings left empty."""
    path = Path(snap.path)
    settings, problem = configs.settings_for(path)
    doc = Document(snap.text, snap.path, markdown_mode=snap.markdown)
    out = Analysis(snap, doc, settings, problems=[problem] if problem else [])
    if len(snap.text) > max_chars:
        out.problems.append(f"{path.name} is over the live-linting limit of {max_chars:,} characters; "
                            "run `wirelint check` on it instead")
        return out
    try:
        report = _lint(snap, settings)
    except WirelintError as err:  # a broken user pack: fall back to the built-in rules
        out.problems.append(f"error: {err}")
        try:
            report = _lint(snap, Settings())
        except Exception:
            out.problems.append(traceback.format_exc())
            return out
    except Exception:
        out.problems.append(f"wirelint crashed on {snap.uri}:\n{traceback.format_exc()}")
        return out
    out.doc = report.doc or doc
    out.findings = list(report.findings)
    out.diagnostics = [convert_diagnostic(out.doc, diagnostic(out.doc, f, snap.uri), encoding)
                       for f in out.findings]
    return out


def _lint(snap: Snapshot, settings: Settings):
    return lint_text(snap.text, snap.path, settings, markdown=snap.markdown)
