"""Compiled rule packs: the loaded rule objects, pickled, so a run does not parse packs again.

Loading the packs parses TOML, reads lexicons and word lists, builds phrase tables and checks
every ``ex:``/``nex:`` example, which costs far more than linting one file. The loaded rules are
pickled into the cache folder (``wirelint cache dir``) with the list of every file and folder the
load read, each with a digest of its content. A later load checks those digests (and the source
of wirelint itself) and unpickles the rules; any change to a pack, a data file, a folder listing
or the code means a full load, examples checked, and a new entry. Errors are never cached: a pack
that fails to load fails the same way every time.

The same folder keeps large data that is slow to parse and never changes between runs:
:func:`cached_table` (a dictionary's words, syllable counts) and :func:`cached_object` (any
picklable model), keyed by their source files' paths, sizes and times and by wirelint's code.
``WIRELINT_NO_PACK_CACHE=1`` turns all of it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lint import __version__

if TYPE_CHECKING:
    from lint.kinds.base import RuleKind

FORMAT = 1
CODE_ROOT = Path(__file__).resolve().parent
DISABLE_ENV = "WIRELINT_NO_PACK_CACHE"
KEEP_ENTRIES = 16  # one per pack set in use (built-ins, each project's extra packs); older ones are pruned
KEEP_VERSIONS = 3  # per cached table or object: versions built by different code or data

Dependency = tuple[str, str, str]  # (kind "file" or "dir", path, digest)

_recording: list[tuple[str, str]] | None = None
_hook_lock = threading.Lock()
_hook_installed = False


def load_rules(paths: Iterable[Path]) -> list[RuleKind]:
    """``load_packs(paths)`` with examples checked, served from the compiled-pack cache when valid."""
    from lint.packs import load_packs

    paths = [Path(p) for p in paths]
    if os.environ.get(DISABLE_ENV):
        return load_packs(paths)
    entry = _entry_path(paths)
    rules = _read(entry)
    if rules is not None:
        return rules
    deps, rules = _load_recording(paths)
    _write(entry, deps, rules)
    return rules


def cached_table(name: str, sources: Iterable[Path], build: Callable[[], dict[str, object]]) -> dict[str, object]:
    """A large read-only ``str -> value`` table (a dictionary's words, syllable counts), built once.

    ``build()`` parses the shipped data (a JSON or text file that is slow to parse); its result is
    kept in the cache folder as one string of keys and a list of values, which loads several
    times faster. The entry is keyed by the sources' paths, sizes and times and by wirelint's code.
    Values must be picklable; without a usable cache folder the table is simply built.
    """

    def encode(table: dict[str, object]) -> object:
        if any("\n" in k for k in table):
            return _NO_STORE
        return "\n".join(table), list(table.values())

    def decode(stored: tuple[str, list[object]]) -> dict[str, object]:
        keys, values = stored
        return dict(zip(keys.split("\n"), values, strict=True)) if keys else {}

    return _cached("tables", name, sources, build, encode, decode)  # type: ignore[return-value]


def cached_object(name: str, sources: Iterable[Path], build: Callable[[], object]) -> object:
    """Any picklable object built from data files (a hyphenation dictionary, a compiled model), built once.

    Keyed, like :func:`cached_table`, by the sources' paths, sizes and times and by wirelint's code.
    """
    return _cached("objects", name, sources, build, lambda value: value, lambda value: value)


_NO_STORE = object()  # what an encoder returns for a value that cannot be stored


def _cached(folder: str, name: str, sources: Iterable[Path], build: Callable[[], object],
            encode: Callable[[object], object], decode: Callable[[object], object]) -> object:
    """``build()``'s value, read back from ``folder`` in the cache when its sources are unchanged."""
    from lint.cache import cache_dir

    sources = [Path(p) for p in sources]
    _note_sources(sources)
    entry = cache_dir() / folder / f"{name}-{_source_key(name, sources)}.pickle"
    enabled = not os.environ.get(DISABLE_ENV)
    if enabled:
        try:
            with gc_paused():
                value = decode(pickle.loads(entry.read_bytes()))
            _used(entry)
            return value
        except Exception:
            pass
    value = build()
    if enabled:
        stored = encode(value)
        if stored is not _NO_STORE:
            _store(entry, name, stored)
    return value


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Load a large, long-lived structure without the garbage collector walking it.

    Unpickling allocates hundreds of thousands of containers, none of them garbage. Collected as
    usual, each batch of allocations starts a collection that walks the young objects, and they
    are walked again as they age (60 ms of a one-file run). So collection is off while loading,
    and what is loaded then goes to the permanent generation (``gc.freeze``, which moves lists
    and walks nothing): later collections only look at objects made after it. A pause that found
    collection already off leaves it off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _note_sources(sources: list[Path]) -> None:
    """While packs load, a cached table or object counts as its sources for the compiled packs."""
    recording = _recording
    if recording is not None:
        recording.extend(("dir" if src.is_dir() else "file", str(src)) for src in sources)


def _source_key(name: str, sources: list[Path]) -> str:
    h = hashlib.blake2b(f"{name}:{code_stamp()}".encode(), digest_size=16)
    for src in sources:  # already Paths (see _cached)
        try:
            st = src.stat()
            h.update(f"{src.resolve()}:{st.st_size}:{st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{src}:missing\n".encode())
    return h.hexdigest()


def _store(entry: Path, name: str, value: object) -> None:
    """Write one entry atomically; of the other versions of the same name, keep the most recently
    used few (two checkouts or branches side by side then do not rebuild each other's data)."""
    try:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, entry)
        versions = [p for p in entry.parent.glob(f"{name}-*.pickle") if _is_version_of(p.name, name)]
        versions.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[KEEP_VERSIONS:]:
            old.unlink(missing_ok=True)
    except Exception:  # a read-only home or an unpicklable value: the caller still has its value
        pass


