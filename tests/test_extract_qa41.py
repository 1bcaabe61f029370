"""QA pass 41: a report's path from the analyst's file to the proposed claims.

The texts are invented for each behaviour. Tests share no state (xdist-safe).
"""

from __future__ import annotations

import pytest

from etl.extract import extract

SENTENCE = (
    "Ukraine's military intelligence agency said on Monday that at least 1{sep}200 North Korean soldiers "
    "had been killed or wounded in the Kursk region."
)


@pytest.mark.parametrize(
    "sep",
    ["\u2009", "\u200a", "\u2007", "\u200b", "\u2060", "\u00a0", "\u202f", " ", ","],
    ids=[
        "thin",
        "hair",
        "figure",
        "zero-width",
        "word-joiner",
        "no-break",
        "narrow-no-break",
        "space",
        "comma",
    ],
)
def test_a_figure_grouped_by_any_space_keeps_its_thousands(sep: str) -> None:
    """(#2) "at least 1 200" with a thin space (U+2009) or a zero-width one between its groups was
    proposed as exactly 200: the figure changed and the lower bound became exact."""
    text = "North Korean losses\n\nKYIV, Dec 16, 2024\n\n" + SENTENCE.format(sep=sep) + "\n"
    got = [(c["value_low"], c["value_high"], c["qualifier"]) for c in extract(text).claims]
    assert got == [(1200, None, "at_least")]


def test_a_thin_space_between_words_is_a_space_and_a_zero_width_one_is_nothing() -> None:
    # (negative) words keep apart; an invisible character inside a word does not split it
    text = (
        "North Korean losses\n\nKYIV, Dec 16, 2024\n\nUkraine's military\u2009intelligence agency said on "
        "Monday that at least 30 North Korean sol\u200bdiers were killed near Plekhovo.\n"
    )
    (claim,) = extract(text).claims
    assert claim["value_low"] == 30
    assert "military intelligence" in claim["quote"] and "soldiers" in claim["quote"]


QP_MAIL = (
    b"From: Desk <desk@example.org>\r\nSubject: Pentagon estimate\r\n"
    b"Date: Mon, 23 Dec 2024 19:40:00 -0500\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
    b"WASHINGTON, Dec. 23 (Stars and Stripes) =E2=80=94 The Pentagon said on Mond=\r\n"
    b"ay that North Korean troops have suffered up to 3,0=\r\n"
    b"00 killed or wounded in Russia=E2=80=99s Kursk region, spokesman Pat Ryder said.\r\n"
)


def test_an_e_mail_file_is_read_as_its_decoded_message() -> None:
    """(#4) A saved e-mail (.eml) in quoted-printable was read as its raw bytes: "up to 3,0=" and
    "00 killed" gave an exact 0, and the quote kept "=E2=80=99". It is read as the message says:
    its headers, then its body decoded (quoted-printable, base64, its charset; HTML as text)."""
    from etl.extract.inputs import extract_source, source_from_bytes

    src = source_from_bytes(QP_MAIL, "mail.eml")
    assert "up to 3,000 killed or wounded in Russia\u2019s Kursk region" in src.text
    assert src.text.startswith("From: Desk <desk@example.org>\nDate: Mon, 23 Dec 2024 19:40:00 -0500\n")
    got = extract_source(src)
    assert [(c["value_low"], c["value_high"], c["qualifier"]) for c in got.claims] == [(None, 3000, "up_to")]
    assert "=E2" not in got.claims[0]["quote"] and got.document["published_at"] == "2024-12-23T19:40-05:00"


def test_an_e_mail_in_base64_or_html_alone_is_read_too() -> None:
    import base64

    from etl.extract.inputs import source_from_bytes

    body = "Seoul's spy agency said on Monday that about 300 North Korean soldiers had been killed."
    b64 = (
        b"From: a@example.org\r\nSubject: NIS\r\nDate: Mon, 13 Jan 2025 10:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(body.encode())
    )
    assert body in source_from_bytes(b64, "nis.eml").text
    html = (
        b"From: a@example.org\r\nSubject: NIS\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>"
        + body.encode()
        + b"</p><script>var n = 42;</script></body></html>\r\n--b--\r\n"
    )
    text = source_from_bytes(html, "nis.eml").text
    assert body in text and "<p>" not in text and "42" not in text


