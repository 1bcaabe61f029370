"""Round 29: the misses and extras of writer 49's ordinary news (wire stories, newspaper and
broadcaster pages, a Korean daily, Ukrainian and Russian outlets in English).

Each test names a behaviour the round-29 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import numeric_claims, read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
UA_STAFF = "General Staff of the Armed Forces of Ukraine"
JCS = "Joint Chiefs of Staff (South Korea)"
NIS = "National Intelligence Service (South Korea)"
BUDANOV = "Kyrylo Budanov (HUR)"
ROMANOV = "Vladimir Romanov (Russian military blogger)"
RU_MOD = "Russian Ministry of Defense"
ZELENSKYY = "Volodymyr Zelenskyy"
GROUP = "US, South Korean and Ukrainian authorities"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- "put losses at N irrecoverable and M wounded"
def test_put_losses_at_irrecoverable_and_wounded_reads_the_word_after_each_figure() -> None:
    body = (
        "On Friday the General Staff put Russian losses in the Sumy direction at 18,400 "
        "irrecoverable and 21,300 wounded.\n"
    )
    assert _rows(body) == [
        (UA_STAFF, "killed", 18400, 18400, "exact"),
        (UA_STAFF, "wounded", 21300, 21300, "exact"),
    ]


def test_put_losses_at_a_list_of_kinds_stays_one_total() -> None:
    """Negative: "killed, wounded, missing or captured" after the figure is one total."""
    body = (
        "Western officials, briefing reporters on Tuesday, put Russian losses at about 9,000 "
        "killed, wounded, missing or captured.\n"
    )
    assert _rows(body) == [("Western officials", "killed_or_wounded", 9000, 9000, "about")]


# ------------------------------------------------- a vague area
def test_several_hundred_square_kilometres_is_no_area_claim() -> None:
    body = "Kyiv says its troops still hold several hundred square kilometres of the Belgorod region.\n"
    assert _rows(body) == []


def test_a_counted_area_is_still_an_area_claim() -> None:
    """Negative: a number of square kilometres is the area held."""
    body = "Kyiv says its troops still hold 450 square kilometres of the Belgorod region.\n"
    assert _rows(body) == [("Ukraine", "area_held_km2", 450, 450, "exact")]


# ------------------------------------------------- "South Korea's military" is the JCS
def test_south_koreas_military_speaks_as_the_joint_chiefs() -> None:
    body = "North Korea has sent about 2,000 more soldiers to Russia since March, South Korea's military said on Tuesday.\n"
    assert _rows(body) == [(JCS, "troops_deployed", 2000, 2000, "about")]


def test_south_korean_military_officials_stay_a_group_of_officials() -> None:
    """Negative: officials of the forces are not their command."""
    body = "South Korean military officials said on Tuesday that about 2,000 more soldiers had been sent to Russia.\n"
    assert _rows(body) == [("South Korean military officials", "troops_deployed", 2000, 2000, "about")]


# ------------------------------------------------- a group named by its countries
def test_officials_in_three_countries_are_the_known_group() -> None:
    body = "Officials in Ukraine, South Korea and the US say as many as 14,000 North Korean soldiers are now in Russia.\n"
    assert _rows(body) == [(GROUP, "troops_deployed", None, 14000, "up_to")]


def test_officials_in_one_country_are_not_the_group() -> None:
    """Negative: one country's officials are no three-country group."""
    body = "Officials in Ukraine say as many as 14,000 North Korean soldiers are now in Russia.\n"
    assert [r for r in _rows(body) if r[0] == GROUP] == []


# ------------------------------------------------- a reading ruled out
def test_a_figure_after_comma_not_is_ruled_out() -> None:
    body = (
        "The Joint Chiefs of Staff reported about 2,500 North Korean casualties on Monday, meaning "
        "killed and wounded, not 2,500 dead.\n"
    )
    assert _rows(body) == [(JCS, "killed_or_wounded", 2500, 2500, "about")]


# ------------------------------------------------- a described speaker named after
def test_the_head_of_a_body_is_the_head_the_next_paragraph_names() -> None:
    body = (
        "Russia has lost about 9,000 soldiers in the Belgorod region, the head of Ukraine's military "
        "intelligence told a visiting delegation, a member of the delegation said Friday.\n\n"
        "The delegation met Kyrylo Budanov, chief of Ukraine's Defence Intelligence, in Kyiv on Thursday.\n"
    )
    assert _rows(body) == [(BUDANOV, "killed_or_wounded", 9000, 9000, "about")]


