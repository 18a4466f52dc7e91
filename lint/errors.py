"""Errors that end a run with exit status 2 and a one-line message naming the file and line."""

from __future__ import annotations


class WirelintError(Exception):
    """A usage, configuration, data or I/O problem reported to the user without a traceback."""


class DataError(WirelintError):
    """A malformed config, rule pack or word list, located by file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        self.path, self.line, self.detail = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