def test_an_e_mail_that_is_no_message_or_has_no_text_is_one_line() -> None:
    from etl.extract.inputs import InputError, source_from_bytes

    with pytest.raises(InputError, match=r"^x\.eml: an e-mail with no text part"):
        source_from_bytes(
            b"From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: image/png\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n",
            "x.eml",
        )


def test_the_review_page_takes_an_e_mail_file() -> None:
    from etl.extract.inputs import SUFFIXES

    assert ".eml" in SUFFIXES  # the uploader's types and a folder's files


def test_a_file_holding_only_a_byte_order_mark_is_empty() -> None:
    """(#12) The CLI printed a header row alone and the review page asked to "paste a report"
    though a file was attached."""
    import codecs

    from etl.extract.inputs import InputError, source_from_bytes

    for data in (
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b" \r\n",
        codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
    ):
        with pytest.raises(InputError, match=r"^a\.txt: an empty file"):
            source_from_bytes(data, "a.txt")


YONHAP = (
    "North Korean losses\n\nSEOUL, Dec. 16, 2024 (Yonhap)\n\nUkraine's military intelligence agency said on "
    "Monday that at least 30 North Korean soldiers were killed or wounded near Plekhovo.\n"
)
REUTERS = (
    "North Korean soldiers hit\n\nKYIV, Dec 16, 2024 (Reuters)\n\nAt least 30 North Korean soldiers were "
    "killed or wounded near Plekhovo in the Kursk region, Ukraine's military intelligence agency said on "
    "Monday.\n"
)


def _save(data: object, text: str, outlet: str, url: str) -> object:
    from etl.extract.save import save_accepted

    got = extract(text)
    doc = {**got.document, "outlet": outlet, "url": url}
    return save_accepted(data, doc, got.claims)  # type: ignore[arg-type]


def test_a_second_outlets_report_of_a_claim_keeps_its_own_words(tmp_path: object) -> None:
    """(#6) Saving Reuters' report of a claim Yonhap's report had saved listed Reuters on
    Yonhap's row: one claim with two reports (right), but Reuters' report held Yonhap's sentence,
    which Reuters never printed, and Reuters' own was stored nowhere. Another outlet's own words
    now go on a row of their own for that claim (the build makes the rows one claim)."""
    from pathlib import Path

    from etl.build import build
    from tests.helpers import query, write_dataset

    data = write_dataset(Path(str(tmp_path)) / "data")
    first = _save(data, YONHAP, "Yonhap News Agency", "https://example.org/yonhap")
    second = _save(data, REUTERS, "Reuters", "https://example.org/reuters")
    assert (first.added, second.added, second.merged) == (1, 0, 1)  # type: ignore[attr-defined]
    pointer = Path(str(tmp_path)) / "db" / "claims.duckdb"
    build(data, pointer)
    got = query(
        pointer,
        "SELECT d.outlet, r.quote FROM reports r JOIN documents d USING (doc_id) WHERE r.claim_id IN ("
        "SELECT claim_id FROM reports JOIN documents USING (doc_id) WHERE outlet = 'Yonhap News Agency') "
        "ORDER BY r.ord",
    )
    said = dict(got)
    assert list(said) == ["Yonhap News Agency", "Reuters"]  # one claim, two reports
    assert said["Yonhap News Agency"].startswith("Ukraine's military intelligence agency said on Monday")
    assert said["Reuters"].startswith(
        "At least 30 North Korean soldiers were killed or wounded near Plekhovo in"
    )
    # saving Reuters' report again changes nothing
    snapshot = (data / "claims.csv").read_bytes()
    again = _save(data, REUTERS, "Reuters", "https://example.org/reuters")
    assert (again.added, again.merged) == (0, 0) and (data / "claims.csv").read_bytes() == snapshot  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "change",
    [
        {"stated_on_precision": "unknown"},  # a day typed, its precision left "unknown"
        {"stated_on": "", "stated_on_precision": "day"},
        {"stated_on": "2024-12-16", "stated_on_precision": "month"},
        {"value_high": "40"},  # at_least with an upper figure
        {"qualifier": "exact"},
        {"qualifier": "range", "value_high": "30"},
        {"basis": ""},
        {"period_start": "2024-12-20"},  # after period_end
        {"qualifier": "roughly"},
        {},  # (negative) a claim the build loads
        {"stated_on": "", "stated_on_precision": "unknown"},
    ],
)
def test_the_review_pages_claim_check_agrees_with_the_build(tmp_path: object, change: dict[str, str]) -> None:
    """(#5) A claim whose day was typed with precision "unknown" was saved, then quarantined by
    the rebuild, while a figure typed "12.5" was refused before anything was written. The claim
    rules of a row's own cells are now one definition the build and the review page both apply."""
    from pathlib import Path

    from etl.extract.review import claim_rule_problem
    from tests.helpers import VALID_CLAIM, build_in_memory, claim_row, claims_csv, write_dataset

    fields = {**VALID_CLAIM, **change}
    data = write_dataset(Path(str(tmp_path)) / "data", claims=claims_csv(claim_row(**change)))
    con, report = build_in_memory(data)
    con.close()
    refused = [q for q in report.quarantine if q.source_file.endswith("claims.csv")]
    problem = claim_rule_problem([fields])
    assert bool(problem) == bool(refused), (problem, refused)
    if refused:
        assert problem.startswith(f"proposed claim 1, {refused[0].field}: {refused[0].reason}"), (
            problem,
            refused,
        )


