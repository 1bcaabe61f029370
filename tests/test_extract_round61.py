"""Round 61 (session 32): email threads as analysts forward them (set 204, scored blind by the
starting rules: numeric F1 0.657) and structured data copied from web pages and tools (set 201:
0.767). Both were read once scored.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

import json
import time

from etl.extract import extract
from etl.extract.dates import parse_date_line
from etl.extract.document import _join_lower_runs
from etl.extract.markup import _final_wording, plain_text
from tests.helpers import numeric_claims, one_claim, read_numeric


def _dated(text: str) -> list[tuple[str, int | None, str]]:
    """(claimant, low figure, day stated) of each figure extracted from `text`."""
    return sorted((c["claimant"], c["value_low"], c["stated_on"]) for c in numeric_claims(text))


# ----------------------------------------------------------------- email threads
NESTED = """From: "Desk lead" <lead@example.org>
Subject: RE: Kursk numbers for the weekly
Date: Mon, 31 Mar 2025 08:10:00 +0100

All three threads below, newest first.

> From: Analyst Two
> Date: Fri, 28 Mar 2025 17:02
>
> UK Defence Intelligence said in its update on X today that North Korean
> forces have suffered more than 5,000 casualties in Kursk Oblast.
>
> > From: Analyst One
> > Date: Thu, 27 Mar 2025 09:40
> >
> > South Korea's Joint Chiefs of Staff said this morning that North Korean
> > casualties in Kursk now stand at around 4,000.
"""


def test_every_level_of_a_threads_quote_marks_is_read_and_each_message_keeps_its_day() -> None:
    """ "> > South Korea's Joint Chiefs …" kept one ">" and was never read; "today" and "this
    morning" count from each quoted message's own "Date:"."""
    assert _dated(NESTED) == [
        ("Joint Chiefs of Staff (South Korea)", 4000, "2025-03-27"),
        ("UK Ministry of Defence (Defence Intelligence)", 5000, "2025-03-28"),
    ]


MUTT = """Subject: Re: Kirby figure
Date: Mon, 30 Dec 2024 09:00:00 +0100
From: Desk <desk@example.org>

Back at my desk; both lines are in the tracker.

On 27 Dec 2024, at 22:15, Field Analyst <field.analyst@example.org> wrote:
>> John Kirby told the White House press briefing this afternoon that North
>> Korean troops in Kursk took about a thousand killed or wounded in the last
>> week alone, in massed assaults on foot. Russia's mission to the UN said it
>> had nothing to add; the briefing ran well past its scheduled half hour.
>>
>> The rest of the briefing was about the budget and the weather in the
>> capital, which kept the press corps indoors for most of the afternoon and
>> pushed the evening call with the Seoul office back by an hour, so the note
>> for the morning meeting goes out late; the tracker rows are already in and
>> the sources are saved in the shared folder with the usual file names.
"""


def test_a_replys_on_date_wrote_line_dates_the_message_it_quotes_whatever_its_quote_marks() -> None:
    """Mail clients quote with ">>" and put the quoted message's day in "On …, X wrote:" (ten
    words and a colon had read as a sentence introducing a list, not as a header)."""
    kirby = one_claim(MUTT, 1000)
    assert kirby["claimant"] == "John Kirby (White House National Security Council)"
    assert kirby["stated_on"] == "2024-12-27"


def test_a_quoted_lists_indented_lines_are_read_with_their_item() -> None:
    text = (
        "Date: Thu, 23 Jan 2025 11:00:00 +0200\n\n"
        "Comments under your list.\n\n"
        "On 22.01.2025 18:04, Research Desk wrote:\n"
        "> For the Friday reconciliation, two items with their sources in the\n"
        "> shared folder, as we discussed on the call this morning:\n"
        ">\n"
        "> 1. Western officials briefing the BBC anonymously today: about 1,000\n"
        ">    North Korean soldiers killed in Kursk by the middle of January, by\n"
        ">    their count of the dead alone.\n"
        "> 2. Zelenskyy in his nightly video address of 6 January: more than\n"
        ">    38,000 Russian soldiers lost in Kursk, by his count of the losses.\n"
    )
    got = _dated(text)
    assert ("Western officials", 1000, "2025-01-22") in got
    assert ("Volodymyr Zelenskyy", 38000, "2025-01-06") in got


