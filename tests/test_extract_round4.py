"""Round 4 of issue 9: how news dates statements, names periods and reports events.

Each test is a short report written for the behaviour (none is a dev report's sentence), so
a rule that only matched one report's wording fails here.
"""

from __future__ import annotations

from datetime import date, datetime

from etl.extract import extract
from etl.extract.dates import find_dates, parse_date_line
from tests.helpers import numeric_claims as _claims

KEYS = ("claimant", "metric", "subject", "value_low", "value_high", "qualifier")


def _by_value(text: str) -> dict[int, dict[str, object]]:
    out: dict[int, dict[str, object]] = {}
    for c in _claims(text):
        v = c["value_low"] if c["value_low"] is not None else c["value_high"]
        assert isinstance(v, int)
        out[v] = c
    return out


def _when(c: dict[str, object]) -> tuple[object, object]:
    return c["stated_on"], c["stated_on_precision"]


def _period(c: dict[str, object]) -> tuple[object, object, object]:
    return c["basis"], c["period_start"], c["period_end"]


def test_a_made_public_date_dates_the_claim_it_publishes() -> None:
    text = (
        "Kyiv estimate\n\nMarch 4, 2025\n\n"
        "More than 4,200 North Korean troops have been killed or wounded in Russia's Kursk region, "
        "Ukraine's military intelligence said.\n\n"
        "The estimate, released in a Telegram statement on Monday, is the agency's highest yet, "
        "Ukraine's military intelligence said.\n"
    )
    c = _by_value(text)[4200]
    assert _when(c) == ("2025-03-03", "day")


def test_a_pronoun_led_attribution_dates_the_claim_just_before() -> None:
    text = (
        "Losses\n\nThursday, 16 January 2025, 10:05\nExample Wire\n\n"
        "Ukrainian President Volodymyr Zelenskyy has said that about 3,800 North Korean soldiers "
        "have been killed or wounded in Russia's Kursk Oblast. He said in his evening address on "
        "15 January, citing a report by the commander-in-chief.\n"
    )
    c = _by_value(text)[3800]
    assert c["claimant"] == "Volodymyr Zelenskyy"
    assert _when(c) == ("2025-01-15", "day")


def test_on_the_same_day_is_the_occasion_just_reported() -> None:
    text = (
        "Two estimates\n\nFebruary 14, 2025\n\n"
        "South Korea's spy agency said on Wednesday that about 300 North Korean soldiers had been "
        "killed in Russia's Kursk region.\n\n"
        "On the same day, Ukraine's General Staff said that about 1,200 North Korean soldiers had "
        "been killed or wounded in the region.\n"
    )
    c = _by_value(text)
    assert _when(c[300]) == ("2025-02-12", "day")
    assert _when(c[1200]) == ("2025-02-12", "day")


def test_day_month_ranges_name_a_period() -> None:
    (d,) = [x for x in find_dates("between 3 and 5 January", date(2025, 1, 10)) if x.kind == "range"]
    assert (d.first, d.last) == (date(2025, 1, 3), date(2025, 1, 5))
    (d,) = [x for x in find_dates("on 30-31 December 2024", date(2025, 1, 10)) if x.kind == "range"]
    assert (d.first, d.last) == (date(2024, 12, 30), date(2024, 12, 31))
    text = (
        "Fighting\n\nJanuary 7, 2025\n\n"
        "Ukraine's Special Operations Forces said on Monday that between 3 and 5 January they had "
        "killed 21 North Korean soldiers in Russia's Kursk region.\n"
    )
    c = _by_value(text)[21]
    assert _period(c) == ("period", "2025-01-03", "2025-01-05")