def test_the_head_of_a_body_nobody_names_is_not_a_person() -> None:
    """Negative: with no head named, no person is credited."""
    body = (
        "Russia has lost about 9,000 soldiers in the Belgorod region, the head of Ukraine's military "
        "intelligence told a visiting delegation, a member of the delegation said Friday.\n\n"
        "The delegation also visited a hospital in Kyiv.\n"
    )
    assert [r for r in _rows(body) if r[0] == BUDANOV] == []


def test_a_described_blogger_is_the_blogger_the_next_paragraph_names() -> None:
    body = (
        "A popular Russian military blogger has claimed that Russian troops killed more than 150 "
        "Ukrainian soldiers near Sudzha on Sunday.\n\n"
        "Vladimir Romanov wrote on Telegram that the assault had lasted four hours.\n"
    )
    assert _rows(body) == [(ROMANOV, "killed", 150, None, "over")]


# ------------------------------------------------- "the ministry" is no person who spoke before
def test_the_ministry_after_a_blogger_is_not_the_blogger() -> None:
    body = (
        "Vladimir Romanov wrote on Telegram that the assault had lasted four hours.\n\n"
        "The ministry claimed on Monday that Ukraine had lost more than 40,000 soldiers in the region.\n"
    )
    assert _rows(body) == []


def test_the_ministry_named_before_still_speaks() -> None:
    """Negative: a ministry the report named is "the ministry" again."""
    body = (
        "The Russian Defence Ministry said on Sunday that Ukraine had lost 300 soldiers.\n\n"
        "Vladimir Romanov wrote on Telegram that the assault had lasted four hours.\n\n"
        "The ministry claimed on Monday that Ukraine had lost more than 40,000 soldiers in the region.\n"
    )
    assert _rows(body) == [
        (RU_MOD, "killed_or_wounded", 300, 300, "exact"),
        (RU_MOD, "killed_or_wounded", 40000, None, "over"),
    ]


# ------------------------------------------------- "a day after X announced their capture"
def test_a_capture_announced_in_the_same_sentence_is_the_announcers_too() -> None:
    body = (
        "South Korea's spy agency said Tuesday it had verified that Ukrainian forces captured three "
        "North Korean soldiers, a day after President Volodymyr Zelensky announced their capture.\n"
    )
    assert _rows(body) == [
        (NIS, "captured", 3, 3, "exact"),
        (ZELENSKYY, "captured", 3, 3, "exact"),
    ]


# ------------------------------------------------- "over three days" in undated news
def test_days_counted_in_news_told_without_a_date_end_the_day_before_the_news() -> None:
    body = (
        "Ukraine's Special Operations Forces said on Telegram that they had killed 61 North Korean "
        "soldiers and wounded 25 over three days of fighting in the region.\n"
    )
    rows = [
        (c["metric"], c["value_low"], c["stated_on"], c["basis"], c["period_start"], c["period_end"])
        for c in numeric_claims(HEADER + body)
    ]
    assert rows == [
        ("killed", 61, "2025-03-03", "period", "2025-02-28", "2025-03-02"),
        ("wounded", 25, "2025-03-03", "period", "2025-02-28", "2025-03-02"),
    ]


def test_a_running_total_told_without_a_date_keeps_no_period() -> None:
    """Negative: a total with no span named stays cumulative."""
    body = "Ukraine's Special Operations Forces said on Telegram that they had killed 610 North Korean soldiers.\n"
    rows = [(c["basis"], c["period_start"], c["period_end"]) for c in numeric_claims(HEADER + body)]
    assert rows == [("cumulative", "", "")]


# ------------------------------------------------- "…, a day after X announced …" dates X the day before
def test_a_day_after_x_announced_dates_x_the_day_before_the_main_clause() -> None:
    body = (
        "South Korea's spy agency said on Sunday it had verified that Ukrainian forces captured "
        "three North Korean soldiers, a day after President Volodymyr Zelensky announced their capture.\n"
    )
    rows = [(c["claimant"], c["stated_on"]) for c in numeric_claims(HEADER + body)]
    assert rows == [(NIS, "2025-03-02"), (ZELENSKYY, "2025-03-01")]


def test_a_day_later_opening_a_sentence_still_counts_forward() -> None:
    """Negative: "A day later, X said" is the day after the occasion before."""
    body = (
        "President Volodymyr Zelensky announced on Friday that Ukraine had captured two North Korean "
        "soldiers. A day later, the NIS said it had confirmed the capture of two soldiers.\n"
    )
    rows = [(c["claimant"], c["stated_on"]) for c in numeric_claims(HEADER + body)]
    assert rows == [(ZELENSKYY, "2025-02-28"), (NIS, "2025-03-01")]