def test_an_inline_replys_own_words_count_from_the_replys_day_again() -> None:
    text = (
        "Subject: Re: numbers for the note\n"
        "Date: Fri, 20 Dec 2024 07:58:31 -0500\n\n"
        "Replies inline.\n\n"
        "On Thu, Dec 19, 2024 at 8:10 AM Second Analyst <second@example.org> wrote:\n"
        "> Andrii Kovalenko of the Center for Countering Disinformation said\n"
        "> yesterday that North Korean losses in Kursk have already exceeded 200.\n\n"
        "Keep his as a separate line.\n\n"
        "New since you wrote: Pat Ryder told the Pentagon briefing yesterday that there were "
        "several hundred North Korean casualties in Kursk.\n"
    )
    got = _dated(text)
    assert ("Andrii Kovalenko (Center for Countering Disinformation)", 200, "2024-12-18") in got
    assert ("Pat Ryder (US Department of Defense)", 200, "2024-12-19") in got  # "several hundred"


def test_a_korean_mail_clients_date_header_dates_the_page() -> None:
    """ "보낸 날짜: 2025년 1월 14일 화요일 오전 8:20": with no date read, the report was dated by
    the case's last days (October 2025)."""
    assert parse_date_line("2025년 1월 14일 화요일 오전 8:20") is not None
    text = (
        "보낸 사람: Desk <desk@example.kr>\n"
        "보낸 날짜: 2025년 1월 14일 화요일 오전 8:20\n"
        "제목: RE: NIS\n\n"
        "The NIS told lawmakers at a closed-door briefing yesterday that about 300 North Korean "
        "soldiers have been killed in Kursk so far.\n"
    )
    assert one_claim(text, 300)["stated_on"] == "2025-01-13"


def test_a_captions_speaker_mark_and_a_quote_posts_mark_lose_one_level_as_before() -> None:
    """Negatives: with no "wrote:" line and no quoted header, a live caption's ">>" keeps one
    ">" (the reader's mark of a change of speaker) and a quote-post's "> " goes."""
    assert plain_text("a\n> Volodymyr Zelenskyy @ZelenskyyUa\n> words\n") == (
        "a\nVolodymyr Zelenskyy @ZelenskyyUa\nwords\n"
    )
    assert (
        plain_text("a\n>> NEXT SPEAKER: hello\n>> more words\n") == "a\n> NEXT SPEAKER: hello\n> more words\n"
    )


# ----------------------------------------------------------------- structured data
def test_a_news_apis_json_response_is_read_as_its_article() -> None:
    """The article's text sits in an escaped string ("\\n\\n", "\\u2019") among ids, scores and
    image sizes; it was read as one long line of JSON and gave no figure."""
    api = {
        "status": "ok",
        "totalResults": 1,
        "results": [
            {
                "article_id": "a91d04e4be1a0c55",
                "title": "Seoul puts North Korean casualties at 1,100",
                "pubDate": "2024-12-23 06:41:27",
                "source_priority": 18342,
                "image_url": "https://example.org/img/1280x720.jpg",
                "content": "South Korea\u2019s Joint Chiefs of Staff said on Monday that around 1,100 "
                "North Koreans had been killed or wounded in Kursk.\n\nUkraine\u2019s Special "
                "Operations Forces said on Telegram on Monday that they had killed 77 North Korean "
                "soldiers over three days of fighting in the Kursk region.\n\nThe agency gave no "
                "breakdown of the 240mm rocket launchers it said were being supplied.",
                "sentiment_stats": {"negative": 71.3, "neutral": 26.6},
            }
        ],
        "nextPage": "1734937287310845021",
    }
    api["results"][0]["content"] += " [+2700 chars]"  # (QA pass 29: a news API's cut mark)
    got = numeric_claims(json.dumps(api, indent=2))
    assert "chars]" not in plain_text(json.dumps(api))
    assert [(c["claimant"], c["value_low"], c["stated_on"]) for c in got] == [
        ("Joint Chiefs of Staff (South Korea)", 1100, "2024-12-23"),
        ("Special Operations Forces of Ukraine (SSO)", 77, "2024-12-23"),
    ]


