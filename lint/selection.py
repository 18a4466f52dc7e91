"""Which rules a selector names: a code (SP101), a code prefix (SP, SP1), a category, a rule name, or ALL."""

from __future__ import annotations

from collections.abc import Iterable

from lint.finding import CATEGORIES


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
    select, ignore = list(select), list(ignore)
    best_select = max((specificity(s) for s in select if selector_matches(s, code, name, category)), default=-1)
    if select and best_select < 0:
        return False
    best_ignore = max((specificity(s) for s in ignore if selector_matches(s, code, name, category)), default=-1)
    return best_ignore < 0 or best_select > best_ignore


def specificity(selector: str) -> int:
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if s in CATEGORIES:
        return 1
    return 2 + len(s)