def _is_version_of(filename: str, name: str) -> bool:
    """``name-<32 hex digits>.pickle``: an entry of exactly this name (not of ``name-other``)."""
    key = filename[len(name) + 1 : -len(".pickle")]
    return filename.startswith(f"{name}-") and len(key) == 32 and all(c in "0123456789abcdef" for c in key)


def _used(entry: Path) -> None:
    """Mark a cache entry as recently used, so pruning keeps it."""
    with contextlib.suppress(OSError):
        os.utime(entry)


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """A stamp of wirelint's own source (path, size, mtime of every module): rules are built by code."""
    h = hashlib.blake2b(f"{FORMAT}:{__version__}:{sys.version}".encode(), digest_size=16)
    for folder, dirs, files in os.walk(CODE_ROOT):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                h.update(f"{folder}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _entry_path(paths: list[Path]) -> Path:
    from lint.cache import cache_dir

    h = hashlib.blake2b(code_stamp().encode(), digest_size=16)
    for p in paths:
        h.update(str(p.resolve()).encode() + b"\0")
    return cache_dir() / "packs" / f"{h.hexdigest()}.pickle"


def _digest(kind: str, path: str) -> str:
    try:
        if kind == "dir":
            listing = "\n".join(sorted(os.listdir(path)))
            return hashlib.blake2b(listing.encode(), digest_size=16).hexdigest()
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, lambda: hashlib.blake2b(digest_size=16)).hexdigest()
    except OSError:
        return "missing"


def _read(entry: Path) -> list[RuleKind] | None:
    try:
        blob = entry.read_bytes()
        deps, payload = pickle.loads(blob)
        if any(_digest(kind, path) != digest for kind, path, digest in deps):
            return None
        with gc_paused():
            rules = pickle.loads(payload)
    except Exception:  # absent, stale, truncated or from an incompatible version: load afresh
        return None
    with contextlib.suppress(OSError):
        os.utime(entry)  # recently used: kept when old entries are pruned
    return rules


def _write(entry: Path, deps: list[Dependency], rules: list[RuleKind]) -> None:
    try:
        payload = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((deps, payload), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, entry)
        _prune(entry.parent)
    except Exception:  # unpicklable rule state or a read-only home: run uncached, never fail
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP_ENTRIES:]:
        old.unlink(missing_ok=True)


def _audit(event: str, args: tuple) -> None:
    recording = _recording
    if recording is None:
        return
    if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
        mode, flags = args[1], args[2]
        writes = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(flags & (os.O_WRONLY | os.O_RDWR))
        if not writes:
            recording.append(("file", os.fsdecode(args[0])))
    elif event in ("os.scandir", "os.listdir") and args and args[0] is not None:
        path = args[0]
        if isinstance(path, str | bytes | os.PathLike):
            recording.append(("dir", os.fsdecode(path)))


def _is_code(kind: str, path: str) -> bool:
    """Files and folders the import system reads: covered by the code stamp, not pack data."""
    if kind == "file":
        return path.endswith((".py", ".pyc", ".so", ".pth")) or "__pycache__" in path
    import_dirs = {os.path.abspath(p or os.curdir) for p in sys.path}
    return path in import_dirs or os.path.exists(os.path.join(path, "__init__.py"))


def _load_recording(paths: list[Path]) -> tuple[list[Dependency], list[RuleKind]]:
    """Load the packs and note every file opened and folder listed while doing so."""
    global _recording, _hook_installed
    from lint.packs import load_packs

    with _hook_lock:
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
        seen: list[tuple[str, str]] = [("file", str(p)) if p.is_file() else ("dir", str(p)) for p in paths]
        _recording = seen
        try:
            rules = load_packs(paths)
        finally:
            _recording = None
    from lint.cache import cache_dir

    # What a load reads or writes in the cache folder is derived (a cached model, its folder being
    # listed when one is stored): the sources it was built from are recorded instead (see
    # _note_sources), so storing another cached table later does not make the packs stale.
    derived = os.path.join(os.path.abspath(cache_dir()), "")
    deps: list[Dependency] = []
    done: set[tuple[str, str]] = set()
    for kind, raw in seen:
        path = os.path.abspath(raw)
        if (kind, path) in done or _is_code(kind, path) or os.path.join(path, "").startswith(derived):
            continue
        done.add((kind, path))
        if os.path.exists(path):
            deps.append((kind, path, _digest(kind, path)))
    return deps, rules