def test_a_deployments_months_are_not_the_next_loss_figures_period() -> None:
    text = (
        "Troops\n\nApril 2, 2025\n\n"
        "North Korea sent at least 2,000 more troops to Russia in February and March, South "
        "Korea's Joint Chiefs of Staff said on Tuesday. About 4,500 North Korean soldiers have been "
        "killed or wounded so far, the JCS said.\n"
    )
    c = _by_value(text)
    assert _period(c[2000]) == ("period", "2025-02-01", "2025-03-31")
    assert _period(c[4500]) == ("cumulative", "", "")


def test_a_span_named_after_a_figure_of_another_kind_is_not_this_ones() -> None:
    text = (
        "JCS\n\nApril 2, 2025\n\n"
        "South Korea's Joint Chiefs of Staff said on Tuesday that about 4,500 North Korean troops "
        "had been killed or wounded, and that at least 2,000 more troops had been sent to Russia in "
        "February and March.\n"
    )
    c = _by_value(text)
    assert _period(c[4500]) == ("cumulative", "", "")
    assert _period(c[2000]) == ("period", "2025-02-01", "2025-03-31")


def test_its_march_figure_names_an_estimate_not_a_period() -> None:
    text = (
        "Spy agency\n\nMay 3, 2025\n\n"
        "On 2 May, South Korea's spy agency said about 900 North Korean soldiers had been killed, "
        "up from its March figure.\n"
    )
    c = _by_value(text)[900]
    assert _when(c) == ("2025-05-02", "day") and _period(c) == ("cumulative", "", "")


def test_pluperfect_background_does_not_date_the_next_claim() -> None:
    text = (
        "Seoul\n\nOctober 8, 2025\n\n"
        "About 2,500 North Korean soldiers have been killed, a South Korean lawmaker told reporters "
        "on Tuesday, citing the spy agency.\n\n"
        "The National Intelligence Service had estimated in May that about 900 North Koreans had died.\n\n"
        "Around 3,000 military builders have arrived in Russia, lawmaker Park Sun-won said after "
        "the closed-door briefing, citing the NIS.\n"
    )
    c = _by_value(text)
    nis = "National Intelligence Service (South Korea)"
    assert c[2500]["claimant"] == nis and _when(c[2500]) == ("2025-10-07", "day")
    assert _when(c[900]) == ("2025-05-01", "month")
    assert c[3000]["claimant"] == nis and _when(c[3000]) == ("2025-10-07", "day")


def test_coordinated_figures_share_the_verb_that_follows() -> None:
    text = (
        "Builders\n\nJune 20, 2025\n\n"
        "Russian Security Council Secretary Sergei Shoigu said on Tuesday that North Korea would "
        "send 2,000 sappers and 4,000 military builders to the Kursk region.\n"
    )
    c = _by_value(text)
    assert c[2000]["metric"] == c[4000]["metric"] == "troops_deployed"


def test_the_enemys_losses_are_the_other_sides() -> None:
    text = (
        "MOSCOW, May 2. /TASS/. Russia's Defense Ministry said on Thursday that the enemy's losses "
        "in the Kursk area over the past week amounted to more than 1,900 servicemen.\n"
    )
    (c,) = _claims(text)
    assert c["subject"] == "Ukrainian forces"


def test_a_yearless_wire_dateline_is_filed_after_the_dated_events_it_recalls() -> None:
    text = (
        "MOSCOW, March 3. /TASS/. The Russian Defense Ministry said on Monday that Ukraine's losses "
        "in the Kursk area since August 6, 2024 had exceeded 60,000 servicemen.\n"
    )
    (c,) = _claims(text)
    assert _when(c) == ("2025-03-03", "day")


def test_a_juche_dateline_dates_a_kcna_report() -> None:
    assert parse_date_line("Juche 113 (2024) 11.5.") == datetime(2024, 11, 5)


def test_a_verbs_noun_phrase_object_leaves_the_day_word_to_the_verb() -> None:
    text = (
        "SEOUL (AP) — February 9, 2025\n\n"
        "Ukrainian President Volodymyr Zelenskyy announced the capture of three North Korean "
        "soldiers on Saturday.\n"
    )
    (c,) = _claims(text)
    assert (c["metric"], c["value_low"]) == ("captured", 3)
    assert _when(c) == ("2025-02-08", "day")