def _responses(text: str) -> list[tuple[str, str, str, int]]:
    got = extract(text)
    return [
        (r["responder"], r["stance"], r["about"], len([c for c in r["claims"].split(";") if c]))
        for r in got.responses
    ]


WIRE = (
    "N. Korean losses\n\nSEOUL, Dec. 16 (Yonhap) -- South Korea's National Intelligence Service told lawmakers "
    "on Monday that at least 100 North Korean soldiers have been killed in Russia's Kursk region.\n\n{last}\n"
)


def test_a_denial_of_the_deployment_answers_no_casualty_figure() -> None:
    """(#9) "North Korea denied that any of its soldiers were fighting in Ukraine" was linked to
    every casualty figure of the report, each proposed as denied, and the chart's hover read
    "DPRK: denied … (North Korean casualty claims)". A deployment denial answers no figure."""
    text = WIRE.format(last="North Korea denied that any of its soldiers were fighting in Ukraine.")
    assert _responses(text) == [("DPRK", "denied", "the deployment", 0)]
    assert [c["verification"] for c in extract(text).claims] == ["unverified"]


def test_silence_on_soldiers_killed_still_answers_the_casualty_figures() -> None:
    # (negative) "soldiers" names the deployment's words, but the casualties are what it answers
    text = WIRE.format(last="The Russian defence ministry did not comment on the number of soldiers killed.")
    assert [(r, s, n) for r, s, _, n in _responses(text)] == [
        ("Russian Ministry of Defense", "no_comment", 1)
    ]


def test_a_deployment_denial_still_answers_the_reports_deployment_figures() -> None:
    # (negative) with a troop figure in the report, the denial answers it
    text = (
        "Troops in Kursk\n\nSEOUL, Nov. 13 (Yonhap) -- South Korea's National Intelligence Service said on "
        "Wednesday that about 11,000 North Korean troops had been deployed to Russia's Kursk region.\n\n"
        "North Korea denied that any of its soldiers were fighting in Ukraine.\n"
    )
    got = _responses(text)
    assert [(r, s, n) for r, s, _, n in got] == [("DPRK", "denied", 1)] and "deployment" in got[0][2]


MOD_UK = (
    "Kursk brief\n\nPublished 4 February 2025\n\nThe Ministry of Defence of the United Kingdom said on 3 February "
    "that North Korean forces in the Kursk region had suffered more than 4,000 killed or wounded since their "
    "deployment.\n"
)


