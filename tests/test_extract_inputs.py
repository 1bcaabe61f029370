"""`python -m etl extract` inputs: .txt, .html (trafilatura), a URL (local server), folder, glob,
saved feeds (.rss, .xml, .atom, .jsonl)."""

from __future__ import annotations

import codecs
import functools
import http.server
import json
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trafilatura

from etl.cli import main as etl_main
from etl.extract.inputs import InputError, fetch_url, html_to_source, read_file

ROOT = Path(__file__).resolve().parents[1]


def main(args: list[str]) -> int:
    """`python -m etl extract ARGS` in process (the one ETL parser reads extract's options)."""
    return etl_main(["extract", *args])


DEV = ROOT / "tests" / "reports" / "dev"
KBS = DEV / "kbs-2025-04-30-nis-600-killed.txt"

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>NIS: 300 North Korean soldiers killed | Example Wire</title>
<meta property="og:title" content="NIS says 300 North Korean soldiers killed in Kursk">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-01-13T09:30:00+09:00">
<link rel="canonical" href="https://wire.example.org/world/nis-300-killed">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now for 1 dollar</nav>
<article>
<h1>NIS says 300 North Korean soldiers killed in Kursk</h1>
<p>South Korea's National Intelligence Service (NIS) said on Monday that about 300 North Korean
soldiers have been killed and 2,700 wounded while fighting for Russia in the Kursk region.</p>
<p>The spy agency told lawmakers in a closed-door briefing that the troops lacked an
understanding of modern warfare, including drone attacks.</p>
<p>North Korea has not commented on the claims.</p>
</article>
<footer>Copyright 2025 Example Wire. 12 related stories.</footer>
</body></html>
"""


def _claims(out: dict) -> set[tuple]:
    return {
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"]) for c in out["claims"]
    }


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    p = tmp_path / "nis.html"
    p.write_text(PAGE, encoding="utf-8")
    return p


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving tmp_path (the page, a text file, a big file)."""
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "nis.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(KBS, tmp_path / "www" / "kbs.txt")
    (tmp_path / "www" / "big.html").write_bytes(b"<p>" + b"x" * 200_000 + b"</p>")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # the client hanging up on a capped download is expected

    handler = functools.partial(Quiet, directory=str(tmp_path / "www"))
    httpd = Server(("127.0.0.1", 0), handler)
    t = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_html_file_gives_article_text_and_page_metadata(
    page_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(page_file), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    doc = out["document"]
    assert doc["title"] == "NIS says 300 North Korean soldiers killed in Kursk"
    assert doc["outlet"] == "Example Wire"
    assert doc["published_at"] == "2025-01-13T09:30+09:00"  # the page's time and offset (QA pass 41 #1)
    assert doc["url"] == "https://wire.example.org/world/nis-300-killed"
    nis = "National Intelligence Service (South Korea)"
    assert (nis, "killed", 300, 300, "about") in _claims(out)
    # Monday resolved against the page's date, not today; navigation and footer numbers ignored.
    assert {c["stated_on"] for c in out["claims"]} == {"2025-01-13"}
    assert all(c["reported_by"] == "Example Wire" for c in out["claims"])
    assert all("Subscribe" not in c["quote"] for c in out["claims"])


def test_txt_file_is_read_as_scraped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(KBS), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["document"]["outlet"] == "KBS World"
    assert out["claims"][0]["value_low"] == 600


def test_url_is_downloaded_from_a_local_server(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([f"{server}/nis.html", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["document"]["outlet"] == "Example Wire"
    assert ("National Intelligence Service (South Korea)", "wounded", 2700, 2700, "about") in _claims(out)
    assert main([f"{server}/kbs.txt", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["claims"][0]["value_low"] == 600
    assert out["document"]["url"].endswith("/kbs.txt")


def test_url_over_the_size_cap_is_refused_in_one_line(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([f"{server}/big.html", "--max-bytes", "50000"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "50,000-byte cap" in err[0] and "big.html" in err[0]


def test_url_offline_or_missing_fails_with_one_line_and_status_1(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as s:  # a port nobody listens on: connection refused, as offline
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    assert main([f"http://127.0.0.1:{dead}/report", "--timeout", "2"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"127.0.0.1:{dead}/report" in err[0] and "cannot download" in err[0]
    assert main([f"{server}/nope.html"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "HTTP 404" in err[0]


def test_folder_is_a_batch_with_progress_and_json_lines(
    tmp_path: Path, page_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for p in sorted(DEV.glob("*.txt"))[:4]:
        shutil.copy(p, folder / p.name)
    shutil.copy(page_file, folder / "nis.html")
    (folder / "notes.docx").write_bytes(b"PK not a report")
    assert main([str(folder)]) == 0
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert len(lines) == 5
    assert {Path(x["source"]).name for x in lines} == {
        p.name for p in folder.iterdir() if p.suffix != ".docx"
    }
    assert all(set(x) == {"source", "document", "claims", "responses", "events", "new_actors"} for x in lines)
    assert "5/5" in captured.err and "5 of 5 report(s) extracted" in captured.err


def test_a_folder_of_captions_files_and_note_exports_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(Round 59) Captions saved as .srt or .vtt and a note app's Markdown export (.md) are read from
    a folder: cues run on into sentences, a note's source line gives its bullets to that source."""
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "clip.srt").write_text(
        "Kursk desk · Dec 17, 2024\n\n1\n00:00:00,100 --> 00:00:03,000\nUkraine's military intelligence said on\n\n"
        "2\n00:00:03,000 --> 00:00:06,000\nMonday that at least 30 North Korean soldiers\n\n"
        "3\n00:00:06,000 --> 00:00:09,000\nwere killed or wounded near Plekhovo.\n",
        encoding="utf-8",
    )
    (folder / "note.md").write_text(
        "---\ndate: 2025-03-31\ntags: [nk]\n---\n# End-March check\n\n"
        "- [[JCS]], statement, Thursday 27 March\n  - around 4,000 North Korean casualties in the Kursk fighting\n"
        "- [ ] reconcile with the Q1 deck\n",
        encoding="utf-8",
    )
    assert main([str(folder), "--quiet"]) == 0
    got = {Path(x["source"]).name: x for x in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(got) == {"clip.srt", "note.md"}
    [hur] = got["clip.srt"]["claims"]
    assert (hur["value_low"], hur["stated_on"]) == (30, "2024-12-16")
    [jcs] = got["note.md"]["claims"]
    assert (jcs["claimant"], jcs["value_low"], jcs["stated_on"]) == (
        "Joint Chiefs of Staff (South Korea)",
        4000,
        "2025-03-27",
    )


def test_a_folder_of_saved_feeds_is_read_item_by_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(Round 58) A folder of feeds saved as they came (RSS as .rss, a reader's export as .jsonl) is
    read, each item under its own day; other files stay out."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    (folder / "desk.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>\n'
        "<lastBuildDate>Wed, 18 Dec 2024 09:30:00 +0900</lastBuildDate>\n"
        "<item><title>HUR</title><pubDate>Tue, 17 Dec 2024 07:52:00 +0900</pubDate><description>"
        "Ukraine's military intelligence agency, HUR, said on Telegram on Monday that at least 30 North "
        "Korean soldiers were killed or wounded near Plekhovo.</description></item></channel></rss>\n",
        encoding="utf-8",
    )
    (folder / "starred.jsonl").write_text(
        '{"title": "Western officials", "published": "2025-01-22T17:20:00+00:00", "summary": "Western '
        "officials, speaking anonymously to the BBC on Wednesday, said about 1,000 North Korean soldiers "
        'had been killed in the Kursk region."}\n'
        '{"title": "Markets", "published": "2025-02-03T07:35:00+00:00", "summary": "The index fell."}\n',
        encoding="utf-8",
    )
    (folder / "notes.docx").write_bytes(b"PK not a report")
    assert main([str(folder), "--quiet"]) == 0
    got = {Path(x["source"]).name: x for x in map(json.loads, capsys.readouterr().out.splitlines())}
    assert set(got) == {"desk.rss", "starred.jsonl"}
    [hur] = got["desk.rss"]["claims"]
    assert (hur["value_low"], hur["stated_on"]) == (30, "2024-12-16")
    [officials] = got["starred.jsonl"]["claims"]
    assert (officials["value_low"], officials["stated_on"]) == (1000, "2025-01-22")


def test_glob_selects_files_and_a_bad_file_does_not_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(KBS, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    assert main([str(tmp_path / "*.txt"), "--quiet"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert json.loads(captured.out)["claims"][0]["value_low"] == 600
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "b.txt" in err[0] and "not UTF-8" in err[0]


def test_a_glob_matching_nothing_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "*.txt")]) == 2
    assert "no file matches" in capsys.readouterr().err


def test_html_without_an_article_is_an_input_error(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.html"):
        read_file(p)


def test_fetch_rejects_a_declared_length_over_the_cap(server: str) -> None:
    with pytest.raises(InputError, match="over the 1,000-byte cap"):
        fetch_url(f"{server}/big.html", max_bytes=1000)


def test_report_bytes_are_utf8_or_utf16_with_its_mark_and_anything_else_is_named() -> None:
    """(QA 6) The review page's upload reads a file as the CLI does (`source_from_bytes`): a
    cp1252 or binary file is one line naming it, never text full of replacement marks read as a
    report with "no claims"."""
    from etl.extract.inputs import InputError, source_from_bytes

    text = "Zelensky said 3,000 North Korean soldiers were killed or wounded in Kursk — “so far”."
    assert source_from_bytes(text.encode("utf-8"), "a.txt").text == text
    assert source_from_bytes(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt").text == text
    assert source_from_bytes(text.encode("utf-16"), "a.txt").text == text  # with its byte-order mark
    for wide in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):  # (QA pass 40) and without it
        assert source_from_bytes(text.encode(wide), "a.txt").text == text, wide
    with pytest.raises(InputError, match=r"^b\.txt: not UTF-8 text \(byte \d+\)"):
        source_from_bytes(text.encode("cp1252"), "b.txt")
    with pytest.raises(InputError, match=r"^c\.txt: not a text file"):
        source_from_bytes(b"\x00\x01\x02PK\x03\x04" * 10, "c.txt")


def test_a_text_longer_than_one_report_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(QA 6) A 1.3 MB paste kept `extract` (and the review page) busy for minutes: reading costs
    time faster than length. More than MAX_TEXT_CHARS is refused at once, naming the file."""
    from etl.extract.inputs import MAX_TEXT_CHARS, InputError, Source, extract_source

    line = "Zelensky: 3,000 North Korean soldiers killed or wounded in Kursk "
    big = line * (MAX_TEXT_CHARS // len(line) + 1)
    with pytest.raises(InputError, match=r"^pasted: [\d,]+ characters of text; one report is read at a time"):
        extract_source(Source("pasted", big))
    path = tmp_path / "corpus.txt"
    path.write_text(big, encoding="utf-8")
    assert main([str(path), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "corpus.txt" in err[0] and "split it into its reports" in err[0]


def test_a_sentence_with_no_full_stop_is_read_in_pieces_of_bounded_length() -> None:
    """(QA 6) Text with no full stops (one line repeated, a table's text) is cut at spaces into
    pieces of at most MAX_SENTENCE characters: nothing is lost, and a figure in it is still read."""
    from etl.extract import extract
    from etl.extract.document import MAX_SENTENCE, split_sentences

    line = "Zelensky: 3,000 North Korean soldiers killed or wounded in Kursk, "
    text = line * 100
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(len(p) <= MAX_SENTENCE for p in pieces)
    assert " ".join(pieces).split() == text.split()
    claims = extract("Kursk update\n\nKYIV, 9 January 2025\n\n" + text + "\n").claims
    assert any(c["value_low"] == 3000 and c["metric"] == "killed_or_wounded" for c in claims)


def test_utf32_with_its_mark_is_read_and_bytes_that_decode_to_nul_are_refused() -> None:
    """(QA 7) A UTF-32 file (its mark starts like UTF-16's) was read as UTF-16 full of NULs."""
    from etl.extract.inputs import InputError, source_from_bytes

    text = "Zelensky said 3,000 North Korean soldiers were killed or wounded in Kursk."
    assert source_from_bytes(text.encode("utf-32"), "a.txt").text == text
    with pytest.raises(InputError, match=r"^d\.txt: not UTF-8 text"):
        source_from_bytes(codecs.BOM_UTF16_LE + "abc".encode("utf-32-le"), "d.txt")


def test_a_huge_html_page_without_an_article_is_said_to_be_huge(monkeypatch: pytest.MonkeyPatch) -> None:
    """(QA pass 30) A 15 MB page was "no article text found in the HTML", as a page with no text is."""
    monkeypatch.setattr(trafilatura, "extract", lambda *_a, **_k: None)  # (it gives up on such a page)
    huge = "<html><body>" + "<p>word</p>" * 200_000 + "</body></html>"
    with pytest.raises(InputError, match=r"page\.html: 2,200,026 characters of HTML and no article found"):
        html_to_source(huge, "page.html")
    with pytest.raises(InputError, match=r"small\.html: no article text found in the HTML"):
        html_to_source("<html><body></body></html>", "small.html")
