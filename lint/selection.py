"""Which rules a selector names: a code (SP101), a code prefix (SP, SP1), a category, a rule name, or ALL."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from lint.finding import CATEGORIES, Severity


def selector_matches(selector: str, code: str, name: str, category: str) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    if s in CATEGORIES:
        return category == s
    if s == name:
        return True
    return code.startswith(s.upper()) and s[:1].isalpha()


def is_enabled(code: str, name: str, category: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Selected (all when ``select`` is empty) and not ignored; the more specific selector wins."""
    return _is_enabled(code, name, category, tuple(select), tuple(ignore))


@lru_cache(maxsize=4096)
def _is_enabled(code: str, name: str, category: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """``is_enabled`` on hashable arguments, remembered: the engine asks it for every finding of every file."""
    best_select = max((specificity(s) for s in select if selector_matches(s, code, name, category)), default=-1)
    if select and best_select < 0:
        return False
    best_ignore = max((specificity(s) for s in ignore if selector_matches(s, code, name, category)), default=-1)
    return best_ignore < 0 or best_select > best_ignore


@lru_cache(maxsize=1024)
def severity_for(code: str, name: str, category: str, table: tuple[tuple[str, Severity], ...]) -> Severity | None:
    """The level the most specific matching selector of a severity table gives, or None."""
    best, level = -1, None
    for selector, sev in table:
        if selector_matches(selector, code, name, category):
            spec = specificity(selector)
            if spec > best:
                best, level = spec, sev
    return level


def specificity(selector: str) -> int:
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if s in CATEGORIES:
        return 1
    return 2 + len(s)