def test_one_of_the_soldiers_and_birth_years_are_not_claims() -> None:
    text = (
        "Prisoners\n\nJanuary 20, 2025\n\n"
        "The National Intelligence Service said on Monday that one of the soldiers was born in 2003 "
        "and that he had been wounded.\n"
    )
    assert _claims(text) == []


def test_raised_its_estimate_attributes_the_new_figure() -> None:
    text = (
        "Analysis\n\n12 October 2025\n\n"
        "In early July, British Defence Intelligence raised its estimate to more than 6,500 "
        "casualties.\n"
    )
    (c,) = _claims(text)
    assert c["value_low"] == 6500 and c["qualifier"] == "over"
    assert _when(c) == ("2025-07-01", "month")
    assert "Defence Intelligence" in str(c["claimant"])


def test_a_quoted_figure_after_stood_at_is_a_count() -> None:
    text = (
        "Live\n\nJanuary 25, 2025\n\n"
        'Zelensky said on Friday that North Korean losses stood at "more than 4,100", killed and '
        "wounded.\n"
    )
    (c,) = _claims(text)
    assert (c["value_low"], c["qualifier"], c["metric"]) == (4100, "over", "killed_or_wounded")


def test_an_attack_at_a_named_place_on_a_named_day_is_an_event() -> None:
    text = (
        "Strike\n\nFebruary 3, 2025\n\n"
        "Ukraine's General Staff said a Ukrainian drone strike on an ammunition depot in Sudzha on "
        "Jan. 30 had destroyed Russian equipment.\n"
    )
    (ev,) = extract(text).events
    assert (ev["date_start"], ev["date_precision"], ev["place"], ev["region"]) == (
        "2025-01-30",
        "day",
        "Sudzha",
        "Kursk Oblast",
    )


def test_an_attack_last_week_or_without_a_place_is_not_an_event() -> None:
    text = (
        "Strike\n\nFebruary 3, 2025\n\n"
        "A Ukrainian missile strike on Russia's Kursk region last week may have killed about 200 "
        "soldiers, according to an unconfirmed report. A drone attack on Jan. 30 hit a depot.\n"
    )
    assert extract(text).events == []


def test_a_treaty_entering_into_force_is_an_event() -> None:
    text = (
        "KCNA\n\nPyongyang, May 2 (KCNA) -- The army acted under the treaty between the DPRK and "
        "Russia, which came into force on December 4, 2024, the statement said.\n"
    )
    (ev,) = extract(text).events
    assert (ev["date_start"], ev["date_precision"], ev["place"]) == ("2024-12-04", "day", "")


LIVE = """Russia-Ukraine war live: North Korean troops in Kursk

Last updated: Friday 10 January 2025 20:15 GMT

18.05 GMT
Ukraine's General Staff said Russia had lost 1,450 troops over the past day, bringing its total to about 804,000.

14.20 GMT
South Korea's Joint Chiefs of Staff said North Korean troops had suffered some 3,000 casualties.

Thursday 9 January

22.10 GMT
Zelenskyy said in his nightly address that 4,000 North Korean soldiers had been killed or wounded.
"""


def test_live_blog_first_entry_and_day_headings_date_their_entries() -> None:
    c = _by_value(LIVE)
    assert _when(c[1450]) == ("2025-01-10", "day")  # the first entry's stamp sits in the header
    assert _when(c[3000]) == ("2025-01-10", "day")
    assert _when(c[4000]) == ("2025-01-09", "day")  # under the "Thursday 9 January" heading


def test_a_running_total_after_a_daily_figure_is_cumulative_with_the_same_metric() -> None:
    c = _by_value(LIVE)
    assert _period(c[1450]) == ("period", "2025-01-09", "2025-01-10")
    assert c[804000]["metric"] == c[1450]["metric"] == "killed_or_wounded"
    assert c[804000]["qualifier"] == "about" and _period(c[804000]) == ("cumulative", "", "")


