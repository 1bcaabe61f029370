"""The dependency rule, checked on the source: no import cycles, the dashboard reads only the core.

Why a test: a cycle was once dodged with function-level imports and `object` typing; this fails
on the first import that would bring one back.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

from tests.helpers import PROJECT_ROOT

PACKAGES = ("etl", "claimsdesk")
SCRIPTS = ("dashboard.py", "pages", "benchmarks")


def _module_name(path: Path) -> str:
    rel = path.relative_to(PROJECT_ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_files() -> list[Path]:
    files = [p for pkg in PACKAGES for p in (PROJECT_ROOT / pkg).rglob("*.py")]
    for s in SCRIPTS:
        target = PROJECT_ROOT / s
        files += [target] if target.is_file() else sorted(target.glob("*.py"))
    return sorted(files)


def _imports(path: Path, known: set[str]) -> list[tuple[str, ast.stmt, bool]]:
    """(imported project module, node, at top level) for every import of a project module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    out: list[tuple[str, ast.stmt, bool]] = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [
                f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in known else node.module
                for a in node.names
            ]
        for t in targets:
            if t.split(".")[0] in PACKAGES:
                out.append((t, node, id(node) in top))  # type: ignore[arg-type]  # Import | ImportFrom
    return out


@functools.cache
def _graph() -> tuple[dict[str, set[str]], dict[str, list[tuple[str, ast.stmt, bool]]]]:
    files = _project_files()
    known = {_module_name(p) for p in files}
    graph: dict[str, set[str]] = {}
    raw: dict[str, list[tuple[str, ast.stmt, bool]]] = {}
    for p in files:
        name = _module_name(p)
        raw[name] = _imports(p, known)
        graph[name] = {t for t, _node, _top in raw[name] if t in known and t != name}
    return graph, raw


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp: list[str] = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_walker_sees_the_project() -> None:
    graph, _raw = _graph()
    assert "etl.build" in graph and "claimsdesk.ui" in graph and "pages.1_overview" in graph
    assert "etl.core.db" in graph["claimsdesk.ui"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles_among_the_project_modules() -> None:
    graph, _raw = _graph()
    assert _cycles(graph) == []


def test_project_imports_are_at_module_level() -> None:
    """A function-level import of a project module is how a cycle hides: there are none."""
    _, raw = _graph()
    inner = [
        f"{mod}:{node.lineno} imports {t}" for mod, imps in raw.items() for t, node, top in imps if not top
    ]
    assert inner == []


def test_the_dashboard_package_depends_on_the_etl_core_only() -> None:
    _, raw = _graph()
    bad = [
        f"{mod} imports {t}"
        for mod, imps in raw.items()
        if mod.startswith("claimsdesk")
        for t, _node, _top in imps
        if t.startswith("etl") and not t.startswith("etl.core")
    ]
    assert bad == []


def test_the_etl_core_depends_on_nothing_else_in_the_project() -> None:
    _, raw = _graph()
    bad = [
        f"{mod} imports {t}"
        for mod, imps in raw.items()
        if mod.startswith("etl.core")
        for t, _node, _top in imps
        if not t.startswith("etl.core")
    ]
    assert bad == []


PAGE_FILES = sorted((PROJECT_ROOT / "pages").glob("*.py"))
#: DataFrame methods that aggregate, join or reshape: that work belongs in a named query.
TRANSFORMS = {
    "groupby",
    "pivot",
    "pivot_table",
    "merge",
    "agg",
    "aggregate",
    "value_counts",
    "resample",
    "melt",
    "concat",
    "apply",
    "crosstab",
    "rolling",
    # (QA pass 31) arithmetic over a column: a count or a total is a query's (or shape's) work
    "sum",
    "mean",
    "cumsum",
    # filtering, picking and de-duplicating rows: claimsdesk.shape names those
    "unique",
    "tolist",
    "drop",
    "drop_duplicates",
    "sort_values",
    "nlargest",
    "nsmallest",
}


@functools.cache
def _calls(path: Path) -> list[ast.Call]:
    return [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)]


