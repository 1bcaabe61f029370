"""Round 30: the misses and extras of writers 52-56's ordinary news (five sets, w54-w58: Western
newspapers and broadcasters, Asian desks and wires, Ukrainian, Russian and independent outlets in
English, international broadcasters and syndication, short daily stories).

Each test names a behaviour the round-30 rules add. The sentences are invented for each
behaviour, not copied from any report; negatives guard what must not change. Tests share no
state (xdist-safe).
"""

from __future__ import annotations

from tests.helpers import read_numeric

HEADER = "Wire\n\nMarch 3, 2025\n\nTitle\n\n"
BUDANOV = "Kyrylo Budanov (HUR)"
HUR = "Defense Intelligence of Ukraine (HUR)"
KIRBY = "John Kirby (White House National Security Council)"
NIS = "National Intelligence Service (South Korea)"
ROMANOV = "Vladimir Romanov (Russian military blogger)"


def _rows(body: str) -> list[tuple[object, ...]]:
    """(claimant, metric, low, high, qualifier) of each figure under a dated header."""
    return read_numeric(body, HEADER)


# ------------------------------------------------- a body's figure a spokesman then quotes bare
def test_a_bare_quoted_figure_puts_the_bodys_figure_in_the_officials_mouth() -> None:
    body = (
        "Roughly a thousand North Korean soldiers were killed or wounded near Sudzha over seven days, "
        "the White House said on Tuesday.\n\n"
        "National Security Council spokesman John Kirby called the assaults reckless.\n\n"
        '"Roughly a thousand," Kirby said when a reporter asked for a number.\n'
    )
    assert _rows(body) == [(KIRBY, "killed_or_wounded", 1000, 1000, "about")]


def test_a_spokesman_who_never_gives_the_figure_leaves_it_to_the_body() -> None:
    """Negative: the body said the figure; the spokesman said something else."""
    body = (
        "Roughly a thousand North Korean soldiers were killed or wounded near Sudzha over seven days, "
        "the White House said on Tuesday.\n\n"
        "National Security Council spokesman John Kirby called the assaults reckless.\n\n"
        '"They are being thrown away," Kirby said.\n'
    )
    assert _rows(body) == [("White House", "killed_or_wounded", 1000, 1000, "about")]


def test_a_different_quoted_figure_is_not_the_bodys() -> None:
    """Negative: the official quotes another number, not the body's."""
    body = (
        "Roughly a thousand North Korean soldiers were killed or wounded near Sudzha over seven days, "
        "the White House said on Tuesday.\n\n"
        '"Maybe fifty," Kirby said of the prisoners.\n'
    )
    assert [r for r in _rows(body) if r[2] == 1000] == [
        ("White House", "killed_or_wounded", 1000, 1000, "about")
    ]


# ------------------------------------------------- "X said [body] chief [name] had put …"
def test_a_body_title_before_a_named_chief_after_said_is_the_chief() -> None:
    body = "A visiting senator said HUR chief Kyrylo Budanov had put Russian losses near Sudzha at about 7,000.\n"
    assert _rows(body) == [(BUDANOV, "killed_or_wounded", 7000, 7000, "about")]


def test_a_body_named_after_said_with_no_chief_still_speaks() -> None:
    """Negative: the body after "said" is still the speaker when no title and name follow it."""
    body = "A visiting senator said HUR and Kyrylo Budanov put Russian losses near Sudzha at about 7,000.\n"
    assert _rows(body) == [(HUR, "killed_or_wounded", 7000, 7000, "about")]


# ------------------------------------------------- "According to [relay], [official] put …"
def test_according_to_a_relay_the_named_official_who_put_the_figure_speaks() -> None:
    body = "According to Senator Whitcombe, Budanov put Russian losses near Sudzha at about 7,000.\n"
    assert _rows(body) == [(BUDANOV, "killed_or_wounded", 7000, 7000, "about")]


def test_according_to_a_relay_with_no_official_the_relay_speaks() -> None:
    """Negative: with no known official after it, the name after "according to" is the source."""
    body = "According to Senator Whitcombe, Russian losses near Sudzha reached about 7,000.\n"
    assert _rows(body) == [("Senator Whitcombe", "killed_or_wounded", 7000, 7000, "about")]


