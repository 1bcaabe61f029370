"""Hard-wrapped text (issue 9): plain text broken at a fixed width, as e-mails, `lynx -dump`,
PDF text and plain-text exports give it, is read as paragraphs.

The fifteenth fresh set (tests/reports/README.md, session 9) was mostly written wrapped at about
110 characters; the rules of round 16 read each line as a paragraph, so a claimant on one line
and its figure on the next made no claim, and the set scored numeric F1 0.28. The texts below are
written for each behaviour, not copied from any report; each mechanism has a case that must not
change (a page with one paragraph per line, list items, table rows). Tests share no state.
"""

from __future__ import annotations

from etl.extract.document import _unwrap, _wrap_width, parse_layout
from tests.helpers import numeric_claims

SHOIGU = "Sergei Shoigu (Security Council of Russia)"
NIS = "National Intelligence Service (South Korea)"
ZEL = "Volodymyr Zelenskyy"


def _found(text: str) -> set[tuple[object, ...]]:
    return {(c["claimant"], c["value_low"], c["value_high"], c["qualifier"]) for c in numeric_claims(text)}


def _wrap(paragraph: str, width: int = 96, indent: str = "", hanging: str = "") -> str:
    """`paragraph` broken greedily at `width`, the first line after `indent`, the rest after
    `hanging` (a list item's second line sits under its text)."""
    lines, line = [], indent
    for word in paragraph.split():
        cur = hanging if lines else indent
        if len(line) + 1 + len(word) > width and line.strip():
            lines.append(line)
            line = f"{hanging}{word}"
        else:
            line = f"{line} {word}" if line.strip() else f"{cur}{word}"
    lines.append(line)
    return "\n".join(lines)


BRIEF = "\n".join(
    [
        "NORTHWIND RISK | Client briefing",
        "Russia: Kursk border region, issued 18 June 2025",
        "",
        "SUMMARY",
        _wrap(
            "- Yesterday, after meeting Kim Jong Un in Pyongyang, Russian Security Council secretary "
            "Sergei Shoigu said North Korea would send 1,000 sappers to clear mines in the Kursk region "
            "and 5,000 military builders to restore damaged infrastructure there.",
            hanging="  ",
        ),
        _wrap(
            "- Clients should expect more military road and rail traffic into the region; allow 2 extra "
            "hours for journeys of more than 300 km and carry water for 48 hours.",
            hanging="  ",
        ),
        "",
        "BACKGROUND",
        _wrap(
            "In a closed-door briefing to lawmakers on 30 April, South Korea's National Intelligence "
            "Service said about 600 North Korean soldiers had been killed in the fighting in Kursk, out of "
            "some 15,000 sent to Russia in two rounds. The agency did not say how it had counted them, and "
            "the figure could not be checked independently by this desk or by any of its 40 contributors."
        ),
        "",
        _wrap(
            "Earlier, on 2 February, President Zelensky told the Associated Press that of around 12,000 "
            "North Korean soldiers sent to fight for Russia, more than 4,000 had been killed or wounded in "
            "the Kursk region, a figure Moscow and Pyongyang have never addressed in public."
        ),
        "",
        "CONTACT",
        "Duty desk 24/7: +44 20 7946 0000 | Reference NR-2025-0618",
    ]
)


def test_a_wrapped_text_has_the_width_it_was_wrapped_at() -> None:
    width = _wrap_width(BRIEF.split("\n"))
    assert width is not None and 85 <= width <= 96


def test_a_claimant_on_one_line_and_the_figures_on_the_next_make_claims() -> None:
    found = _found(BRIEF)
    assert (SHOIGU, 1000, 1000, "exact") in found
    assert (SHOIGU, 5000, 5000, "exact") in found


def test_a_wrapped_paragraph_is_read_as_one_paragraph() -> None:
    found = _found(BRIEF)
    assert (NIS, 600, 600, "about") in found
    assert (ZEL, 4000, None, "over") in found


def test_list_items_and_headings_of_a_wrapped_text_stay_apart() -> None:
    paras = parse_layout(BRIEF).paragraphs
    items = [p for p in paras if p.startswith("- ")]
    assert len(items) == 2  # each item took its second line, and no item took the next one
    assert items[0].endswith("restore damaged infrastructure there.")
    assert [p[:24] for p in paras[2:]] == ["In a closed-door briefin", "Earlier, on 2 February, "]


def test_distractors_of_a_wrapped_text_stay_out() -> None:
    values = {c[1] for c in _found(BRIEF)}
    assert not values & {2, 48, 300, 40}


