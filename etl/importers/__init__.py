"""Importers of real public datasets into the claims warehouse.

- `general-staff`: the General Staff of the Armed Forces of Ukraine's daily cumulative claims of
  Russian losses, as the JSON files of the 2022-Ukraine-Russia-War-Dataset publish them
  (`etl.importers.general_staff`): rows become *claims*.
- `acled`: ACLED event exports (CSV), rows become *events* (`etl.importers.acled`).
- `ucdp`: UCDP Georeferenced Event Dataset (GED) CSV, rows become *events* (`etl.importers.ucdp`).
- `economist`: The Economist's table of published estimates of soldiers killed and wounded, and
  its UK MoD month-by-month table: rows become *claims* by each estimate's source
  (`etl.importers.economist`).

Two ways in, one code path: `python -m etl import SOURCE PATH_OR_URL` modifies a copy of the
live database and publishes it (`etl.importers.runner`), and sources declared in `data/sources/`
run as build steps (`etl.importers.sources`). Ids derive from content, so importing twice changes nothing.
"""

from __future__ import annotations

#: Source names accepted by `python -m etl import` and `data/sources/*.toml`.
SOURCES: tuple[str, ...] = ("general-staff", "acled", "ucdp", "economist")