def test_a_claimant_spelled_with_an_actors_words_in_another_order_is_that_actor() -> None:
    """(#10) "Ministry of Defence of the United Kingdom" was printed as a new actor, with an id the
    database never gives: the review page maps it to "UK Ministry of Defence" (the same words,
    spelling folded), and the saved claim got that actor's id. The extractor now takes the one
    actor whose name or alias has exactly those words."""
    got = extract(MOD_UK)
    assert [c["claimant"] for c in got.claims] == ["UK Ministry of Defence"]
    assert got.new_actors == []


def test_words_that_fit_no_actor_or_several_stay_a_new_actor() -> None:
    # (negative) a ministry of no named country is no actor of the file
    got = extract(
        MOD_UK.replace("Ministry of Defence of the United Kingdom", "Ministry of Defence of Freedonia")
    )
    assert [a["name"] for a in got.new_actors] == ["Ministry of Defence of Freedonia"]


PAGE = """<html><head><title>NIS: 300 North Korean soldiers killed</title>
<meta property="og:site_name" content="Example Wire">
{meta}
</head><body><article><h1>NIS: 300 North Korean soldiers killed</h1>
<p>South Korea's National Intelligence Service said on Monday that about 300 North Korean soldiers had been
killed and 2,700 wounded in Russia's Kursk region, according to lawmakers briefed by the agency.</p>
<p>The agency said the soldiers had been deployed to the front line in December and that losses rose sharply
in recent weeks, as units were sent into open fields without support.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            '<meta property="article:published_time" content="2025-01-13T03:30:00+09:00">',
            "2025-01-13T03:30+09:00",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-01-13T09:30:00-05:00"}</script>',
            "2025-01-13T09:30-05:00",
        ),
        ('<meta itemprop="datePublished" content="2025-01-13T03:30:00Z">', "2025-01-13T03:30+00:00"),
        ('<meta property="article:published_time" content="2025-01-13">', "2025-01-13"),
    ],
)
def test_a_pages_publication_time_keeps_its_offset(meta: str, expected: str) -> None:
    """(#1) A page's `article:published_time` of 03:30 in Seoul became "2025-01-13", the time lost
    (trafilatura gives the day alone): in UTC it is 18:30 the day before."""
    from etl.extract.inputs import extract_source, html_to_source

    src = html_to_source(PAGE.format(meta=meta), "nis.html")
    assert extract_source(src).document["published_at"] == expected


@pytest.mark.parametrize(
    "tail",
    [
        "bringing the total since their deployment to more than 4,000 killed or wounded",
        "bringing the total since they were first deployed to over 4,000 killed or wounded",
        "taking the toll to more than 4,000 killed or wounded",
    ],
)
def test_a_total_a_new_figure_brings_the_count_to_is_cumulative(tail: str) -> None:
    """(#7) "…, bringing the total since their deployment to more than 4,000 killed or wounded"
    was a period figure of the statement's day: 4,000 in one day on the chart."""
    text = (
        "Kursk brief\n\nPublished 4 February 2025\n\nAccording to Britain's Ministry of Defence, North Korean "
        "forces in the Kursk region had suffered an estimated 1,000 to 1,500 casualties between 1 and 31 January "
        f"2025, {tail}, the ministry said in its daily intelligence update on 3 February.\n"
    )
    by_value = {c["value_low"]: c for c in extract(text).claims}
    assert (by_value[4000]["basis"], by_value[4000]["qualifier"]) == ("cumulative", "over")
    assert (by_value[4000]["period_start"], by_value[4000]["period_end"]) == ("", "")
    # (negative) January's figure keeps its month
    assert (by_value[1000]["basis"], by_value[1000]["period_start"]) == ("period", "2025-01-01")


@pytest.mark.parametrize("line", ["{url}", "Source: {url}", "Read more: {url}"])
def test_a_reports_own_link_on_a_line_of_its_own_is_its_documents_url(line: str) -> None:
    """(#11) A link on a line of its own was read as the report's (the layout kept it) but never
    reached the document: its URL was empty."""
    url = "https://www.reuters.com/world/europe/hur-300-north-koreans-2024-12-20/?utm_source=tg&id=7"
    text = (
        "KYIV, Dec. 20, 2024 (Reuters) - Ukraine's military intelligence (HUR) said on Friday that at least "
        "300 North Korean soldiers had been killed in the Kursk region.\n\n" + line.format(url=url) + "\n"
    )
    assert extract(text).document["url"] == url


TABLE_PAGE = """<html><head><title>Kursk tracker: week 7</title>
<meta property="og:site_name" content="Frontline Monitor">
<link rel="canonical" href="https://monitor.example.org/view.php?ud=2025021&amp;utm_source=x&amp;kr=1#top">
<meta property="article:published_time" content="2025-02-10">
</head><body><article><h1>Kursk tracker: week 7</h1>
<p>Our weekly list of the figures the parties have claimed for North Korean troops in the Kursk region follows.
We update it every Monday with the latest statements from officials in Kyiv, Seoul and Washington.</p>
<table><tr><th>Date said</th><th>Claimant</th><th>Figure</th><th>Channel</th></tr>
<tr><td>2025-02-06</td><td>HUR</td><td>at least 4,000 killed or wounded</td><td>Telegram</td></tr>
<tr><td>2025-02-07</td><td>Pentagon</td><td>up to 4,500 killed or wounded</td><td>briefing</td></tr>
</table>
<p>Figures are as claimed and have not been verified by the monitor or anyone else.</p>
<table><tr><th>Index</th><th>Close</th></tr><tr><td>KOSPI</td><td>2,521</td></tr><tr><td>Nikkei</td><td>38,801</td></tr></table>
</article></body></html>"""


def test_a_pages_figures_in_a_table_are_read_and_its_canonical_link_kept_as_written() -> None:
    """(#8) A tracker page whose figures sit only in a <table> gave "No claims found" (its tables
    were left out), and its canonical link lost a parameter and the order of the rest."""
    from etl.extract.inputs import extract_source, html_to_source

    got = extract_source(html_to_source(TABLE_PAGE, "tracker.html"))
    assert [
        (c["claimant"], c["value_low"], c["value_high"], c["qualifier"], c["stated_on"]) for c in got.claims
    ] == [
        ("Defense Intelligence of Ukraine (HUR)", 4000, None, "at_least", "2025-02-06"),
        ("US Department of Defense", None, 4500, "up_to", "2025-02-07"),
    ]  # (negative: the markets table's closes are no claims)
    assert got.document["url"] == "https://monitor.example.org/view.php?ud=2025021&utm_source=x&kr=1#top"


@pytest.mark.parametrize("stamp", ["2024/12/16 09:00 KST", "2024.12.16 09:00", "16.12.2024 09:00"])
def test_a_wires_dateline_without_its_year_is_no_guess_when_its_foot_gives_the_day(stamp: str) -> None:
    """(#12) "SEOUL, Dec. 16 (Yonhap)" over a story ending "2024/12/16 09:00 KST" was said to give
    no year, and the review page asked the analyst to check a year the text writes."""
    text = (
        "N. Korean losses\n\nSEOUL, Dec. 16 (Yonhap) -- South Korea's National Intelligence Service said on "
        f"Monday that at least 100 North Korean soldiers have been killed in Russia's Kursk region.\n\n(END)\n{stamp}\n"
    )
    got = extract(text)
    assert (got.document["published_at"][:10], got.year_guessed) == ("2024-12-16", False)
    # (negative) without the foot the year is still a guess
    assert extract(text.replace(stamp, "")).year_guessed


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("under 300", (None, 300, "up_to")),
        ("below 300", (None, 300, "up_to")),
        ("at least 300 and possibly as many as 500", (300, 500, "range")),
        ("at least 300 but perhaps up to 500", (300, 500, "range")),
        ("300-plus", (300, None, "over")),
    ],
)
def test_a_bound_in_words_stays_a_bound(words: str, expected: tuple[object, ...]) -> None:
    """(#3) "under 300" was an exact 300, and "at least 300 and possibly as many as 500" lost its
    lower bound ("up to 500")."""
    text = (
        "NIS update\n\nSEOUL, Jan. 13, 2025 (Yonhap)\n\nSouth Korea's National Intelligence Service said on "
        f"Monday that {words} North Korean soldiers had been killed in the Kursk region.\n"
    )
    assert [(c["value_low"], c["value_high"], c["qualifier"]) for c in extract(text).claims] == [expected]


