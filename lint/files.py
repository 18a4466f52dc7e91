"""Find the files to lint: explicit paths always, directories recursively by include/exclude and .gitignore."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable
from pathlib import Path

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox",
                       ".wirelint_cache", ".pytest_cache", ".mypy_cache", ".ruff_cache"})


def discover(paths: Iterable[str], include: tuple[str, ...], exclude: tuple[str, ...],
             gitignore: bool = True) -> tuple[list[Path], list[str]]:
    """Files to lint, in a stable order, and one error message per missing path."""
    files: list[Path] = []
    errors: list[str] = []
    seen: set[Path] = set()
    real_folders: dict[Path, Path] = {}  # a folder's resolved path, worked out once per folder
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _walk(path, include, exclude, gitignore)
        elif path.exists() or path.is_symlink():
            found = [path]
        else:
            errors.append(f"{raw}: no such file or directory")
            continue
        for f in found:
            key = f.absolute() if f.is_symlink() else _real_path(f, real_folders)
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, errors


def _real_path(path: Path, real_folders: dict[Path, Path]) -> Path:
    """``path.resolve()`` for a path that is not itself a link: its folder resolved (once per
    folder, the costly part: one system call per component) joined with its name."""
    folder = path.parent
    real = real_folders.get(folder)
    if real is None:
        real = real_folders[folder] = folder.resolve()
    return real / path.name


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...], gitignore: bool) -> list[Path]:
    matchers: list[tuple[Path, object]] = []
    if gitignore:
        matchers.extend(_parent_ignores(root))
    out: list[Path] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        here = Path(folder)
        if gitignore and (here / ".gitignore").is_file():
            spec = _load_gitignore(here / ".gitignore")
            if spec is not None:
                matchers.append((here, spec))
        dirs[:] = sorted(d for d in dirs
                         if d not in SKIP_DIRS and not _ignored(here / d, True, matchers, exclude, root))
        for name in sorted(names):
            path = here / name
            if not any(fnmatch.fnmatch(name, pat) for pat in include):
                continue
            if _ignored(path, False, matchers, exclude, root) or _special(path):
                continue
            out.append(path)
    return out


def _special(path: Path) -> bool:
    """A named pipe, socket or device found in a folder: reading it could block forever, so skip it.
    (Unreadable entries, such as dangling links, are kept: reading them reports the path.)"""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _ignored(path: Path, is_dir: bool, matchers: list[tuple[Path, object]], exclude: tuple[str, ...],
             root: Path) -> bool:
    rel_root = path.relative_to(root).as_posix()
    if any(fnmatch.fnmatch(rel_root, pat) or fnmatch.fnmatch(path.name, pat) for pat in exclude):
        return True
    for base, spec in matchers:
        try:
            rel = path.resolve().relative_to(base.resolve()).as_posix() if base != root else rel_root
        except ValueError:
            continue
        if spec.match_file(rel + ("/" if is_dir else "")):  # type: ignore[attr-defined]
            return True
    return False


def _parent_ignores(root: Path) -> list[tuple[Path, object]]:
    """.gitignore files above root, up to the repository top (the folder holding .git)."""
    out = []
    folder = root.resolve().parent
    for parent in [folder, *folder.parents]:
        if (parent / ".gitignore").is_file():
            spec = _load_gitignore(parent / ".gitignore")
            if spec is not None:
                out.append((parent, spec))
        if (parent / ".git").exists():
            break
    return out


def _load_gitignore(path: Path) -> object | None:
    import pathspec

    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.PathSpec.from_lines("gitwildmatch", lines)