# A map's key: each entry's text hangs under its first line's text.
KEY = "\n".join(
    [
        "Situation map, sheet 2: key",
        "Drawn 14/03/2025 18:00 UTC | Scale 1:250,000 | Grid 10 km",
        "",
        "KEY AND NOTES",
        "",
        "[red square]   Settlements that Ukraine's commander-in-chief Oleksandr Syrskyi said on 12 March the",
        "               Ukrainian forces still held in the Kursk region, out of the 1,300 km2 taken in August",
        "               2024 (his estimate of the area was 400 km2 at the time; it is not shown here).",
        "[blue circle]  North Korean unit areas. Zelensky said on 2 February in an interview that more than",
        "               4,000 North Korean soldiers had been lost, killed or wounded, in the Kursk region,",
        "               out of around 12,000 that Pyongyang had sent to Russia since October 2024.",
        "[grey dashes]  The line of contact on 1 March, drawn from three open-source maps compared by the",
        "               cartographer; crossing points numbered 1 to 7 along the state border, north to south.",
        "[black star]   A command post visited by a senior Russian commander, its position approximate and",
        "               placed at district level, as the agencies that reported the visit gave no coordinates.",
    ]
)


def test_a_key_entry_that_hangs_under_its_text_is_one_paragraph() -> None:
    assert (ZEL, 4000, None, "over") in _found(KEY)
    entries = [p for p in parse_layout(KEY).paragraphs if p.startswith("[")]
    assert len(entries) == 4


# ---------------------------------------------------------------- what must not change
PAGE = """Around 1K North Korean Soldiers Killed Fighting for Russia - Officials
Jan. 22, 2025 - 12:40 pm

Around 1,000 North Korean soldiers have been killed fighting alongside Russian forces in the Kursk region, Western officials told the BBC on condition of anonymity, according to a report published on Wednesday.
The officials said the deaths occurred up to mid-January among the roughly 11,000 troops Pyongyang sent to Russia last autumn
Moscow and Pyongyang have never officially acknowledged the deployment, and the Kremlin did not respond to a request for comment
Read more
Russia Says It Downed 45 Ukrainian Drones Overnight Over Three Border Regions
Kursk Governor Reports 3 Civilians Wounded in Shelling Near the Border
Sberbank Profits Up 16% in 2024 as Lending Slows Across the Economy
"""


def test_a_page_with_one_paragraph_per_line_is_left_as_it_is() -> None:
    lines = PAGE.split("\n")
    assert _wrap_width(lines) is None
    assert _unwrap(lines) == lines


TABLE = "\n".join(
    ["Figures compared, as published by each source in the period under review (all unverified)"] * 2
    + [
        "| Source | Date | Figure | Qualifier | What it counts, as the source put it in its statement |",
        "| NIS | 2025-04-30 | 600 | about | killed in the fighting in the Kursk region of Russia |",
        "| Zelensky | 2025-02-02 | 4,000 | more than | killed or wounded in the Kursk region |",
        "| JCS | 2024-12-23 | 1,100 | around | killed or wounded, the military said in Seoul |",
    ]
    * 3
)


def test_table_rows_are_never_run_together() -> None:
    lines = TABLE.split("\n")
    assert _unwrap(lines) == lines


THREAD = "\n".join(
    [
        "Thread: NIS says about 2,000 North Korean soldiers dead - discuss",
        "",
        "  reply by steppe_watcher - 03 Sep 2025, 07:15 - 388 points",
        "  > about 2,000 North Korean soldiers have died",
        "  Still far below the British number, but that one counts killed and wounded together. The UK"
        " Ministry of Defence said on X on 15 June that North Korea had highly likely taken more than 6,000"
        " casualties in Kursk. Different metric, people.",
        "    reply by salt_grain - 03 Sep 2025, 07:40 - 201 points",
        "    > the third deployment announced in June",
        "    For anyone who missed it: on 17 June Sergei Shoigu said in Pyongyang that Kim had decided to send"
        " one thousand sappers to Kursk to clear mines, plus five thousand military builders.",
        "  reply by harbour_lurker - 03 Sep 2025, 08:30 - 4 points",
        "  My gut says it is 3k+ dead by now, but I have no source at all for that and nor does anyone here.",
        "  reply by old_hand_seoul - 03 Sep 2025, 07:58 - 143 points",
        "  For scale: back in November 2024 the NIS told lawmakers more than 11,000 had been sent to Kursk.",
    ]
)


def test_a_forum_thread_of_one_line_posts_under_short_headers_is_left_as_it_is() -> None:
    lines = THREAD.split("\n")
    assert _unwrap(lines) == lines


# ------------------------------------------------------------ the page's own date in its header
def test_a_header_field_that_says_published_dates_the_page_not_the_event_it_announces() -> None:
    text = (
        "Fourth Harbour Seminar on Open Sources: Programme\n"
        "Gdansk, 11-12 September 2025 | Programme version 2, published 28 August 2025\n\n"
        "The seminar opens with a keynote on counting foreign contingents from afar.\n"
    )
    published = parse_layout(text).published
    assert published is not None and published.date().isoformat() == "2025-08-28"


def test_a_published_field_followed_by_another_sentence_still_dates_the_page() -> None:
    text = (
        "Riverside Broadcasting\n"
        "Editorial board: minutes of the meeting held on 10 June 2025\n"
        "Published 12 June 2025. Approved in draft by the Chair; to be confirmed at the next meeting.\n\n"
        "The board discussed how casualty figures from intelligence agencies are attributed on air.\n"
    )
    published = parse_layout(text).published
    assert published is not None and published.date().isoformat() == "2025-06-12"