def test_a_cms_exports_rendered_html_and_a_search_hit_are_read_as_articles() -> None:
    wordpress = [
        {
            "id": 48213,
            "date": "2025-03-13T21:47:10",
            "title": {"rendered": "Budanov: about 4,000 North Korean casualties"},
            "content": {
                "rendered": "<p>Ukraine\u2019s military intelligence chief Kyrylo Budanov said on "
                "Thursday that about 4,000 North Korean soldiers had been killed or wounded in "
                "Kursk.</p>\n<p>Sudzha, a town of about 5,000 people before the war, lies nearby.</p>"
            },
        }
    ]
    hit = {
        "took": 14,
        "hits": {
            "total": {"value": 1},
            "hits": [
                {
                    "_id": "nw-0457",
                    "_score": 11.372,
                    "_source": {
                        "outlet": "Northwatch",
                        "published": "2025-09-02T18:40:00+09:00",
                        "title": "Seoul: about 2,000 North Koreans killed",
                        "body": "The National Intelligence Service told lawmakers on Tuesday that "
                        "around 2,000 North Korean soldiers had been killed in the Kursk fighting.",
                        "view_count": 2291,
                    },
                }
            ],
        },
    }
    budanov = one_claim(json.dumps(wordpress), 4000)
    assert (budanov["claimant"], budanov["stated_on"]) == ("Kyrylo Budanov (HUR)", "2025-03-13")
    nis = one_claim(json.dumps(hit, indent=2), 2000)
    assert (nis["claimant"], nis["stated_on"]) == (
        "National Intelligence Service (South Korea)",
        "2025-09-02",
    )
    assert extract(json.dumps(hit)).document["published_at"].startswith("2025-09-02")


def test_a_chat_export_stays_a_chat_and_json_without_an_article_is_left_as_it_is() -> None:
    """Negatives: Telegram's result.json (its messages' "text" is no article) is still read as
    stamped messages; JSON with no prose (a config, a list of numbers) is not rewritten."""
    chat = {
        "name": "Kursk watch",
        "messages": [
            {
                "id": 1,
                "date": "2024-12-17T09:12:00",
                "from": "Kursk watch",
                "text": "HUR said on Telegram that at least 30 North Korean soldiers were killed or "
                "wounded near Plekhovo on December 14 and 15.",
            }
        ],
    }
    assert "[2024-12-17 09:12] Kursk watch:" in plain_text(json.dumps(chat))
    config = json.dumps({"width": 1280, "height": 720, "ids": [1, 2, 3]})
    assert plain_text(config) == config


def test_a_numbered_items_lettered_sub_items_stay_items_of_their_own() -> None:
    """Negative of the hanging indent (the first run of round 61 joined them into their item, and
    a dev INTSUM's second figure went to the wrong line): "  a. …" under "1. (U) NIS, …:"."""
    lines = [
        "1. (U) NIS, closed-door briefing to the National Assembly, TUE 02 SEP, relayed by Rep. LEE:",
        "  a. around 2,000 DPRK soldiers killed in KURSK to date;",
        '  b. around 1,000 combat engineers of the third deployment "have arrived in Russia".',
        "2. (U) Background claims, summer",
        "   and their grading.",
    ]
    assert _join_lower_runs(lines) == [*lines[:3], "2. (U) Background claims, summer and their grading."]