def test_pages_call_queries_by_reference() -> None:
    """`ui.query(queries.name, ...)`: never a string name resolved with getattr."""
    seen = 0
    for page in [*PAGE_FILES, PROJECT_ROOT / "claimsdesk" / "ui.py"]:
        for call in _calls(page):
            fn = call.func
            is_query = (
                isinstance(fn, ast.Attribute)
                and fn.attr == "query"
                and isinstance(fn.value, ast.Name)
                and fn.value.id == "ui"
            ) or (isinstance(fn, ast.Name) and fn.id == "query")
            if not is_query or not call.args:
                continue
            seen += 1
            first = call.args[0]
            assert (
                isinstance(first, ast.Attribute)
                and isinstance(first.value, ast.Name)
                and first.value.id == "queries"
            ), f"{page.name}:{call.lineno}"
    assert seen > 20


def test_pages_stop_through_the_ui_so_their_link_notices_are_drawn() -> None:
    """A page that stops early calls `ui.stop()`, which draws its link notices first: after a bare
    `st.stop()` nothing can read the controls' state in that run (QA 9)."""
    found = [
        f"{p.name}:{c.lineno}"
        for p in PAGE_FILES
        for c in _calls(p)
        if isinstance(c.func, ast.Attribute)
        and c.func.attr == "stop"
        and isinstance(c.func.value, ast.Name)
        and c.func.value.id == "st"
    ]
    assert found == []
    assert any(
        isinstance(c.func, ast.Attribute)
        and c.func.attr == "stop"
        and getattr(c.func.value, "id", "") == "ui"
        for p in PAGE_FILES
        for c in _calls(p)
    )


def test_pages_do_not_aggregate_or_reshape_data() -> None:
    found = [
        f"{p.name}:{c.lineno} .{c.func.attr}()"
        for p in PAGE_FILES
        for c in _calls(p)
        if isinstance(c.func, ast.Attribute) and c.func.attr in TRANSFORMS
    ]
    assert found == []


def _frame_indexing(path: Path) -> list[str]:
    """Row masks (`df[df.x == y]`), column picks (`df[["a", "b"]]`) and `.loc`/`.iloc` in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, (ast.Compare, ast.List, ast.BoolOp)):
            found.append(f"{path.name}:{node.lineno} [{type(node.slice).__name__}]")
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Call)
            and isinstance(node.slice.func, ast.Name)
            and node.slice.func.id in {"list", "tuple"}
        ):
            found.append(f"{path.name}:{node.lineno} [list(...)]")
        if isinstance(node, ast.Attribute) and node.attr in {"loc", "iloc", "at", "iat"}:
            found.append(f"{path.name}:{node.lineno} .{node.attr}")
    return found


def test_pages_do_not_filter_or_pick_from_frames() -> None:
    """A page draws what named functions return: masks, column picks and row lookups belong in
    a query or in claimsdesk.shape, where a test can reach them."""
    assert [hit for p in PAGE_FILES for hit in _frame_indexing(p)] == []


def test_the_frame_indexing_check_sees_masks_picks_and_iloc(tmp_path: Path) -> None:
    page = tmp_path / "page.py"
    page.write_text(
        'a = df[df["s"] == x]\nb = df[["a", "b"]]\nc = df.iloc[0]\nd = tabs[0]\ne = st.session_state["k"]\n'
        "f = df[list(COLUMNS)]\n"
    )
    found = sorted(h.split(" ", 1)[1] for h in _frame_indexing(page))
    assert found == [".iloc", "[Compare]", "[List]", "[list(...)]"]


def _page_calls(module: str, names: tuple[str, ...], first_arg: bool = False) -> list[str]:
    """Where the pages and the entry file call `module.<name>(…)` (with `first_arg`: only where
    the first argument is no name or attribute, i.e. a literal such as a recipe's name)."""
    found = []
    for path in [*PAGE_FILES, PROJECT_ROOT / "dashboard.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in names
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == module
                and (not first_arg or (node.args and not isinstance(node.args[0], (ast.Attribute, ast.Name))))
            ):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_pages_draw_tables_only_through_the_payload_budget() -> None:
    """(QA pass 31) Five tables called `st.dataframe` directly and bypassed the 250 kB budget of
    `ui.table` (the whole-war claims table may hold 3,000 rows)."""
    assert _page_calls("st", ("dataframe",)) == []


def test_pages_pass_figure_recipes_by_reference_never_by_name() -> None:
    """(QA pass 31) `figures.chart("timeline", …)`: a typo failed only when the page ran."""
    assert _page_calls("figures", ("chart", "figure"), first_arg=True) == []


def test_a_figure_that_is_not_a_recipe_is_refused() -> None:
    from claimsdesk import figures

    with pytest.raises(ValueError, match="is not a figure recipe"):
        figures.figure(len, None)