def test_a_day_after_a_body_estimated_dates_the_estimate_the_day_before() -> None:
    body = (
        "Sergei Shoigu said on Friday that 4,000 military builders would go to Kursk, a day after "
        "Britain's Defence Intelligence estimated that 6,500 North Koreans had been killed or wounded.\n"
    )
    rows = [(c["value_low"], c["stated_on"]) for c in numeric_claims(HEADER + body)]
    assert rows == [(4000, "2025-02-28"), (6500, "2025-02-27")]


# ------------------------------------------------- the headline's side for a first figure naming none
def test_a_first_figure_naming_no_side_counts_the_headlines_side() -> None:
    text = (
        "EXPLAINER\n\nNorth Korea's troops in Belgorod: the numbers\n\nMonday, 3 March 2025\n\n"
        "The NIS now says about 14,000 troops have been sent in total, in three rotations.\n"
    )
    rows = [(c["claimant"], c["metric"], c["subject"], c["value_low"]) for c in numeric_claims(text)]
    assert rows == [(NIS, "troops_deployed", "DPRK forces", 14000)]


def test_a_headline_naming_two_sides_gives_no_side() -> None:
    """Negative: with Russian and North Korean troops in the headline, the figure's side stays unread."""
    text = (
        "EXPLAINER\n\nRussian troops and North Korean troops in Belgorod\n\nMonday, 3 March 2025\n\n"
        "The NIS now says about 14,000 troops have been sent in total, in three rotations.\n"
    )
    rows = [(c["claimant"], c["subject"], c["value_low"]) for c in numeric_claims(text)]
    assert rows == [(NIS, "", 14000)]


# ------------------------------------------------- "from April, when it put the dead at …"
def test_a_month_then_when_it_put_dates_the_earlier_figure_in_that_month() -> None:
    text = (
        "Wire\n\nSeptember 2, 2025\n\nTitle\n\n"
        "The National Intelligence Service told lawmakers on Tuesday that about 2,000 North Korean "
        "soldiers had been killed. Lee Seong-kweun, a lawmaker briefed by the agency, said the agency "
        "had raised its estimate from June, when it put the dead at about 700.\n"
    )
    rows = [
        (c["value_low"], c["stated_on"], c["stated_on_precision"], c["basis"], c["period_start"])
        for c in numeric_claims(text)
    ]
    assert rows == [
        (2000, "2025-09-02", "day", "cumulative", ""),
        (700, "2025-06-01", "month", "cumulative", ""),
    ]


def test_a_month_as_the_span_of_a_toll_stays_a_period() -> None:
    """Negative: "killed in May" with no "when it put" is the span the toll covers."""
    text = (
        "Wire\n\nSeptember 2, 2025\n\nTitle\n\n"
        "The National Intelligence Service told lawmakers on Tuesday that about 700 North Korean "
        "soldiers had been killed in May.\n"
    )
    rows = [
        (c["value_low"], c["stated_on"], c["basis"], c["period_start"], c["period_end"])
        for c in numeric_claims(text)
    ]
    assert rows == [(700, "2025-09-02", "period", "2025-05-01", "2025-05-31")]


# ------------------------------------------------- "had put the number at N on <day>, telling …"
def test_the_day_after_put_the_number_at_dates_the_figure() -> None:
    body = (
        "Ukrainian President Volodymyr Zelenskyy had put the number of North Korean troops in Russia "
        "at 12,000 on Feb. 7, telling reporters in Vienna.\n"
    )
    rows = [(c["claimant"], c["value_low"], c["stated_on"]) for c in numeric_claims(HEADER + body)]
    assert rows == [(ZELENSKYY, 12000, "2025-02-07")]


def test_a_day_after_a_toll_put_at_is_not_read_without_the_put_phrase() -> None:
    """Negative: "killed … on Feb. 7" dates the deaths' day, not the statement (a period)."""
    body = (
        "Ukrainian President Volodymyr Zelenskyy said that 120 North Korean soldiers were killed on "
        "Feb. 7, telling reporters in Vienna.\n"
    )
    rows = [(c["value_low"], c["basis"], c["period_start"]) for c in numeric_claims(HEADER + body)]
    assert rows == [(120, "period", "2025-02-07")]
