"""Round 47 (session 24): an analyst's clip file of posts, each under a one-line head naming its
number, account, platform, day and time ("[2] HUR · Telegram · Sat 14 Dec · 18:05").

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract

CLIPS = (
    "CLIPS: North Korean troops in Kursk, week 52\n"
    "M. Lindqvist · compiled Mon 23 Dec 2024, 08:10 CET\n\n"
    "[1] Yuri Podolyaka (Russian blogger) · Telegram · Wed 18 Dec · 22:15\n"
    "Our neighbours in Kursk are holding well; the enemy left the field near Kremyanoye.\n\n"
    "→ no figures. Unofficial, as ever.\n\n"
    "[2] HUR · Telegram · Fri 20 Dec · 17:40\n"
    "Since December 14 at least 200 North Korean servicemen have been killed on the Kursk front.\n\n"
    "→ a running total, not the week alone.\n\n"
    "[3] @kursk_watcher · X · Sat 21 Dec · 09:05\n"
    "Kremlin declined to comment on the Ukrainian intelligence figure.\n\n"
    "[4] @armchair_general · X · Sun 22 Dec · 19:30\n"
    "My own guess: 400 dead at least, and nobody will ever say so.\n"
)


def _claims(text: str) -> list[dict[str, Any]]:
    return extract(text).claims


def _one(text: str, value: int) -> dict[str, Any]:
    """The one claim of `text` whose figure starts at `value` (fails if none or several)."""
    got = [c for c in _claims(text) if c["value_low"] == value]
    assert len(got) == 1, got
    return got[0]


def test_a_clip_head_gives_the_post_below_its_account_and_its_day() -> None:
    """The post under "[2] HUR · Telegram · Fri 20 Dec · 17:40" has no verb of saying: its figure is
    HUR's, stated on the head's day (in the year of the file's own date)."""
    hur = _one(CLIPS, 200)
    assert hur["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (hur["stated_on"], hur["stated_on_precision"]) == ("2024-12-20", "day")
    assert (hur["metric"], hur["subject"], hur["qualifier"]) == ("killed", "DPRK forces", "at_least")


def test_a_clip_of_an_unknown_account_gives_its_numbers_to_nobody() -> None:
    """A commenter's handle is no actor: its own guess ("400 dead at least") is not a claim, and no
    claim names the handle."""
    claims = _claims(CLIPS)
    assert not [c for c in claims if c["value_low"] == 400], claims
    assert not [c for c in claims if "@" in str(c["claimant"])], claims


def test_a_head_dated_after_the_file_is_of_the_year_before() -> None:
    """A clip file compiled on 3 January: "Mon 30 Dec" is last year's December, not next December."""
    text = (
        "CLIPS: Kursk, week 1\n"
        "R. Ortiz · compiled Fri 3 Jan 2025, 10:00 CET\n\n"
        "[1] HUR · Telegram · Mon 30 Dec · 12:05\n"
        "At least 30 North Korean soldiers were killed or wounded near Plekhovo over the weekend.\n\n"
        "[2] @kursk_watcher · X · Tue 31 Dec · 09:05\n"
        "Quiet night on the Sudzha road, as far as anyone can tell.\n"
    )
    hur = _one(text, 30)
    assert (hur["claimant"], hur["stated_on"]) == ("Defense Intelligence of Ukraine (HUR)", "2024-12-30")


def test_a_media_accounts_clip_dates_the_present_tense_by_its_post() -> None:
    """(QA 9) "HUR says …" under "[2] Ukrainska Pravda · Telegram · Fri 20 Dec · 17:40" in a file
    compiled on 23 December was dated the 23rd: the outlet's post said it on the 20th."""
    text = (
        "CLIPS: Kursk, week 52\nM. Lindqvist · compiled Mon 23 Dec 2024, 08:10 CET\n\n"
        "[1] Rybar · Telegram · Wed 18 Dec · 22:15\n"
        "The Ukrainian General Staff claims 200 North Korean soldiers killed; that is a lie.\n\n"
        "[2] Ukrainska Pravda · Telegram · Fri 20 Dec · 17:40\n"
        "HUR says at least 300 North Korean servicemen have been killed on the Kursk front.\n"
    )
    assert _one(text, 300)["stated_on"] == "2024-12-20"
    assert _one(text, 200)["stated_on"] == "2024-12-18"


def test_one_post_head_quoted_in_an_article_dates_nothing() -> None:
    """(QA 9) An article dated 20 December quoting one post head on a line of its own
    ("[2] HUR · Telegram · Sat 14 Dec · 18:05") read its own "on Thursday" against the 14th."""
    text = (
        "Kursk front: what the channels say\n\nPublished 20 December 2024\n\n"
        "Ukraine's military intelligence posted this on its channel last week:\n\n"
        "[2] HUR · Telegram · Sat 14 Dec · 18:05\n\n"
        "Russia's Defence Ministry said on Thursday that 600 Ukrainian soldiers were killed in the "
        "Kursk region over the past day.\n"
    )
    assert _one(text, 600)["stated_on"] == "2024-12-19"


def test_share_furniture_with_platform_names_is_no_clip_head() -> None:
    """ "Share: Facebook · X · Telegram" names platforms but no day and time: the story's own
    dateline still dates its claims."""
    text = (
        "Kyiv Post\n\nHUR: at least 30 North Korean soldiers killed or wounded\n\n"
        "December 16, 2024\n\nShare: Facebook · X · Telegram\n\n"
        "Ukraine's military intelligence (HUR) said on Monday that at least 30 North Korean "
        "soldiers were killed or wounded near Plekhovo on December 14 and 15.\n"
    )
    hur = _one(text, 30)
    assert (hur["claimant"], hur["stated_on"]) == ("Defense Intelligence of Ukraine (HUR)", "2024-12-16")


EXPORT = (
    "Фронт Курщини | Kursk Front\n"
    "Telegram channel · 31,540 subscribers\n\n"
    "18 December\n\n"
    "Forwarded from Defence Intelligence of Ukraine\n"
    "The Kursk front today\n\n"
    "Ukraine's military intelligence said today that at least 200 North Korean servicemen have "
    "been killed in the Kursk region since they entered combat.\n"
    "👁 41.2K  18:05\n\n"
    "19 December\n\n"
    "South Korea's spy agency told lawmakers today that at least 100 North Korean soldiers have "
    "been killed in the fighting.\n"
    "👁 38.9K  11:40\n"
)


def test_an_undated_channel_export_dates_each_post_by_its_day_heading() -> None:
    """A channel's export has no date of its own, only day headings without a year over its posts
    ("18 December", the first among the header lines): each post's "today" is its heading's day, in
    the year the case's days put it (December 2024, not this year's December)."""
    got = {c["value_low"]: c for c in _claims(EXPORT)}
    assert got[200]["claimant"] == "Defense Intelligence of Ukraine (HUR)"
    assert (got[200]["stated_on"], got[200]["stated_on_precision"]) == ("2024-12-18", "day")
    assert got[100]["claimant"] == "National Intelligence Service (South Korea)"
    assert (got[100]["stated_on"], got[100]["stated_on_precision"]) == ("2024-12-19", "day")


def test_a_yearless_date_under_a_blogs_name_is_no_posts_day() -> None:
    """A blog's "25 November" under its name is the page's own date line, not a channel post's day:
    a text naming 2025 elsewhere still dates "On October 28" to the case's October (2024)."""
    text = (
        "DNIPRO POLICY NOTES — Blog\n25 November\n\n"
        "One month of North Korean troops\n\n"
        "On October 28, Pentagon deputy press secretary Sabrina Singh told a press briefing that "
        "North Korea had sent around 10,000 soldiers in total to train in eastern Russia.\n\n"
        "Ukraine's 2025 defence budget, adopted last week, allocates more to security.\n"
    )
    assert _one(text, 10000)["stated_on"] == "2024-10-28"


PANEL = (
    "NIGHT DESK - panel\n"
    "Wednesday 18 December 2024 | 22:05 KST\n"
    "Machine transcript. Not checked against broadcast.\n\n"
    "HOST (JANE ROE): welcome back. two numbers tonight both about Kursk. first this morning "
    "Andrii Kovalenko who heads Ukraine's Centre for Countering Disinformation said North Korean "
    "losses have already exceeded two hundred killed and wounded. second last Thursday the Russian "
    "military blogger Vladimir Romanov wrote on Telegram that more than three hundred Ukrainian "
    "servicemen were killed near Plekhovo. none of it can be checked. we asked Moscow and heard "
    "nothing back.\n\n"
    "ROE: Tom Lee is with us. what do you make of it.\n\n"
    "TOM LEE: the village did change hands. who took it is the question. my own guess is fifteen "
    "hundred dead. that's my count not anybody's official count.\n"
)


def test_a_machine_transcripts_lower_case_sentences_are_read_one_by_one() -> None:
    """A machine transcript starts its sentences in lower case: read as one long sentence, the
    panel's figures all went to the first body it named. Each sentence is now read on its own, and
    "X who heads Y said" (no commas) is X's claim, not Y's."""
    got = {c["value_low"]: c for c in _claims(PANEL)}
    assert got[200]["claimant"] == "Andrii Kovalenko (Center for Countering Disinformation)"
    assert (got[200]["qualifier"], got[200]["stated_on"]) == ("over", "2024-12-18")
    assert got[300]["claimant"] == "Vladimir Romanov (Russian military blogger)"
    assert (got[300]["subject"], got[300]["qualifier"]) == ("Ukrainian forces", "over")
    assert 1500 not in got  # a guest's own guess


def test_a_lower_case_and_goes_on_with_the_sentence_before() -> None:
    """(negative) ". and four thousand casualties in total" continues what the officials say: it is
    not a new sentence with no speaker."""
    text = (
        "EASTERN FRONT podcast\nThursday 23 January 2025\n\n"
        "Speaker 1: so this is the one. yesterday the BBC ran a story where Western officials say about "
        "one thousand North Korean soldiers have been killed in Kursk. and four thousand casualties in "
        "total. they are counting killed wounded missing. it is a big number. it was quiet last week\n"
    )
    got = {c["value_low"]: c["claimant"] for c in _claims(text)}
    assert got.get(1000) == "Western officials" and got.get(4000) == "Western officials", got


def test_an_article_with_a_few_lower_case_starts_is_read_as_before() -> None:
    """(negative) Prose whose sentences start in capitals stays in ordinary mode: "e.g. the" and
    "approx. 300" end nothing, and a lower-case "vs. the" is no sentence end."""
    text = (
        "Kursk losses\n\nKYIV, December 18, 2024\n\n"
        "Ukraine's military intelligence said at least 200 North Korean soldiers were killed in Kursk "
        "region, e.g. near Plekhovo, vs. the few dozen Washington cited. The agency gave no details.\n"
    )
    assert _one(text, 200)["claimant"] == "Defense Intelligence of Ukraine (HUR)"


WHISPER = (
    "LATE SHIFT - hour two\n"
    "auto-transcribed | friday december 20 2024 | 11pm eastern\n\n"
    "[01:02:10] HOST (ANN LEE): welcome back it's friday night and the story this week is north korea "
    "south korea's spy agency the nis told lawmakers on thursday that at least one hundred north "
    "korean soldiers have been killed in the kursk region\n"
    "[01:02:31] HOST (ANN LEE): a hundred dead folks and nearly a thousand wounded the nis said and "
    "russia's mission at the un declined to comment\n"
    "[01:02:52] CALLER (TOM): hey ann i read somewhere it's five thousand of them dead already\n"
    "[01:03:06] HOST (ANN LEE): well tom we can't confirm anything like that the official number is "
    "the one from seoul\n"
)


def test_a_transcript_all_in_lower_case_is_read_with_its_names_and_quoted_as_printed() -> None:
    """Some transcription services print every word in lower case ("the nis told lawmakers"): the
    names were lost as in a line in capitals, and the figures went unread. Such lines are read in
    sentence case with the data files' proper words ("NIS", "Kursk"), and each quote is given back
    exactly as printed, in lower case."""
    claims = _claims(WHISPER)
    got = {c["value_low"]: c for c in claims}
    nis = got[100]
    assert nis["claimant"] == "National Intelligence Service (South Korea)"
    assert (nis["qualifier"], nis["stated_on"]) == ("at_least", "2024-12-19")
    assert "the nis told lawmakers on thursday" in nis["quote"]
    assert all(c["quote"] == c["quote"].lower() for c in claims), [c["quote"] for c in claims]
    assert 5000 not in got  # a caller's own number


def test_an_article_with_one_lower_case_line_is_not_recased() -> None:
    """(negative) A story in ordinary case with one long lower-case line (a pasted handle list, a
    caption) is read as it is."""
    text = (
        "Kursk losses\n\nKYIV, December 18, 2024\n\n"
        "Ukraine's military intelligence said at least 200 North Korean soldiers were killed in Kursk "
        "region in recent weeks, an estimate that could not be verified.\n\n"
        "tags: north korea kursk losses hur estimate december war russia ukraine front line\n"
    )
    assert _one(text, 200)["quote"].startswith("Ukraine's military intelligence said")


def test_a_live_blogs_bare_day_headings_date_their_entries() -> None:
    """(QA 9) A live blog published on 15 March with entries under "14 March" and "13 March": each
    entry's "today" is its heading's day, not the page's."""
    text = (
        "Russia-Ukraine war live: latest updates\nAl Jazeera\nPublished 15 Mar 2025\n\n"
        "14 March\n"
        "Ukraine's military intelligence said today that at least 4,000 North Korean soldiers had been "
        "killed or wounded in Kursk region.\n\n"
        "13 March\n"
        "Russia's Defence Ministry said today that 300 Ukrainian soldiers were killed over the past day.\n"
    )
    assert _one(text, 4000)["stated_on"] == "2025-03-14"
    assert _one(text, 300)["stated_on"] == "2025-03-13"


def test_one_bare_day_line_in_a_dated_article_is_no_entry_heading() -> None:
    """(negative) One "14 March" line in a story dated the 15th is no live blog's heading: "today"
    stays the story's day."""
    text = (
        "Kursk losses\nAl Jazeera\nPublished 15 Mar 2025\n\n"
        "Ukraine's military intelligence said today that at least 4,000 North Korean soldiers had been "
        "killed or wounded in Kursk region.\n\n"
        "14 March\n\n"
        "The figure could not be verified.\n"
    )
    assert _one(text, 4000)["stated_on"] == "2025-03-15"