def test_clashes_near_a_named_place_on_a_named_day_are_an_event() -> None:
    text = (
        "Kursk\n\nMarch 10, 2025\n\n"
        "Heavy fighting near Sudzha on March 8 left dozens dead, Ukrainian officials said. Fighting "
        "in the Kursk region continued on Sunday.\n"
    )
    (ev,) = extract(text).events
    assert ev["title"] == "Fighting near Sudzha"
    assert (ev["date_start"], ev["place"], ev["region"]) == ("2025-03-08", "Sudzha", "Kursk Oblast")


def test_according_to_an_outlet_keeps_the_named_speaker_and_the_date_after_the_object() -> None:
    text = (
        "T\n\nPublished: 23 Dec. 2024, 14:31\n\n"
        "Kyiv's military intelligence (HUR) reported 200 North Korean deaths and 1,800 wounded on "
        "Dec. 16, according to The Associated Press.\n"
    )
    c = _by_value(text)
    hur = "Defense Intelligence of Ukraine (HUR)"
    assert [(c[v]["claimant"], c[v]["metric"], c[v]["subject"]) for v in (200, 1800)] == [
        (hur, "killed", "DPRK forces"),
        (hur, "wounded", "DPRK forces"),
    ]
    assert _when(c[200]) == ("2024-12-16", "day") and _period(c[200]) == ("cumulative", "", "")


def test_casualties_had_reached_names_the_metric_and_a_quoted_repeat_keeps_the_qualifier() -> None:
    text = (
        "Seoul\n\nPublished: 23 Dec. 2024, 14:31\n\n"
        "South Korea's Joint Chiefs of Staff (JCS) estimated on Monday that North Korean casualties "
        "in Russia had reached about 1,300.\n\n"
        '"As of now, North Korean casualties are estimated at 1,300," a JCS official told reporters.\n'
    )
    (c,) = _claims(text)
    assert (c["metric"], c["value_low"], c["qualifier"]) == ("killed_or_wounded", 1300, "about")


def test_a_wire_dateline_with_a_year_and_said_last_month_citing_a_briefing() -> None:
    text = (
        "Deployment\n\nKYIV, March 12, 2025 (Reuters) - The head of the parliamentary intelligence "
        "committee said last month, citing a briefing by the NIS, that 11,000 North Korean troops "
        "had been deployed.\n"
    )
    e = extract(text)
    assert e.document["published_at"][:10] == "2025-03-12"
    (c,) = _claims(text)
    assert c["claimant"] == "National Intelligence Service (South Korea)"
    assert _when(c) == ("2025-02-01", "month")


STATE_MEDIA = """Ukrainian units lose servicemen in Kursk border area

MOSCOW, January 15 - RIA Novosti. Over the past day, Ukrainian units lost more than 230 servicemen, two tanks and five armoured vehicles in the Kursk direction, the Russian Defense Ministry said on Wednesday.

In total, since the start of hostilities in the Kursk region, the enemy's losses amounted to more than 51,500 servicemen, 299 tanks and 2,100 drones, the ministry added.

Earlier, the head of the Kursk region, Alexander Khinshtein, said 12 civilians had been evacuated from Sudzha district, which covers 1,300 square kilometres.
"""


def test_state_media_daily_and_running_totals_by_the_ministry_named_once() -> None:
    c = _by_value(STATE_MEDIA)
    assert sorted(c) == [230, 51500]  # no tanks, drones, civilians or district areas
    assert {x["claimant"] for x in c.values()} == {"Russian Ministry of Defense"}
    assert _period(c[230]) == ("period", "2025-01-14", "2025-01-15")
    assert _when(c[51500]) == ("2025-01-15", "day")  # "the ministry added": same occasion
    assert _period(c[51500]) == ("cumulative", "", "")  # "in total, since the start": no period
    assert c[51500]["subject"] == "Ukrainian forces"


