"""A result cache keyed by file content, settings and rule-pack versions.

A re-run over an unchanged tree (pre-commit, CI) reads findings back instead of linting again.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from lint import __version__

if TYPE_CHECKING:
    from lint.config import Settings
    from lint.runner import FileOutcome

CACHE_ENV = "WIRELINT_CACHE_DIR"


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirelint"


def packs_fingerprint(settings: Settings) -> str:
    """A digest of every rule-pack file in use and of wirelint's code, so editing either invalidates the cache."""
    from lint.packcache import code_stamp
    from lint.packs import builtin_dir

    digest = hashlib.blake2b(f"{__version__}:{code_stamp()}".encode(), digest_size=16)
    for root in [builtin_dir(), *settings.packs]:
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for f in files:
            if f.is_file() and f.suffix in (".toml", ".lex", ".txt", ".tsv", ".gz", ".json"):
                st = f.stat()
                digest.update(f"{f}:{st.st_size}:{st.st_mtime_ns}".encode())
    return digest.hexdigest()


class ResultCache:
    """Outcomes of linting, one small file per (content, settings, packs) key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._packs: dict[tuple[Path, ...], str] = {}  # one fingerprint per pack set, not per file

    @classmethod
    def default(cls) -> ResultCache:
        return cls(cache_dir() / "results")

    def _key(self, data: bytes, display: str, settings: Settings) -> str:
        packs = tuple(settings.packs)
        fp = self._packs.get(packs)
        if fp is None:
            fp = self._packs[packs] = packs_fingerprint(settings)
        h = hashlib.blake2b(data, digest_size=20)
        h.update(display.encode())
        h.update(fp.encode())
        h.update(repr(settings).encode())
        return h.hexdigest()

    def get(self, path: Path, display: str, settings: Settings) -> FileOutcome | None:
        try:
            data = path.read_bytes()
            blob = (self.folder / self._key(data, display, settings)).read_bytes()
            outcome = pickle.loads(blob)
        except Exception:
            return None
        return outcome

    def put(self, path: Path, settings: Settings, outcome: FileOutcome) -> None:
        raw = outcome.report.raw
        if raw is None or outcome.report.error:
            return
        # The bytes and decoding were for fixing (never done from the cache): store the findings.
        stored = replace(outcome, report=replace(outcome.report, raw=None, decoded=None))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / self._key(raw, outcome.report.path, settings)
            tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, target)
        except OSError:
            pass  # a read-only home must not break linting

    def save(self) -> None:
        """Entries are written as they come; nothing to flush."""


def run_cache_command(args: argparse.Namespace) -> int:
    folder = cache_dir()
    if args.action == "dir":
        print(folder)
        return 0
    if folder.exists():
        shutil.rmtree(folder)
    print(f"removed {folder}")
    return 0
