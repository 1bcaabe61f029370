"""Shared helpers for the dashboard tests: build a database into a temp dir, empty datasets."""

from __future__ import annotations

import shutil
from pathlib import Path

from etl.build import build

ROOT = Path(__file__).resolve().parents[1]
PAGES = (
    "pages/1_overview.py",
    "pages/2_casualties.py",
    "pages/3_deployments.py",
    "pages/4_attribution.py",
    "pages/5_map.py",
    "pages/6_explore.py",
    "pages/7_sources.py",
)
HEADERS = {
    "actors.csv": "name,aliases,kind,side,parent\n",
    "places.csv": "place_id,name,aliases,kind,admin2,admin1,country_code,lat,lon,coord_precision,source_url,notes\n",
    "documents.csv": "doc_id,outlet,url,title,published_at,language,tags,notes\n",
    "claims.csv": "ref,claimant,channel,stated_on,stated_on_precision,claim_type,metric,subject,value_low,"
    "value_high,qualifier,basis,period_start,period_end,places,region,verification,documents,quote,notes\n",
    "responses.csv": "responder,stance,about,claims,stated_on,stated_on_precision,documents,quote\n",
    "events.csv": "event_id,title,kind,date_start,date_end,date_precision,place,region,key_event,"
    "fatalities_low,fatalities_best,fatalities_high,source_url,documents,notes\n",
}


def build_default(tmp: Path) -> Path:
    """Build the project's own data/ into `tmp`; returns the pointer path."""
    data = tmp / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions"))
    pointer = tmp / "db" / "claims.duckdb"
    build(data, pointer)
    return pointer


def build_empty(tmp: Path) -> Path:
    """Build a dataset whose files have headers and no rows."""
    data = tmp / "empty"
    data.mkdir(parents=True)
    for name, text in HEADERS.items():
        (data / name).write_text(text)
    pointer = tmp / "emptydb" / "claims.duckdb"
    build(data, pointer)
    return pointer