def test_days_counted_from_the_occasion_just_reported_or_from_the_dateline() -> None:
    text = (
        "Briefing\n\nSEOUL, April 30 (Korea Herald) -- North Korean casualties in Russia have reached "
        "about 4,700, the National Intelligence Service said Wednesday, according to lawmakers.\n\n"
        "A day earlier, Russia's top general Valery Gerasimov had said that Ukrainian losses in the "
        "Kursk region exceeded 76,000 servicemen.\n\n"
        "Ukraine's military intelligence said two days ago that it had counted 4,000 North Korean "
        "casualties.\n"
    )
    c = _by_value(text)
    assert _when(c[4700]) == ("2025-04-30", "day")
    assert _when(c[76000]) == ("2025-04-29", "day")
    assert _when(c[4000]) == ("2025-04-28", "day")


def test_a_relayed_briefing_is_dated_to_the_briefing_not_the_relay() -> None:
    text = (
        "NIS\n\nMarch 8, 2025\n\n"
        "The NIS had told lawmakers in late February, relayed by lawmaker Lee Seong-kweun on March 5, "
        "that 3,000 North Korean troops had been sent since January.\n"
    )
    (c,) = _claims(text)
    assert _when(c) == ("2025-02-01", "month")


def test_country_names_and_spellings_of_a_known_body_resolve_to_it() -> None:
    text = (
        "Update\n\nDecember 18, 2024\n\n"
        "Britain's Ministry of Defense said in its daily intelligence update on Tuesday that North "
        "Korea had likely deployed around 11,000 troops to Russia.\n"
    )
    (c,) = _claims(text)
    # the ministry's spelling resolves to it; said in an intelligence update, the claim is its
    # Defence Intelligence's (the round-19 convention, as the fact sheet credits the updates)
    assert c["claimant"] == "UK Ministry of Defence (Defence Intelligence)"


def test_a_body_named_by_its_country_speaks_for_itself_not_for_the_last_speaker() -> None:
    text = (
        "Estimates\n\nDecember 18, 2024\n\n"
        "NATO Secretary General Mark Rutte said on Nov. 4 that more than 10,000 North Korean soldiers "
        "had been deployed to the Kursk region.\n\n"
        "Canadian intelligence estimated on Sunday that some 500 North Korean soldiers had been killed.\n"
    )
    c = _by_value(text)
    assert c[500]["claimant"] == "Canadian intelligence"
    assert _when(c[500]) == ("2024-12-15", "day")


def test_the_ministry_is_not_its_intelligence_arm() -> None:
    text = (
        "UK\n\nJune. 17, 2025\n\n"
        "LONDON — The UK Ministry of Defence said on Sunday that North Korean forces have suffered "
        "more than 6,000 casualties in Russia's Kursk region.\n\n"
        "British Defence Intelligence said the figure included both killed and wounded.\n\n"
        "In late March, the ministry had put the figure at over 5,000.\n"
    )
    c = _by_value(text)
    assert c[5000]["claimant"] == "UK Ministry of Defence"
    assert _when(c[5000]) == ("2025-03-01", "month")


def test_troops_back_on_the_front_line_are_a_deployment_figure() -> None:
    text = (
        "Brief\n\nThursday, 20 February 2025\n\n"
        "Ukraine's military intelligence (HUR) said on Wednesday that North Korean units, estimated at "
        "1,500 to 2,000 soldiers, had returned to the front line after a break of about three weeks. "
        "The 47th Mechanized Brigade said its drones had hit 17 North Korean infantry groups.\n"
    )
    (c,) = _claims(text)
    assert (c["metric"], c["value_low"], c["value_high"], c["qualifier"]) == (
        "troops_deployed",
        1500,
        2000,
        "range",
    )
    assert _when(c) == ("2025-02-19", "day")