def test_under_before_an_age_or_a_word_is_no_bound() -> None:
    # (negative) "children under 18", "under fire" give no figure
    text = (
        "NIS update\n\nSEOUL, Jan. 13, 2025 (Yonhap)\n\nSouth Korea's National Intelligence Service said on "
        "Monday that about 300 North Korean soldiers had been killed under fire, and that children under 18 "
        "were evacuated from Sudzha.\n"
    )
    assert [(c["value_low"], c["qualifier"]) for c in extract(text).claims] == [(300, "about")]


@pytest.mark.parametrize(
    ("link", "channel"),
    [
        ("(https://t.me/DIUkraine/5023)", "Telegram"),
        ("(t.me/DIUkraine/5023)", "Telegram"),
        ("(https://x.com/DefenceHQ/status/1870)", "social media"),
        ("(https://www.facebook.com/GeneralStaff.ua/posts/1)", "social media"),
        # (QA pass 43) mobile and short hosts, another case, telegram.me
        ("(https://m.facebook.com/GeneralStaff.ua/posts/1)", "social media"),
        ("(https://web.facebook.com/GeneralStaff.ua/posts/1)", "social media"),
        ("(https://mobile.twitter.com/DefenceHQ/status/1870)", "social media"),
        ("(https://fb.com/GeneralStaff.ua/posts/1)", "social media"),
        ("(HTTPS://T.ME/DIUkraine/5023)", "Telegram"),
        ("(https://telegram.me/DIUkraine/5023)", "Telegram"),
        ("(https://X.com/DefenceHQ/status/1870)", "social media"),
        ("", ""),  # no link, no channel said: none is guessed
        ("(https://kyivindependent.com/t.me/x)", ""),  # a path that merely contains "t.me/"
        ("(contact: press@t.me/x)", ""),  # no link of a post
    ],
)
def test_a_posts_link_in_the_claims_sentence_names_its_channel(link: str, channel: str) -> None:
    """(#11) "HUR said on Monday that at least 30 … (https://t.me/DIUkraine/5023)." was proposed
    with no channel: the post's own link says where the claim was made."""
    text = (
        "Kyiv Independent\nDecember 16, 2024\n\nUkraine's military intelligence (HUR) said on Monday that at "
        "least 30 North Korean soldiers were killed or wounded near Plekhovo on Dec. 14 and 15 "
        f"{link}.\n"
    ).replace(" .\n", ".\n")
    got = [(c["value_low"], c["channel"]) for c in extract(text).claims]
    assert got == [(30, channel)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ukraine's military intelligence said on Telegram that at least 30 North Korean soldiers were killed.",
            "en",
        ),
        (
            "Головне управління розвідки повідомило, що щонайменше 30 північнокорейських військових були вбиті.",
            "uk",
        ),
        (
            "Министерство обороны России сообщило, что подразделения группировки войск «Север» освободили село.",
            "ru",
        ),
        ("북한군 사상자가 3000명을 넘었다고 국가정보원이 밝혔다.", "ko"),
        ("北朝鮮兵の死傷者は3000人を超えたと韓国軍が発表した。", "ja"),
        (
            "Der ukrainische Militärgeheimdienst teilte mit, dass mindestens 30 nordkoreanische Soldaten "
            "getötet oder verwundet wurden, die Verluste sind nicht bestätigt.",
            "de",
        ),
        (
            "Selon le renseignement ukrainien, au moins 30 soldats nord-coréens ont été tués ou blessés "
            "dans la région de Koursk, et les pertes sont lourdes pour le pays.",
            "fr",
        ),
        # an English page quoting a Russian sentence and a link stays English
        (
            'The ministry said: "Мы не комментируем эти цифры" (https://t.me/mod_russia/1) and declined to '
            "comment on the figures for the region, the agency said.",
            "en",
        ),
        ("", "en"),
    ],
    ids=["en", "uk", "ru", "ko", "ja", "de", "fr", "en-quoting-ru", "empty"],
)
def test_a_reports_language_is_guessed_from_its_words(text: str, language: str) -> None:
    """(#12) Every review save wrote language "en", a Russian or Korean page included: the
    extractor proposes the page's language for the document row."""
    assert extract(f"Outlet\nDecember 16, 2024\n\n{text}\n").document["language"] == language


