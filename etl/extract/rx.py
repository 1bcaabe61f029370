"""`re`'s module-level functions with a cache big enough for the extractor's patterns.

Why: the rules write about a thousand distinct patterns inline (`re.search(r"…", text)`), and
`re` keeps only 512 compiled patterns, dropping the oldest. One pass over the 2,143 dev reports
compiled the same patterns 12,009 times, about a tenth of the extractor's time. These functions
take the same arguments as `re`'s and compile each (pattern, flags) once per process.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

#: More than the extractor's distinct patterns (957 on the dev reports), bounded because a few
#: patterns are built from the text (names, aliases).
CACHE_SIZE = 4096

Pattern = str | re.Pattern[str]


@lru_cache(maxsize=CACHE_SIZE)
def compiled(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, remembered."""
    return re.compile(pattern, flags)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.search`."""
    return compiled(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.match`."""
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    """`re.fullmatch`."""
    return compiled(pattern, flags).fullmatch(string)


def sub(
    pattern: Pattern,
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    """`re.sub`."""
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    """`re.split`."""
    return compiled(pattern, flags).split(string, maxsplit)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    """`re.findall`."""
    return compiled(pattern, flags).findall(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """`re.finditer`."""
    return compiled(pattern, flags).finditer(string)