def test_a_general_staff_list_gives_the_total_and_the_days_rise() -> None:
    text = (
        "General Staff: enemy losses\n\nUkrinform\n09.03.2025 09:15\n\n"
        "The General Staff of the Armed Forces of Ukraine reports the total combat losses of the enemy "
        "from February 24, 2022 to March 9, 2025:\n\n"
        "personnel — about 887,400 (+1,180) persons,\n"
        "tanks — 10,200 (+7),\n"
        "artillery systems — 24,100 (+33).\n"
    )
    c = _by_value(text)
    assert sorted(c) == [1180, 887400]  # tanks and guns are not claims
    gs = "General Staff of the Armed Forces of Ukraine"
    assert (c[887400]["claimant"], c[887400]["subject"], c[887400]["qualifier"]) == (
        gs,
        "Russian forces",
        "about",
    )
    assert _when(c[887400]) == ("2025-03-09", "day") and _period(c[887400]) == ("cumulative", "", "")
    assert c[1180]["metric"] == "killed_or_wounded"
    assert _period(c[1180]) == ("period", "2025-03-08", "2025-03-09")


def test_a_lawmaker_relaying_a_briefing_credits_the_agency_that_briefed() -> None:
    text = (
        "NIS\n\nFebruary 6, 2025\n\n"
        "The NIS reported to the National Assembly's Intelligence Committee on Wednesday that North "
        "Korean troops had been pulled back from the front line.\n\n"
        "Rep. Park Sun-won of the Democratic Party told reporters after the closed-door briefing that "
        "about 350 North Korean soldiers had been killed.\n"
    )
    (c,) = _claims(text)
    assert c["claimant"] == "National Intelligence Service (South Korea)"
    assert _when(c) == ("2025-02-05", "day")


def test_a_spokespersons_surname_later_still_speaks_for_the_body() -> None:
    text = (
        "HUR\n\nJan 28, 2025 4:10 pm\n\n"
        '"More than 1,000 North Korean soldiers have been killed," HUR spokesman Andriy Yusov told the '
        "Suspilne broadcaster on Sunday.\n\n"
        "Yusov added that about 3,000 more had been wounded.\n"
    )
    assert extract(text).document["published_at"] == "2025-01-28T16:10"
    c = _by_value(text)
    hur = "Defense Intelligence of Ukraine (HUR)"
    assert c[1000]["claimant"] == c[3000]["claimant"] == hur
    assert _when(c[3000]) == ("2025-01-26", "day") and c[3000]["metric"] == "wounded"


def test_a_known_handle_names_the_account_and_rates_are_not_counts() -> None:
    text = (
        "Defence Intelligence update\n\nMinistry of Defence\n@DefenceHQ\n\n"
        "Latest Defence Intelligence update on the situation in Ukraine - 27 March 2025.\n\n"
        "North Korean forces have highly likely suffered over 5,000 casualties in Kursk Oblast, around "
        "half of their initial force.\n\n"
        "Between 1 and 14 March, Russian forces likely sustained around 1,300 casualties per day.\n"
    )
    (c,) = _claims(text)
    # the account's post is a Defence Intelligence update: its arm's claim (round-19 convention)
    di = "UK Ministry of Defence (Defence Intelligence)"
    assert (c["claimant"], c["value_low"], c["qualifier"]) == (di, 5000, "over")


def test_more_ways_copy_writes_a_day() -> None:
    ref = date(2025, 3, 10)  # a Monday

    def first(text: str) -> tuple[str, str]:
        (d,) = find_dates(text, ref)
        return d.first.isoformat(), d.precision

    assert first("said on Monday last week") == ("2025-03-03", "day")
    assert first("said on 27th February") == ("2025-02-27", "day")
    assert first("said on 03/03/2025") == ("2025-03-03", "day")
    assert first("said on 2025-03-03") == ("2025-03-03", "day")
    assert first("said the day before yesterday") == ("2025-03-08", "day")
    assert first("said in early 2025") == ("2025-01-01", "year")
    assert first("said earlier this week") == ("2025-03-01", "month")