_CUT = (
    "ISS Briefing Note 14/2024\n16 December 2024\n\n"
    "Ukraine's military intelligence (HUR) said on Monday that at least 30 North Korean soldiers were "
    "killed or wounded\n{furniture}\nnear Plekhovo on Dec. 14 and 15. Russia did not comment.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Page 2 of 6",
        "ISS Briefing Note 14/2024                                   Page 2 of 6",
        "- 2 -\n\nISS Briefing Note 14/2024",  # the footer, then the next page's header (as on page 1)
        "2 | 6",
        # (QA pass 43) a page's number alone as text tools copy it, pdftotext's form feed too
        "2",
        "\f",
        "2\f",
        "\f2",
        "2/6",
        "[2]",
        "p. 2",
        "2\n\nISS Briefing Note 14/2024",
    ],
)
def test_a_page_break_inside_a_sentence_loses_neither_the_claim_nor_its_quote(furniture: str) -> None:
    """(#12) Text copied out of a PDF: a page's footer between the two halves of the claim's
    sentence cut it in two, and the claim was lost (kept in the quote, the footer read as HUR's
    words)."""
    claims = extract(_CUT.format(furniture=furniture)).claims
    assert [(c["value_low"], c["qualifier"], c["places"], c["period_start"]) for c in claims] == [
        (30, "at_least", "Plekhovo", "2024-12-14")
    ]
    assert "Page" not in claims[0]["quote"] and "|" not in claims[0]["quote"]
    assert claims[0]["quote"].endswith("near Plekhovo on Dec. 14 and 15.")