# ----------------------------------------------------------------- set 202: long pages of briefs
def test_it_after_a_semicolon_and_a_lower_case_day_is_the_body_named_before_the_semicolon() -> None:
    """ "…; on Wednesday it had told MPs …" went to the body of the sentence before (a defence
    website) because the day in lower case after a semicolon hid the pronoun."""
    text = (
        "A defence website, Global Defense Corp, claimed on Sunday that about 500 North Korean soldiers "
        "were killed when missiles hit a command post in the Kursk region. South Korea's National "
        "Intelligence Service said it was checking reports of casualties; on Wednesday it had told MPs "
        "in Seoul that more than 11,000 North Korean troops had been deployed to the Kursk region."
    )
    got = read_numeric(text)
    assert ("National Intelligence Service (South Korea)", "troops_deployed", 11000, None, "over") in got
    assert ("Global Defense Corp", "killed", 500, 500, "about") in got
    assert not [r for r in got if r[0] == "Global Defense Corp" and r[2] == 11000]


def test_a_map_showing_forces_holding_an_area_is_the_maps_makers_figure() -> None:
    got = read_numeric(
        "DeepState's map on Thursday showed Ukrainian forces holding 140 square kilometres of Kursk Oblast."
    )
    assert got == [("DeepState", "area_held_km2", 140, 140, "exact")]
    # whose map: the maker named after "published by", not the nation its apposition names
    got = read_numeric(
        "A map published Thursday by DeepState, a Ukrainian open-source monitoring group, showed "
        "Ukrainian forces holding 140 square kilometers of the Kursk region."
    )
    assert got == [("DeepState", "area_held_km2", 140, 140, "exact")]
    # negative: a map showing something with a number that is no area
    assert (
        read_numeric("DeepState's map on Thursday showed Ukrainian forces holding 14 villages near Sudzha.")
        == []
    )


# ----------------------------------------------------------------- QA pass 27's leftovers
def test_a_plain_diffs_old_lines_go_and_its_new_lines_are_read() -> None:
    """`diff`'s normal output ("3c3", "< old", "---", "> new"): the withdrawn 3,000 had been read
    beside the corrected 300 (unified diffs were read since round 60)."""
    text = (
        "Desk note, 14 January 2025. Diff of our tracker line against the corrected version.\n\n"
        "3c3\n"
        "< The NIS told lawmakers on Monday that about 3,000 North Korean soldiers had been killed in Kursk.\n"
        "---\n"
        "> The NIS told lawmakers on Monday that about 300 North Korean soldiers had been killed in Kursk.\n\n"
        "Nothing else changed.\n"
    )
    assert [c["value_low"] for c in numeric_claims(text)] == [300]
    # negatives: "<" and ">" lines under no hunk header, and a hunk header with no such lines,
    # are left as they are
    for kept in ("3 items\n< about 3,000\n---\n> about 300\n", "12c12\nAbout 3,000 troops.\n"):
        assert _final_wording(kept) == kept


# ----------------------------------------------------------------- QA pass 29
def test_a_graphql_body_object_deep_nesting_and_a_long_list_of_ids_are_read_safely() -> None:
    """An article whose body is {"text": …} lost its headline and date; 45 KB of nested brackets
    ended in a RecursionError traceback; 2,000 ids took 4 s (5,000: 31 s) in two number patterns
    that ran over the whole list from every digit."""
    graphql = {
        "data": {
            "article": {
                "headline": "Seoul: around 2,000 North Koreans killed",
                "publishedAt": "2025-09-02T18:40:00+09:00",
                "body": {
                    "text": "The National Intelligence Service told lawmakers on Tuesday that around "
                    "2,000 North Korean soldiers had been killed in the Kursk fighting."
                },
            }
        }
    }
    nis = one_claim(json.dumps(graphql), 2000)
    assert nis["stated_on"] == "2025-09-02"
    assert extract("[" * 20000 + "]" * 20000).claims == []
    ids = "Desk note, 14 January 2025.\n\nRow ids: " + ", ".join(str(i) for i in range(5000)) + ".\n"
    started = time.monotonic()
    assert numeric_claims(ids + "\nThe NIS said about 300 North Korean soldiers had been killed.\n")
    assert time.monotonic() - started < 5


