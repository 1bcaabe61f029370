"""Round 50 (session 25): live blogs and newsletters (holdout sets 161 and 163, read after scoring),
and QA pass 10's date line with its year glued to the time.

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from etl.extract import extract
from etl.extract.document import split_sentences
from tests.helpers import one_claim

LIVE = (
    "Kursk live: Kyiv and Seoul give their counts\n\n"
    "Harbour Courier\n"
    "Tue 24 Dec 2024 · last update 10.20 CET\n\n"
    "10.20 CET\n"
    "What the counts mean\n"
    "The two figures are hard to reconcile, our correspondent writes.\n\n"
    "Mon 23 Dec 2024 19.40 CET\n"
    "Special forces give their own count\n"
    "Ukraine's Special Operations Forces said on Telegram that they had killed 77 North Korean "
    "soldiers in the Kursk region over three days.\n\n"
    "17.05 CET\n"
    "Zelenskyy: over 3,000\n"
    'Zelenskyy said: "The number of killed and wounded North Korean soldiers in the Kursk region '
    'already exceeds 3,000."\n'
)


def test_a_live_blogs_dated_entry_stamp_dates_its_entry_and_the_bare_stamps_below_it() -> None:
    # "Mon 23 Dec 2024 19.40 CET": the entry's day (and that of "17.05 CET" under it), not the page's
    assert (one_claim(LIVE, 77)["stated_on"], one_claim(LIVE, 77)["stated_on_precision"]) == (
        "2024-12-23",
        "day",
    )
    assert one_claim(LIVE, 3000)["stated_on"] == "2024-12-23"


def test_entries_above_the_dated_stamp_keep_the_pages_day() -> None:
    text = LIVE.replace(
        "The two figures are hard to reconcile, our correspondent writes.",
        "South Korea's Joint Chiefs of Staff said today that about 1,100 North Korean soldiers had been "
        "killed or wounded in Kursk.",
    )
    assert one_claim(text, 1100)["stated_on"] == "2024-12-24"


def test_a_dated_stamp_on_the_pages_own_day_changes_nothing() -> None:
    text = LIVE.replace("Mon 23 Dec 2024 19.40 CET", "Tue 24 Dec 2024 08.40 CET")
    assert one_claim(text, 77)["stated_on"] == "2024-12-24"


def test_a_count_that_rose_to_a_figure_after_a_long_place_phrase_is_read() -> None:
    text = (
        "SEOUL, Sept 2 (Korea Pulse) - The National Intelligence Service told lawmakers today that North "
        "Korean deaths in the Kursk fighting had risen to around 2,000."
    )
    claim = one_claim(text, 2000)
    assert (claim["metric"], claim["qualifier"], claim["basis"]) == ("killed", "about", "cumulative")
    assert claim["claimant"] == "National Intelligence Service (South Korea)"


def test_a_population_that_grew_is_no_count_of_losses() -> None:
    text = "KURSK, March 3 (Wire) - The population of the Kursk border villages had grown to 2,000, officials said."
    assert extract(text).claims == []


def test_who_after_a_names_title_stands_for_the_name_not_the_body_in_the_title() -> None:
    text = (
        "MOSCOW, Sept 2 (Wire) - The plan was announced in Pyongyang on June 17 by Sergei Shoigu, "
        "secretary of Russia's Security Council, who said that North Korea would send 1,000 sappers "
        "to demine the Kursk region."
    )
    claim = one_claim(text, 1000)
    assert claim["claimant"] == "Sergei Shoigu (Security Council of Russia)"
    assert claim["stated_on"] == "2025-06-17"


def test_who_right_after_a_body_still_stands_for_the_body() -> None:
    text = (
        "SEOUL, Jan 13 (Wire) - The figure came from the National Intelligence Service, who said about "
        "300 North Korean soldiers had been killed in Kursk."
    )
    assert one_claim(text, 300)["claimant"] == "National Intelligence Service (South Korea)"


def test_a_date_line_with_its_year_glued_to_the_time_is_no_guessed_year() -> None:
    # (QA 10) Anadolu's "15:5516/12/2024, Monday": the review page said the year was a guess
    text = (
        "Ukraine says 30 North Korean soldiers killed or wounded\n\n"
        "15:5516/12/2024, Monday\nAA\n\n"
        "Ukraine's Defense Intelligence (HUR) claimed on Telegram that at least 30 North Korean soldiers "
        "were killed or wounded on Dec. 14 and 15.\n"
    )
    got = extract(text)
    assert (got.document["published_at"], got.year_guessed) == ("2024-12-16T15:55", False)
    yearless = extract(text.replace("15:5516/12/2024, Monday", "Dec 16, 15:55"))
    assert yearless.year_guessed


def test_an_event_told_on_the_pages_day_survives_an_older_entry_at_the_blogs_foot() -> None:
    text = LIVE.replace(
        "The two figures are hard to reconcile, our correspondent writes.",
        'Russia\'s defence ministry said on Telegram that its troops had "liberated" the town of Sudzha '
        "in the Kursk region.",
    )
    assert [(e["place"], e["date_start"]) for e in extract(text).events] == [("Sudzha", "2024-12-24")]


BRIEF = "The Morning Brief: North Korea in Kursk\n\nIssue 212 · Tuesday 14 January 2025\n\nGood morning.\n\n"


def test_a_digest_items_source_in_parentheses_or_brackets_is_no_part_of_its_sentence() -> None:
    bullet = (
        "■ The denominator. Western intelligence agencies estimate that 10,000 to 12,000 North Korean "
        "soldiers have been sent to Russia in total. (mbl.is)\n"
    )
    claim = one_claim(BRIEF + bullet, 10000)
    assert (claim["value_high"], claim["qualifier"], claim["metric"]) == (12000, "range", "troops_deployed")
    bracketed = (
        "The map. DeepState's analysts put the area still under Ukrainian control in the Kursk region at "
        "140 square kilometres on Monday. [Kyiv Independent]\n"
    )
    claim = one_claim(BRIEF + bracketed, 140)
    assert (claim["claimant"], claim["metric"]) == ("DeepState", "area_held_km2")


def test_a_photos_credit_after_its_caption_stays_a_caption() -> None:
    caption = (
        "A North Korean soldier captured in the Kursk region is seen in this image released on Saturday "
        "by the Ukrainian president's office, which said 2 soldiers were captured. (Yonhap)\n\n"
    )
    body = "SEOUL, Jan 14 (Yonhap) -- The NIS said on Monday that about 300 North Korean soldiers had been killed.\n"
    assert [c["value_low"] for c in extract(BRIEF + caption + body).claims] == [300]


def test_a_force_total_with_an_adverb_after_its_verb_is_read() -> None:
    text = (
        "WASHINGTON, Nov 5 (Wire) - Pentagon press secretary Pat Ryder told a press briefing on Monday that "
        'the total in Russia was now 11,000 to 12,000 and could "go up slightly".'
    )
    claim = one_claim(text, 11000)
    assert (claim["claimant"], claim["value_high"], claim["qualifier"]) == (
        "Pat Ryder (US Department of Defense)",
        12000,
        "range",
    )


def test_a_time_of_day_with_its_zone_ends_no_sentence() -> None:
    text = (
        "WASHINGTON, Oct 29 (Wire) - Deputy press secretary Sabrina Singh told the Pentagon press briefing "
        "on Monday afternoon (around 2 p.m. ET) that North Korea has sent about 10,000 soldiers to Russia."
    )
    claim = one_claim(text, 10000)
    assert (claim["claimant"], claim["stated_on"]) == (
        "Sabrina Singh (US Department of Defense)",
        "2024-10-28",
    )
    assert split_sentences(
        "Kirby spoke at 9 a.m. ET. He said so. It began at 2 p.m. Officials said more."
    ) == [
        "Kirby spoke at 9 a.m. ET.",
        "He said so.",
        "It began at 2 p.m.",
        "Officials said more.",
    ]


def test_who_after_a_second_agent_or_an_aside_is_not_read_across_it() -> None:
    # (QA 11) the title rule read "…, and by X, who said" and "…, speaking after talks with X, who
    # said" as the first name's
    rejected = (
        "KYIV, Jan 14 (Wire) - The figure was rejected by Russia's defence ministry, and by Ukraine's "
        "military intelligence, who said 300 North Korean soldiers had been killed in the Kursk region."
    )
    assert one_claim(rejected, 300)["claimant"] == "Defense Intelligence of Ukraine (HUR)"


def test_civilian_and_childrens_deaths_that_rose_are_no_soldiers_losses() -> None:
    for text in (
        "KURSK, March 3 (Wire) - Civilian deaths in the Kursk fighting had risen to 31, Russia's regional "
        "governor Alexei Smirnov said on Wednesday.",
        "KURSK, March 3 (Wire) - Deaths of children in the Kursk fighting had risen to 4, the Russian "
        "governor said on Wednesday.",
    ):
        assert extract(text).claims == [], text


def test_a_dated_time_stamp_outside_a_live_blog_dates_nothing() -> None:
    # (QA 11) a related link's stamp redated the paragraphs under it
    text = (
        "Russia says its troops advance in Kursk\n\nBorder Times\nThu 13 Mar 2025 11.00 EET\n\n"
        "Ukraine's General Staff said yesterday that 150 Russian soldiers had been killed near Sudzha.\n\n"
        "Related: Russia says its troops are advancing in Kursk region\nSat 8 Mar 2025 10.15 EET\n\n"
        "Ukraine's General Staff said yesterday that 170 Russian soldiers had been killed near Sudzha.\n"
    )
    assert [c["stated_on"] for c in extract(text).claims] == ["2025-03-12", "2025-03-12"]


# --- round 51 (holdout 164 and 166, read after scoring) -------------------------------------

FACTBOX = "FACTBOX-North Korea's troops in Kursk\n\nFrontline Monitor | Factbox\nJune 18, 2025 05:30 GMT\n\nKey facts.\n\n"


def test_a_factbox_item_gives_its_figure_to_the_source_after_the_colon() -> None:
    text = FACTBOX + (
        "- More than 6,000 casualties in Kursk: UK Defence Intelligence, in an intelligence update on X "
        "on Sunday.\n"
        "- About 11,000 soldiers sent to Kursk last autumn: a senior US defense official, quoted by The "
        "New York Times.\n"
    )
    ukdi = one_claim(text, 6000)
    assert (ukdi["claimant"], ukdi["metric"], ukdi["qualifier"], ukdi["stated_on"]) == (
        "UK Ministry of Defence (Defence Intelligence)",
        "killed_or_wounded",
        "over",
        "2025-06-15",
    )
    us = one_claim(text, 11000)
    assert (us["claimant"], us["metric"], us["qualifier"]) == (
        "US Department of Defense (senior official)",
        "troops_deployed",
        "about",
    )


def test_a_numbers_box_gives_its_items_to_the_source_its_heading_names() -> None:
    text = FACTBOX + (
        "KEY NUMBERS (NIS parliamentary briefing, Wednesday)\n"
        "- ~600: North Korean soldiers killed in the Kursk fighting\n"
        "- ~4,100: wounded\n"
    )
    got = {(c["claimant"], c["metric"], c["value_low"], c["qualifier"]) for c in extract(text).claims}
    nis = "National Intelligence Service (South Korea)"
    assert got == {(nis, "killed", 600, "about"), (nis, "wounded", 4100, "about")}


def test_a_timelines_dated_lines_are_no_factbox_items() -> None:
    text = FACTBOX + (
        "Timeline\n"
        "* 20 November 2024: South Korea's National Intelligence Service (NIS) tells lawmakers that more "
        "than 11,000 North Korean troops are deployed in Kursk.\n"
    )
    assert one_claim(text, 11000)["stated_on"] == "2024-11-20"


def test_soldiers_said_to_be_in_a_place_are_a_force_whatever_losses_follow() -> None:
    text = (
        "BUDAPEST, Nov 8 (Wire) - Ukrainian President Volodymyr Zelenskyy stated on November 7 that 11,000 "
        "North Korean soldiers are in Kursk Oblast and that they have already suffered losses."
    )
    assert one_claim(text, 11000)["metric"] == "troops_deployed"


# --- QA pass 12: the round 50-51 rules' edges ------------------------------------------------

ARTICLE = "Kursk: what we know\nBy Jane Doe, Reuters\nKYIV, March 14, 2025\n\n"


def _read(body: str) -> set[tuple[str, str, int | None, str]]:
    return {
        (c["claimant"], c["metric"], c["value_low"], c["stated_on"]) for c in extract(ARTICLE + body).claims
    }


def test_soldiers_held_treated_or_buried_somewhere_are_no_force() -> None:
    assert _read(
        "Russia's defence ministry said on Thursday that 300 Ukrainian soldiers are in Russian captivity "
        "after being captured in Kursk."
    ) == {("Russian Ministry of Defense", "captured", 300, "2025-03-13")}
    assert {
        m
        for _c, m, _v, _d in _read(
            "Russian officials said on Thursday that 200 Russian soldiers are in Kursk hospitals, wounded in the strike."
        )
    } == {"wounded"}


def test_capitals_after_a_time_of_day_that_are_no_time_zone_start_a_sentence() -> None:
    assert _read(
        "Ukraine said it struck a base at 6 p.m. AFP reported that Russia said 200 Ukrainians died on Thursday."
    ) == {("Russia", "killed", 200, "2025-03-13")}


def test_a_numbers_box_item_naming_another_source_or_after_a_blank_line_is_not_the_boxs() -> None:
    dod = "US Department of Defense"
    assert _read(
        "KEY NUMBERS (Pentagon, Monday)\n- 11,000: North Korean troops sent\n"
        "- 600: North Korean dead (Ukraine's estimate)\n"
    ) == {(dod, "troops_deployed", 11000, "2025-03-10")}
    assert _read(
        "KEY NUMBERS (Pentagon, Monday)\n- 11,000: North Korean troops sent to Russia\n\n"
        "- 3,000: North Korean casualties, Ukraine's GUR says\n"
    ) == {(dod, "troops_deployed", 11000, "2025-03-10")}


def test_a_numbers_box_heading_dates_its_items_by_its_day_or_month() -> None:
    assert _read(
        "KEY NUMBERS (Ukraine's General Staff, Dec 12)\n- 1,500: Russian soldiers killed in Kursk"
    ) == {("General Staff of the Armed Forces of Ukraine", "killed", 1500, "2024-12-12")}
    (claim,) = extract(ARTICLE + "KEY NUMBERS (NIS, January)\n- 300: North Korean soldiers killed").claims
    assert (claim["stated_on"], claim["stated_on_precision"]) == ("2025-01-01", "month")


def test_factbox_items_whose_colon_names_a_unit_places_or_an_attribution_are_not_rewritten() -> None:
    assert (
        _read(
            "Casualties by unit, according to Ukraine's General Staff on Thursday:\n"
            "- 1,200 killed: Russian 810th Marine Brigade\n- 500 wounded: North Korean 11th Corps."
        )
        == set()
    )
    assert (
        _read(
            "FACTBOX\n- 11,000 troops: Putin denied any were there.\n"
            "- 3 villages retaken: Sverdlikovo, Malaya Loknya and Nikolayevo-Darino."
        )
        == set()
    )
    (claim,) = extract(
        ARTICLE + "FACTBOX\n- 2 POWs: North Korean soldiers taken in January, Zelenskiy said."
    ).claims
    assert claim["stated_on_precision"] != "month"  # January is when they were taken, not when he said it


def test_a_factbox_source_with_a_possessive_is_still_the_source() -> None:
    assert _read(
        "FACTBOX\n- More than 4,500 North Korean casualties: Ukraine's General Staff, on Facebook."
    ) == {("General Staff of the Armed Forces of Ukraine", "killed_or_wounded", 4500, "2025-03-14")}


def test_a_rewritten_factbox_item_keeps_its_printed_words_as_the_quote() -> None:
    # the reader reads "X said: figure", but the dataset keeps the verbatim quote
    text = FACTBOX + (
        "- More than 6,000 casualties in Kursk: UK Defence Intelligence, in an intelligence update on X "
        "on Sunday.\n\nKEY NUMBERS (NIS parliamentary briefing, Wednesday)\n"
        "- ~600: North Korean soldiers killed in the Kursk fighting\n"
    )
    assert one_claim(text, 6000)["quote"] == (
        "More than 6,000 casualties in Kursk: UK Defence Intelligence, in an intelligence update on X on Sunday."
    )
    assert one_claim(text, 600)["quote"] == "~600: North Korean soldiers killed in the Kursk fighting"


def test_it_after_a_semicolon_is_the_body_named_before_the_semicolon() -> None:
    # (QA pass 9's leftover) "it said" after a semicolon went to the previous paragraph's body
    text = ARTICLE + (
        "South Korea's National Intelligence Service said on Thursday that about 300 North Korean "
        "soldiers had been killed in Kursk.\n\n"
        "Ukraine's General Staff gave no figure of its own on Thursday; it said 3,000 North Korean "
        "soldiers had been killed or wounded since December.\n\n"
        "The Pentagon declined to comment on Thursday; it said 1,000 North Korean soldiers had been "
        "killed or wounded in the past week.\n"
    )
    assert one_claim(text, 300)["claimant"] == "National Intelligence Service (South Korea)"
    assert one_claim(text, 3000)["claimant"] == "General Staff of the Armed Forces of Ukraine"
    assert one_claim(text, 1000)["claimant"] == "US Department of Defense"


def test_a_total_counting_killed_and_wounded_is_a_loss_not_a_force() -> None:
    # (QA pass 12's older misread) "the total in Kursk was already 4,000, counting killed and wounded"
    assert _read(
        "Ukraine's General Staff said on Thursday the total in Kursk was already 4,000, counting killed and "
        "wounded North Koreans."
    ) == {("General Staff of the Armed Forces of Ukraine", "killed_or_wounded", 4000, "2025-03-13")}
    assert ("US Department of Defense", "troops_deployed", 11000, "2025-03-13") in _read(
        "The Pentagon said on Thursday the total in Russia was 11,000, including some 3,000 who had been "
        "killed or wounded."
    )