def test_a_page_number_after_a_finished_sentence_or_in_prose_changes_nothing() -> None:
    """A page number after a sentence that ended, or one that prose names, joins nothing."""
    text = (
        "Briefing Note\n16 December 2024\n\nHUR said on Monday that at least 30 North Korean soldiers were "
        "killed or wounded near Plekhovo.\nPage 2 of 6\nRussia did not comment. The table on\npage 4\n"
        "Kirby said on Monday that North Korean troops were fighting.\n"
    )
    from etl.extract.document import _lift_page_furniture

    lines = text.splitlines()
    assert _lift_page_furniture(lines) == lines  # "page 4" is followed by a capital: no break
    # (QA pass 43) a number alone after "at least" is the sentence's figure, not a page's number
    figure = ["HUR said on Monday that at least", "30", "soldiers were killed near Plekhovo."]
    assert _lift_page_furniture(figure) == figure
    claims = extract(text).claims
    assert [(c["value_low"], c["qualifier"]) for c in claims] == [(30, "at_least")]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1/3 of the North Korean troops were killed or wounded, Ukraine's military intelligence said on Monday.",
        "Ukraine's military intelligence said on Monday that 2/3 of the North Korean soldiers were killed or wounded.",
    ],
)
def test_a_fraction_of_the_troops_is_a_share_never_a_count(sentence: str) -> None:
    """(QA pass 43) "About 1/3 of the North Korean troops were killed or wounded" was proposed as
    exactly 3 killed: the denominator read as a count."""
    claims = extract(f"Kyiv Post\nDecember 16, 2024\n\n{sentence}\n").claims
    assert all(c["value_low"] is None and c["value_high"] is None for c in claims), claims
    assert not any(c["value_low"] in (1, 2, 3) or c["value_high"] in (1, 2, 3) for c in claims)


def test_a_count_beside_a_slashed_date_is_still_read() -> None:
    """The slash rule takes nothing from a figure next to a date: "on 12/16 that 30 …"."""
    text = (
        "Kyiv Post\nDecember 16, 2024\n\nUkraine's military intelligence said on 12/16 that 30 North Korean "
        "soldiers were killed or wounded.\n"
    )
    assert [(c["value_low"], c["stated_on"]) for c in extract(text).claims] == [(30, "2024-12-16")]
