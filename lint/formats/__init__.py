"""Output formats: one module per format, chosen from one table."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.api import FileReport
    from lint.kinds.base import RuleMeta

FORMATS: dict[str, str] = {
    "text": "lint.formats.text",
    "json": "lint.formats.json",
    "jsonl": "lint.formats.jsonl",
    "github": "lint.formats.github",
    "sarif": "lint.formats.sarif",
    "html": "lint.formats.html",
}


@dataclass
class RenderOptions:
    color: bool = False
    show_source: bool = True
    statistics: bool = False
    rules: dict[str, RuleMeta] = field(default_factory=dict)
    fixed: dict[str, int] = field(default_factory=dict)  # path -> number of fixes applied


Renderer = Callable[["list[FileReport]", RenderOptions], str]


def renderer(name: str) -> Renderer:
    """The ``render`` function of format ``name``."""
    return importlib.import_module(FORMATS[name]).render
