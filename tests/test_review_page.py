"""The review queue: paste a report, get proposals, save them into data/, rebuild, see the claim."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claimsdesk import ui
from etl.build import build
from etl.core import db
from tests.helpers import ROOT

REPORT = """Ukraine says 45 North Korean soldiers killed near Plekhovo

10:1520/01/2025, Monday
AA
File photo

Ukraine's Defense Intelligence (HUR) on Telegram claimed on Monday that at least 45 North Korean soldiers were killed near the village of Plekhovo in Russia's Kursk region.

Neither Russian nor North Korean authorities have yet commented on the claims.

#HUR
#Kursk
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("*.duckdb*", ".versions"))
    pointer = tmp_path / "db" / "claims.duckdb"
    build(data, pointer)
    monkeypatch.setattr(ui, "DATA_DIR", data)
    monkeypatch.setattr(ui, "DB_PATH", pointer)
    monkeypatch.delenv("CLAIMS_DESK_HOSTED", raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    return data, pointer


def review(text: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=90)
    at.run()
    at.switch_page("pages/8_review.py").run()
    at.text_area(key="review_text").set_value(text).run()
    at.button(key="review_propose").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def flat(pointer: Path, sql: str) -> list[tuple]:
    con = db.connect_readonly(pointer.resolve())  # same configuration as the app's connection
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_pasted_report_becomes_saved_claims_after_review(workspace: tuple[Path, Path]) -> None:
    data, pointer = workspace
    rows_before = (data / "claims.csv").read_bytes()
    at = review(REPORT)
    proposed = at.dataframe[0].value  # the editable table of proposals
    assert proposed["accept"].all() and 45 in proposed["value_low"].tolist()
    assert any("Plekhovo" in h.proto.body for h in at.get("html")), "the report is shown with quotes marked"
    at.button(key="review_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Saved to data/" in s.value for s in at.success)
    text = (data / "claims.csv").read_text(encoding="utf-8")
    assert text.startswith(rows_before.decode("utf-8")), "existing rows are kept byte for byte"
    added = [r for r in csv.DictReader(text.splitlines()) if r["value_low"] == "45"]
    assert len(added) == 1 and added[0]["qualifier"] == "at_least" and added[0]["places"] == "Plekhovo"
    got = flat(pointer, "SELECT claimant, value_low, value_high, qualifier, stated_on::VARCHAR, places "
                        "FROM claims_wide WHERE value_low = 45 AND source = 'curated'")
    assert got == [("Defense Intelligence of Ukraine (HUR)", 45, None, "at_least", "2025-01-20", "Plekhovo")]
    assert flat(pointer, "SELECT count(*) FROM quarantine") == [(0,)]


def test_a_report_of_known_claims_adds_reports_not_claims(workspace: tuple[Path, Path]) -> None:
    _data, pointer = workspace
    seed = ROOT.parent / "shared" / "seed" / "anadolu-2024-12-16-hur-north-korean-casualties.txt"
    if not seed.exists():
        pytest.skip("needs ../shared/seed")
    claims_before = flat(pointer, "SELECT count(*) FROM claims")[0][0]
    at = review(seed.read_text(encoding="utf-8"))
    at.button(key="review_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert flat(pointer, "SELECT count(*) FROM claims")[0][0] == claims_before
    assert flat(pointer, "SELECT count(*) FROM quarantine") == [(0,)]


def test_the_review_queue_is_hidden_on_a_hosted_link(workspace: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMS_DESK_HOSTED", "1")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    with pytest.raises(ValueError):
        at.switch_page("pages/8_review.py").run()


def test_the_save_waits_for_another_writer(workspace: tuple[Path, Path]) -> None:
    """The save (write data/, rebuild) is one writer: it waits while a build or import runs."""
    data, pointer = workspace
    saved_sql = ("SELECT count(*) FROM claims_wide WHERE value_low = 45 AND source = 'curated' "
                 "AND stated_on = DATE '2025-01-20' AND places = 'Plekhovo'")
    assert flat(pointer, saved_sql) == [(0,)]
    at = review(REPORT)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from etl.core.lock import writer_lock\nwith writer_lock(Path(sys.argv[1])):\n"
         "    print('held', flush=True); time.sleep(3)", str(pointer)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    at.button(key="review_save").click().run()
    waited = time.monotonic() - started
    holder.wait(timeout=30)
    assert not at.exception, [e.value for e in at.exception]
    assert waited >= 2, waited  # the holder kept the lock for 3 s after it said so
    assert flat(pointer, saved_sql) == [(1,)]
    assert "45" in (data / "claims.csv").read_text(encoding="utf-8")