# ------------------------------------------------- a blogger described with two adjectives
def test_a_pro_war_military_blogger_is_the_blogger_named_next() -> None:
    body = (
        "A Russian pro-war military blogger has claimed that Russian paratroopers killed more than 120 "
        "Ukrainian soldiers near Sudzha.\n\n"
        "Vladimir Romanov wrote on Telegram that the fighting had lasted all night.\n"
    )
    assert _rows(body) == [(ROMANOV, "killed", 120, None, "over")]


def test_a_described_blogger_with_no_named_blogger_is_nobody() -> None:
    """Negative: no blogger named next, no person credited."""
    body = (
        "A Russian pro-war military blogger has claimed that Russian paratroopers killed more than 120 "
        "Ukrainian soldiers near Sudzha.\n\n"
        "The claim could not be verified.\n"
    )
    assert [r for r in _rows(body) if r[0] == ROMANOV] == []


# ------------------------------------------------- "the N.I.S." spelt with full stops
def test_the_nis_with_full_stops_is_the_spy_agency() -> None:
    body = "The N.I.S. told lawmakers on Monday that about 400 North Korean soldiers had been killed.\n"
    assert _rows(body) == [(NIS, "killed", 400, 400, "about")]


# ------------------------------------------------- "confirmed the capture", other figures between
CAPTURE_STORY = (
    "About 400 North Korean soldiers have been killed in Kursk, the NIS told lawmakers on Monday.\n\n"
    "On Saturday, President Volodymyr Zelensky said his troops had captured three North Korean "
    "soldiers near Sudzha. He posted photographs of the men.\n\n"
)


def test_a_confirmed_capture_keeps_the_capture_when_the_speaker_counted_deaths_before() -> None:
    body = CAPTURE_STORY + (
        "The NIS confirmed the capture on Sunday, saying the three had been taken prisoner on Feb. 2.\n"
    )
    assert _rows(body) == [
        (NIS, "killed", 400, 400, "about"),
        ("Volodymyr Zelenskyy", "captured", 3, 3, "exact"),
        (NIS, "captured", 3, 3, "exact"),
    ]


def test_a_new_death_count_after_a_capture_stays_a_death_count() -> None:
    """Negative: a speaker's own new figure of deaths is no repeat of the capture."""
    body = (
        CAPTURE_STORY + "The NIS said on Sunday that about 500 North Korean soldiers had now been killed.\n"
    )
    assert (NIS, "killed", 500, 500, "about") in _rows(body)


# ------------------------------------------------- "according to its estimate"
def test_according_to_its_estimate_is_the_body_named_before() -> None:
    body = (
        "The Joint Chiefs of Staff said North Korean units had taken heavy losses near Sudzha. "
        "Around 3,500 of them had been killed or wounded, according to its estimate.\n"
    )
    assert _rows(body) == [("Joint Chiefs of Staff (South Korea)", "killed_or_wounded", 3500, 3500, "about")]


def test_according_to_its_estimate_with_nobody_before_names_nobody() -> None:
    """Negative: with no speaker before, "its" points at nobody."""
    body = "Around 3,500 North Korean soldiers had been killed or wounded, according to its estimate.\n"
    assert [r for r in _rows(body) if r[0] == "Joint Chiefs of Staff (South Korea)"] == []


# ------------------------------------------------- "at about N and the wounded at M"
def test_about_carries_over_a_parallel_at_phrase() -> None:
    body = "The NIS put the number of North Koreans killed at about 450 and the wounded at 3,100.\n"
    assert _rows(body) == [(NIS, "killed", 450, 450, "about"), (NIS, "wounded", 3100, 3100, "about")]


def test_exact_parallel_at_phrases_stay_exact() -> None:
    """Negative: no approximation word, no approximation."""
    body = "The NIS put the number of North Koreans killed at 450 and the wounded at 3,100.\n"
    assert _rows(body) == [(NIS, "killed", 450, 450, "exact"), (NIS, "wounded", 3100, 3100, "exact")]


# ------------------------------------------------- "…, a figure Kyiv dismissed" (no "that")
def test_a_figure_the_other_side_dismissed_without_that_keeps_the_claim() -> None:
    body = (
        "In May, Valery Gerasimov claimed that Ukraine had lost more than 66,000 troops killed and "
        "wounded near Sudzha, a figure Kyiv dismissed.\n"
    )
    assert _rows(body) == [("Valery Gerasimov", "killed_or_wounded", 66000, None, "over")]


