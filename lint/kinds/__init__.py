"""Rule kinds: the few kinds of check, in code. Rule instances are data in ``rules/``.

A pack's ``kind = "lexicon"`` names the module ``lint.kinds.lexicon``, which exports its kind
class as ``KIND``. Modules are imported only when a pack uses them, so start-up pays for
nothing it does not run, and adding a kind needs no registry edit.
"""

from __future__ import annotations

import importlib

import regex

from lint.errors import DataError
from lint.kinds.base import RuleKind

KIND_NAME = regex.compile(r"[a-z][a-z_]*")


def kind_class(name: str, source: str, line: int) -> type[RuleKind]:
    """The class implementing rule kind ``name``."""
    if not KIND_NAME.fullmatch(name or "") or name == "base":
        raise DataError(source, line, f"unknown rule kind {name!r}")
    try:
        module = importlib.import_module(f"lint.kinds.{name}")
    except ModuleNotFoundError:
        raise DataError(source, line, f"unknown rule kind {name!r}") from None
    cls = getattr(module, "KIND", None)
    if cls is None:
        raise DataError(source, line, f"rule kind module {name!r} defines no KIND")
    return cls