def test_monday_last_week_dates_the_statement() -> None:
    text = (
        "Kyiv\n\nMarch 10, 2025\n\n"
        "Ukraine's General Staff said on Monday last week that about 4,100 North Korean soldiers had "
        "been killed or wounded.\n"
    )
    (c,) = _claims(text)
    assert _when(c) == ("2025-03-03", "day")


def test_an_unnamed_spy_agency_is_the_datelines_and_quoted_as_saying_credits_the_source() -> None:
    text = (
        "N. Korea troops\n\n2025.03.04 17:20\n\n"
        "SEOUL, March 4 (Yonhap) -- North Korea has dispatched around 2,500 additional troops to Russia, "
        "the spy agency said Tuesday, adding that North Korean casualties had risen to about 4,600.\n\n"
        "Lee Seong-kweun, a ruling party lawmaker, quoted the National Intelligence Service (NIS) as "
        "saying in a closed-door briefing that some 550 North Korean soldiers had been killed.\n"
    )
    c = _by_value(text)
    nis = "National Intelligence Service (South Korea)"
    assert {v: (x["claimant"], x["metric"]) for v, x in c.items()} == {
        2500: (nis, "troops_deployed"),
        4600: (nis, "killed_or_wounded"),
        550: (nis, "killed"),
    }
    assert all(_when(x) == ("2025-03-04", "day") for x in c.values())


def test_russian_staff_wording_over_the_day_and_eliminated_militants() -> None:
    text = (
        "MoD\n\nMOSCOW, March 10. /TASS/. The Ukrainian army lost up to 290 servicemen, a tank and four "
        "combat armored vehicles in the Kursk area over the day, the Russian Defense Ministry said on "
        "Monday.\n\n"
        "Over the past week, Russian forces eliminated more than 1,400 Ukrainian militants in the area, "
        "Lieutenant General Sergei Rudskoy said on Monday.\n"
    )
    c = _by_value(text)
    assert _period(c[290]) == ("period", "2025-03-09", "2025-03-10")
    assert (c[1400]["metric"], c[1400]["subject"]) == ("killed_or_wounded", "Ukrainian forces")


def test_a_date_naming_the_assessment_dates_the_claim() -> None:
    text = (
        "Analysis\n\n15 May 2025\n\n"
        "A March 2025 assessment by British Defence Intelligence put North Korean casualties at over "
        "4,000.\n\n"
        "In its Feb. 13 report, South Korea's spy agency put North Korean deaths at about 400.\n"
    )
    c = _by_value(text)
    assert _when(c[4000]) == ("2025-03-01", "month")
    assert _when(c[400]) == ("2025-02-13", "day")


def test_last_month_and_weeks_of_fighting_are_periods_but_as_of_is_not() -> None:
    text = (
        "Losses\n\nMarch 3, 2025\n\n"
        "Ukraine's General Staff said on Monday that Russian forces had lost 1,200 soldiers in the "
        "Kursk region last month.\n\n"
        "Ukraine's General Staff said on Monday that over two weeks of fighting Russian forces had "
        "lost 2,400 soldiers near Sudzha.\n\n"
        "The NIS said on Monday that about 350 North Korean soldiers had been killed as of last month.\n"
    )
    c = _by_value(text)
    assert _period(c[1200]) == ("period", "2025-02-01", "2025-02-28")
    assert _period(c[2400]) == ("period", "2025-02-17", "2025-03-02")
    assert _period(c[350]) == ("cumulative", "", "")