def test_header_fields_on_their_own_lines_are_not_run_together() -> None:
    fields = [
        "Call: Open Evidence 2025 | Reference: OE25-0193 | Submitted: May. 15, 2025 | Round two of the call",
        "Applicant: Tidewater University, School of Journalism (lead), with two newsroom partners",
        "Requested: GBP 148,500 over 24 months | Staff: 2.5 FTE | Duration of the project: two years",
    ]
    body = [_wrap("The North Korean contingent " + "that fought in the Kursk region was counted " * 12)] * 3
    lines = ["Harbour Trust | Open Proposals", *fields, "", *"\n\n".join(body).split("\n")]
    assert _wrap_width(lines) is not None
    assert _unwrap(lines)[1:4] == fields
    published = parse_layout("\n".join(lines)).published
    assert published is not None and published.date().isoformat() == "2025-05-15"


def test_a_section_heading_in_capitals_is_never_the_outlet() -> None:
    layout = parse_layout(BRIEF)
    assert layout.outlet != "SUMMARY"
    assert parse_layout(KEY).outlet != "KEY AND NOTES"
    key_first = "Atlas Maps\nKEY\n\n" + "\n".join(KEY.split("\n")[4:])
    assert parse_layout(key_first).outlet != "KEY"


def _indented_paragraphs(width: int = 72) -> str:
    """A record's floor statement: each paragraph's first line indented two spaces, the rest not."""
    paras = [
        "By December the North Korean troops were in combat in the Kursk region of Russia, and the losses"
        " began to mount. On December 23 the Joint Chiefs of Staff in Seoul estimated about 1,100 casualties.",
        "And on Monday of this week the South Korean National Intelligence Service told its National"
        " Assembly that about 300 North Korean soldiers had been killed and 2,700 wounded in the fighting.",
        "Mr. President, I have served this body for 18 years and I represent nearly 4 million people.",
        "I have not seen a clearer case of one government lending its young men to another government's war,"
        " and I ask my colleagues to support the resolution that my office has circulated this week.",
        "The resolution asks the administration to report to this body within thirty days on what it knows"
        " of the numbers involved and on what it intends to do about them in the months ahead. I yield.",
    ]
    lines = [_wrap(p, width, indent="  ") for p in paras]
    return "Congressional Record\nSenate, January 15, 2025\n\n" + "\n".join(lines) + "\n"


def test_a_paragraph_whose_first_line_is_indented_runs_on_into_its_lines() -> None:
    text = _indented_paragraphs()
    found = _found(text)
    assert (NIS, 300, 300, "about") in found
    assert (NIS, 2700, 2700, "about") in found
    paras = [p for p in parse_layout(text).paragraphs if p.startswith(("By December", "And on Monday"))]
    assert len(paras) == 2 and paras[1].endswith("wounded in the fighting.")


def test_a_heading_in_capitals_never_runs_on_into_the_text_under_it() -> None:
    body = [
        _wrap("The monitoring group said Ukraine still held a small area " * 3, 48, indent=" ", hanging=" ")
    ]
    page = [
        "P104  NEWS TEXT 104 Thu 13 Mar",
        "   RUSSIA SAYS SUDZHA BACK IN ITS HANDS  1/2",
        *body[0].split("\n"),
    ]
    lines = [*page, ""] * 3
    assert _wrap_width(lines) is not None
    assert "   RUSSIA SAYS SUDZHA BACK IN ITS HANDS  1/2" in _unwrap(lines)


# ------------------------------------------------- a word broken at a hyphen to wrap (PDF text)
def test_a_figure_word_broken_at_a_hyphen_over_two_lines_is_read_whole() -> None:
    text = (
        "Research Briefing\n\n20 June 2025\n\n"
        "On 17 June 2025, after talks in Pyongyang, the secretary of Russia's Security Council,\n"
        "Sergei Shoigu, said that Kim Jong Un had decided to send one thou-\n"
        "sand sappers to Russia to clear mines in the Kursk region.\n"
    )
    assert (SHOIGU, 1000, 1000, "exact") in _found(text)


def test_a_line_broken_inside_a_word_rejoins_it_but_a_words_own_hyphen_stays() -> None:
    lines = [
        "On Wednesday South Korea's National Intelligence Service (NIS) told law-",
        "makers on 30 April 2025 that about 15,000 troops had been sent, with self-",
        "propelled guns, and twenty-",
        "five officers.",
    ]
    joined = _unwrap([*lines])
    assert "told lawmakers on 30 April" in " ".join(joined)
    assert "self-propelled guns" in " ".join(joined)
    assert "twenty-five officers" in " ".join(joined)


def test_a_broken_word_that_merely_ends_like_a_prefix_is_joined_whole() -> None:
    """'recall-' / 'ed' is one word broken, though it ends in "all" (a prefix whose hyphen stays)."""
    lines = [
        "On Wednesday the committee chair said the figures had been recall-",
        "ed from the January briefing of the National Intelligence Service.",
    ]
    assert "had been recalled from" in " ".join(_unwrap(lines))
