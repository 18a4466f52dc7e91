"""Write fixed files atomically, never over a file that changed since it was read."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from lint.errors import WirelintError


class ChangedOnDisk(WirelintError):
    """The file changed between reading and writing; the fix is not written."""


def atomic_write(path: Path, data: bytes, original: bytes) -> None:
    """Replace ``path`` with ``data`` via a temporary file in the same folder and a rename.

    Keeps the file's permission bits. Refuses (ChangedOnDisk) when the file's current bytes are
    not ``original``, so an editor's concurrent save is never overwritten.
    """
    target = path.resolve()
    try:
        current = target.read_bytes()
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError as err:
        raise WirelintError(f"{path}: cannot re-read before writing: {err.strerror or err}") from err
    if current != original:
        raise ChangedOnDisk(f"{path}: changed on disk while being linted; fixes not written")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".wirelint-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