def test_a_bottom_post_a_wrapped_gmail_attribution_and_mutts_attribution_date_their_messages() -> None:
    """(QA pass 29) A reply below a one-line quote was dated by the quoted message (one "> " line
    was not read as a quote); Gmail's "On …, X <…>" wrapped before "wrote:" and mutt's "* X <…>
    [2025-01-12 09:15]:" left the quoted messages dated by the reply."""
    head = "From: Desk <desk@example.org>\nDate: Mon, 13 Jan 2025 17:40:00 +0900\nSubject: Re: numbers\n\n"
    zel = (
        "Yesterday Zelenskyy said on social media that two North Korean soldiers had been captured in Kursk."
    )
    nis = "And today the National Intelligence Service told lawmakers that about 300 North Korean soldiers have been killed."
    bottom = (
        head + f"On Sun, 12 Jan 2025 at 09:15, Field <field@example.org> wrote:\n> {zel}\n\nThanks. {nis}\n"
    )
    wrapped = (
        head + f"{nis}\n\nOn Sun, Jan 12, 2025 at 9:15 AM Field <field.desk@example.org>\nwrote:\n> {zel}\n"
    )
    mutt = head + f"{nis}\n\n* Field <field@example.org> [2025-01-12 09:15]:\n> {zel}\n"
    for text in (bottom, wrapped, mutt):
        got = {c["claimant"]: c["stated_on"] for c in extract(text).claims}
        assert got == {
            "Volodymyr Zelenskyy": "2025-01-11",
            "National Intelligence Service (South Korea)": "2025-01-13",
        }, text


# ----------------------------------------------------------------- a mail's title (QA pass 29)
OUTLOOK_MAIL = """From: Jane Analyst <jane@example.org>
Sent: Tuesday, January 14, 2025 9:12 AM
To: desk@example.org
Subject: RE: FW: HUR: 30 North Korean soldiers killed near Plekhovo

Team,

Ukraine's Defense Intelligence (HUR) said on Telegram on Monday that at least 30 North Korean
soldiers were killed near Plekhovo.

Jane
"""


def test_a_mails_title_is_its_subject_without_reply_marks_never_its_from_line() -> None:
    """A mail's title was its "From: Name <address>" line (an address in the documents table)."""
    assert extract(OUTLOOK_MAIL).document["title"] == "HUR: 30 North Korean soldiers killed near Plekhovo"
    korean = OUTLOOK_MAIL.replace("Subject: RE: FW: ", "제목: 답장: ")
    assert extract(korean).document["title"] == "HUR: 30 North Korean soldiers killed near Plekhovo"
    no_subject = extract(
        OUTLOOK_MAIL.replace("Subject: RE: FW: HUR: 30 North Korean soldiers killed near Plekhovo\n", "")
    )
    assert no_subject.document["title"] == ""  # (the analyst fills it in; never the sender's address)
    assert no_subject.document["published_at"] == "2025-01-14T09:12"


def test_a_web_page_whose_headline_starts_like_a_mail_field_keeps_it_as_its_title() -> None:
    page = (
        "Subject: Kursk offensive stalls as North Korean units rotate out\n\n"
        "Ukraine's General Staff said on Monday that Russian forces lost 1,200 soldiers in the past day.\n"
    )
    assert (
        extract(page).document["title"] == "Subject: Kursk offensive stalls as North Korean units rotate out"
    )


def test_an_afternoon_time_written_before_the_hour_in_korean_japanese_or_chinese_is_pm() -> None:
    """(QA pass 29) "오후 3:12" (3:12 PM) was read as 03:12, and a date in 년/월/일 lost its time."""
    assert str(parse_date_line("2025. 1. 14. 오후 3:12")) == "2025-01-14 15:12:00"
    assert str(parse_date_line("보낸 날짜: 2025년 1월 14일 화요일 오후 3:12")) == "2025-01-14 15:12:00"
    assert str(parse_date_line("2025年1月14日 午後3:12")) == "2025-01-14 15:12:00"
    assert str(parse_date_line("2025년 1월 14일 오전 9:05")) == "2025-01-14 09:05:00"
    assert str(parse_date_line("2025年1月14日 上午12:30")) == "2025-01-14 00:30:00"
    assert str(parse_date_line("Jan. 14, 2025 3:12 pm")) == "2025-01-14 15:12:00"
