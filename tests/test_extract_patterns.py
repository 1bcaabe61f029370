"""The extractor compiles each of its patterns once per process.

Its rules write about a thousand patterns inline; `re` keeps 512 compiled patterns, so calling
`re.search(r"…", …)` from the rules recompiled them over and over (12,009 compiles on one pass
over the dev reports). `etl.extract.rx` has the same functions with a cache that holds them all.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from etl.extract import extract, rx
from tests.helpers import PROJECT_ROOT

EXTRACT = PROJECT_ROOT / "etl" / "extract"
RE_FUNCTIONS = {"search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def _uncached_calls(path: Path) -> list[str]:
    """`re.search(…)` and the like: calls that go through `re`'s small cache."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno} re.{node.func.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.func.attr in RE_FUNCTIONS
    ]


def test_the_check_sees_a_call_through_re(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('import re\nm = re.search(r"\\d+", "30")\nn = re.compile("x").search("x")\n')
    assert _uncached_calls(sample) == ["sample.py:2 re.search"]


def test_the_rules_call_patterns_through_the_cache_not_re() -> None:
    calls = [c for p in sorted(EXTRACT.glob("*.py")) if p.name != "rx.py" for c in _uncached_calls(p)]
    assert calls == [], "use etl.extract.rx (same arguments) instead of:\n" + "\n".join(calls)


def test_the_cache_gives_res_answers() -> None:
    text = "HUR said at least 30 were killed on Dec 14 and 15; 1,000 wounded."
    assert rx.findall(r"\d[\d,]*", text) == re.findall(r"\d[\d,]*", text)
    assert rx.sub(r"(\d+)", r"<\1>", text, count=1) == re.sub(r"(\d+)", r"<\1>", text, count=1)
    assert rx.split(r"(;)", text, maxsplit=1) == re.split(r"(;)", text, maxsplit=1)
    m = rx.search(r"at least (\d+)", text, re.IGNORECASE)
    assert m is not None and m.group(1) == "30"
    assert rx.compiled(r"x", re.I) is rx.compiled(r"x", re.I)


def test_reading_many_reports_compiles_each_pattern_once() -> None:
    reports = sorted((PROJECT_ROOT / "tests" / "reports" / "dev").glob("*.txt"))[:40]
    assert len(reports) == 40
    for report in reports:
        extract(report.read_text(encoding="utf-8"))
    info = rx.compiled.cache_info()
    # nothing was dropped and compiled again: every miss is still held
    assert info.misses == info.currsize < rx.CACHE_SIZE
    assert info.hits > 10 * info.misses