def test_upper_bounds_stay_bounds() -> None:
    from etl.extract.numbers import parse_figure

    for text in (
        "fewer than 100 soldiers",
        "less than 200 soldiers",
        "at most 500 soldiers",
        "no more than 300",
    ):
        f = parse_figure(text)
        assert f is not None and f.low is None and f.qualifier == "up_to", text
    f = parse_figure("no fewer than 1,000 troops")
    assert f is not None and (f.low, f.high, f.qualifier) == (1000, None, "at_least")


def test_live_blog_stamps_with_am_pm_and_short_day_headings() -> None:
    text = (
        "Russia-Ukraine war live\n\nUpdated Tue 17 Dec 2024 18.40 GMT\n\nKey events\n\n"
        "5.20pm GMT\nSpy agency gives first toll\n"
        "South Korea's National Intelligence Service said at least 100 North Korean soldiers had been "
        "killed since they entered combat this month.\n\n"
        "Mon 16 Dec 2024\n\n8.30pm GMT\n"
        "Ukraine's military intelligence (HUR) said 30 North Korean soldiers were killed or wounded "
        "near Plekhovo over the weekend.\n"
    )
    c = _by_value(text)
    assert _when(c[100]) == ("2024-12-17", "day")
    assert _period(c[100]) == ("period", "2024-12-01", "2024-12-17")
    assert _when(c[30]) == ("2024-12-16", "day")
    assert _period(c[30]) == ("period", "2024-12-14", "2024-12-15")


def test_passive_agents_and_estimates_by_several_bodies() -> None:
    text = (
        "Seoul\n\nSeoul (AFP) – Jan. 13, 2025\n\n"
        "About 300 North Korean soldiers have been killed, Seoul's spy agency said Monday.\n\n"
        "The figure is lower than the 3,100 casualties reported by Kyiv in late December.\n\n"
        "Pyongyang has sent some 11,000 soldiers to Russia, according to estimates by the NIS and "
        "the Pentagon.\n"
    )
    c = _claims(text)
    kyiv = [x for x in c if x["value_low"] == 3100]
    assert [(x["claimant"], _when(x)) for x in kyiv] == [("Ukraine", ("2024-12-01", "month"))]
    assert sorted(str(x["claimant"]) for x in c if x["value_low"] == 11000) == [
        "National Intelligence Service (South Korea)",
        "US Department of Defense",
    ]


def test_russian_outlets_names_for_ukraines_forces() -> None:
    text = (
        "MoD\n\nRT\n12 Feb, 2025 14:05\n\n"
        "The AFU lost up to 320 servicemen in the Kursk region over the past 24 hours, the Russian "
        "Defense Ministry said on Wednesday.\n\n"
        "Kiev's total losses in the region since August 6 have exceeded 55,000 troops, the ministry added.\n"
    )
    c = _by_value(text)
    assert c[320]["subject"] == c[55000]["subject"] == "Ukrainian forces"
    assert _period(c[320]) == ("period", "2025-02-11", "2025-02-12")
    assert _period(c[55000]) == ("cumulative", "", "")


def test_a_headline_credit_speaks_for_an_unattributed_lead() -> None:
    text = (
        "About 320 North Korean soldiers killed in Russia, South Korea's spy agency says\n\n"
        "January 13, 2025\n\n"
        "About 320 North Korean soldiers have been killed and 2,600 wounded while fighting for Russia.\n"
    )
    c = _by_value(text)
    nis = "National Intelligence Service (South Korea)"
    assert (c[320]["claimant"], c[2600]["claimant"]) == (nis, nis)


def test_forces_that_speak_are_not_the_last_speaker() -> None:
    text = (
        "Brief\n\nJanuary 13, 2025\n\n"
        "North Korea: South Korea's spy agency on Monday put the number of North Korean soldiers killed "
        "in Russia at about 300.\n\n"
        "Sudzha: Russian forces said on Sunday they had retaken the village of Sverdlikovo.\n"
    )
    claims = extract(text).claims
    assert [c["claimant"] for c in claims if c["metric"] == "recaptured"] == ["Russian forces"]
