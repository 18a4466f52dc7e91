"""wirelint: a linter for syndicated news copy.

The public Python API is :func:`check_text`, a pure function from text to findings that can be
mapped over any batch engine (multiprocessing, Dask, Spark).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "check_text"]

if TYPE_CHECKING:
    from lint.api import check_text


def __getattr__(name: str) -> Any:
    # Imported lazily so `wirelint --version` and editor start-up stay cheap.
    if name == "check_text":
        from lint.api import check_text

        return check_text
    raise AttributeError(name)