def test_a_figure_the_other_side_dismissed_with_that_still_keeps_the_claim() -> None:
    """Negative: the form with "that" reads as before."""
    body = (
        "In May, Valery Gerasimov claimed that Ukraine had lost more than 66,000 troops killed and "
        "wounded near Sudzha, a figure that Kyiv dismissed.\n"
    )
    assert _rows(body) == [("Valery Gerasimov", "killed_or_wounded", 66000, None, "over")]


# ------------------------------------------------- "quoted X as saying"
def test_a_paper_quoting_an_official_as_saying_gives_the_figure_to_the_official() -> None:
    body = (
        "Last week, The Washington Post quoted a senior U.S. defense official as saying several hundred "
        "North Korean troops had been killed or wounded near Sudzha.\n"
    )
    assert _rows(body) == [
        ("US Department of Defense (senior official)", "killed_or_wounded", 200, 999, "range")
    ]


def test_a_paper_reporting_on_its_own_keeps_the_figure() -> None:
    """Negative: with nobody quoted, the paper that reported it is the source."""
    body = (
        "Last week, The Washington Post reported that several hundred North Korean troops had been "
        "killed or wounded near Sudzha.\n"
    )
    rows = _rows(body)
    assert len(rows) == 1
    assert rows[0][0] != "US Department of Defense (senior official)"
    assert rows[0][1:] == ("killed_or_wounded", 200, 999, "range")


# ------------------------------------------------- "the number of injured is nearing N"
def test_the_number_of_injured_counts_the_injured_whatever_follows() -> None:
    body = (
        "At least 150 North Korean soldiers sent to Russia have been killed and the number of injured "
        "is nearing 1,200 after they took part in combat near Sudzha this month, the NIS said.\n"
    )
    assert _rows(body) == [(NIS, "killed", 150, None, "at_least"), (NIS, "wounded", None, 1200, "nearly")]


def test_the_number_of_soldiers_stays_the_force() -> None:
    """Negative: a number of soldiers is the force, not a loss."""
    body = "The number of North Korean soldiers is nearing 14,000 after they took part in combat, the NIS said.\n"
    assert _rows(body) == [(NIS, "troops_deployed", None, 14000, "nearly")]


# ------------------------------------------------- "risen from its estimate of about N"
def test_a_toll_risen_from_an_earlier_estimate_keeps_the_earlier_figure() -> None:
    body = (
        "About 1,800 North Korean soldiers have been killed, the NIS said on Tuesday. The NIS told "
        "lawmakers that the death toll had risen sharply from its estimate of about 500 in late March.\n"
    )
    assert _rows(body) == [(NIS, "killed", 1800, 1800, "about"), (NIS, "killed", 500, 500, "about")]


def test_an_earlier_estimate_with_no_count_before_is_not_read() -> None:
    """Negative: with no count before to repeat, nothing says what the earlier estimate counted."""
    body = "The NIS told lawmakers that the death toll had risen sharply from its estimate of about 500 in March.\n"
    assert _rows(body) == []


# ------------------------------------------------- weapon systems by their own names
def test_himars_in_an_equipment_list_are_no_loss_count() -> None:
    body = (
        '"Since the fighting began, the enemy has lost over 5,100 servicepeople, 30 tanks, 12 multiple '
        'rocket launchers, including 5 HIMARS and four MLRS made in the USA," the Russian Defense Ministry said.\n'
    )
    assert _rows(body) == [("Russian Ministry of Defense", "killed_or_wounded", 5100, None, "over")]


def test_soldiers_in_the_same_list_are_still_counted() -> None:
    """Negative: the people in an equipment list are still a loss count."""
    body = '"The enemy has lost over 5,100 servicepeople and 30 tanks," the Russian Defense Ministry said.\n'
    assert _rows(body) == [("Russian Ministry of Defense", "killed_or_wounded", 5100, None, "over")]


# ------------------------------------------------- a standing US garrison
def test_us_troops_stationed_in_south_korea_are_no_deployment_claim() -> None:
    body = (
        "About 2,000 North Korean soldiers have been killed, the NIS told lawmakers on Tuesday. Some "
        "analysts think the lessons could be used on the peninsula, a sobering thought for the 28,500 "
        "American troops stationed in the South.\n"
    )
    assert _rows(body) == [(NIS, "killed", 2000, 2000, "about")]


def test_north_korean_troops_sent_to_russia_are_still_deployed() -> None:
    """Negative: a deployment to the war is still counted."""
    body = "About 11,000 North Korean troops have been sent to Russia, the NIS said on Tuesday.\n"
    assert _rows(body) == [(NIS, "troops_deployed", 11000, 11000, "about")]
