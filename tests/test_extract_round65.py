"""Round 65 (session 36): slide decks pasted as text (set 213: PowerPoint outline exports, Keynote
text exports with presenter notes, Google Slides downloads and print previews, PDFs of slides with
running headers and footers; scored blind by the starting rules: numeric F1 0.424, all claims
0.333, then read).

The texts are invented for each behaviour, not copied from any report; negatives guard what must
not change. Tests share no state (xdist-safe).
"""

from __future__ import annotations

from typing import Any

from etl.extract import extract
from etl.extract.document import _month_first_dates
from tests.helpers import numeric_claims


def _rows(text: str) -> list[tuple[Any, ...]]:
    """(claimant, metric, low figure, high figure, qualifier, stated_on) of every numeric claim."""
    return sorted(
        (c["claimant"], c["metric"], c["value_low"], c["value_high"], c["qualifier"], c["stated_on"])
        for c in numeric_claims(text)
    )


def test_a_pdf_of_slides_with_a_running_footer_reads_each_slides_title_as_its_source() -> None:
    """A PDF of slides: the footer repeats on every page with its number, and the line after it is
    the next slide's title, which names the source and the day ("Seoul: NIS briefing, Wed 1/15",
    month first as the page's own "1/17/2025" is); its verbless bullets are that source's."""
    text = (
        "EASTBROOK INSTITUTE\n"
        "Korea Watch #3: the January numbers\n"
        "Presented 1/17/2025 · roundtable\n"
        "(text copied from the PDF; one block per slide)\n\n"
        "EI | Korea Watch #3 | 1/17/2025                                  2\n"
        "Seoul: NIS closed-door briefing, Wed 1/15\n"
        "• Relayed by a lawmaker after the session\n"
        "• About 250 killed in fighting in Kursk\n"
        '• Wounded "approaching 2,000"\n\n'
        "EI | Korea Watch #3 | 1/17/2025                                  3\n"
        "Questions?\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "killed", 250, 250, "about", "2025-01-15"),
        ("National Intelligence Service (South Korea)", "wounded", None, 2000, "nearly", "2025-01-15"),
    ]


def test_a_deck_named_only_by_its_slide_numbers_and_length_is_read_as_a_deck() -> None:
    """ "4 / 18  What the sources say" opens each slide (its number and the deck's length), and the
    paste's note says it came from "the PDF of the slides": its labelled bullets are statements."""
    text = (
        "NORTHLINE NEWS | Training desk\n"
        "Numbers drill: casualty figures from Kursk\n"
        "Morning session · Tuesday 14 January 2025\n"
        "(pasted from the PDF of the slides)\n\n"
        "4 / 18  What the sources say\n"
        "• HUR, Telegram post, Sun 12 Jan: more than 1,200 North Korean casualties in Kursk\n\n"
        "5 / 18  Style\n"
        "• Headline limit: 60 characters\n"
    )
    assert _rows(text) == [
        ("Defense Intelligence of Ukraine (HUR)", "killed_or_wounded", 1200, None, "over", "2025-01-12"),
    ]


def test_a_right_aligned_page_footer_is_not_the_tail_of_the_bullet_above_it() -> None:
    """ "INTL 2210 · Wk 4 · 2 / 6" far to the right under a bullet was run on into the bullet, so
    the bullet's figure was read with the course code and the page count after it."""
    text = (
        "INTL 2210 Evidence in War\n"
        "Week 4 seminar: losses in Kursk\n"
        "Harbourside University · Monday 20 January 2025\n"
        "(copied from the PDF handout; page footers kept)\n\n"
        "Two briefings\n"
        "• Fri 17 Jan, NIS to lawmakers (parliamentary briefing): North Korean losses so far: ~350 KIA\n"
        "                                              INTL 2210 · Wk 4 · 2 / 6\n"
        "Discussion\n"
        '1. What would falsify "~350"?\n'
        "                                              INTL 2210 · Wk 4 · 3 / 6\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "killed", 350, 350, "about", "2025-01-17"),
    ]


def test_a_charts_labels_and_the_notes_are_nobodys_statement() -> None:
    """(negative) "Bars: killed ~600 | wounded ~4,100", "Data labels: …" and "Notes: …" repeat the
    bullets: no claimant "Bars", no second row."""
    text = (
        "Slide 1 — NIS (parliamentary briefing, 30.04.2025)\n"
        "• about 650 North Korean soldiers killed in Kursk\n\n"
        "Slide 2 — Chart: North Korean casualties\n"
        "Y-axis: 0 / 1,000 / 2,000\n"
        "Bars: killed ~650 | wounded ~4,300\n"
        "Data labels: 650 killed · 4,300 wounded\n"
        "Notes: 650 killed is the NIS figure; do not add the bars.\n"
    )
    rows = _rows(text)
    assert [r[0] for r in rows] == ["National Intelligence Service (South Korea)"]
    assert [r[2] for r in rows] == [650]


def test_a_label_that_opens_on_its_day_names_its_speaker_after_it() -> None:
    """ "Tue 14.01. Syrskyi (Telegram): …" and "Wed 15 Jan, SSO (Telegram): …": the day, then who
    (the whole label had been read as a day, and the bullet given to nobody)."""
    text = (
        "TRAINING DESK · Keynote export, text only\n\n"
        "— 2 —\n"
        "The week in claims\n"
        '• Tue 14.01. Zelenskyy (Telegram): North Korean killed and wounded in Kursk "more than 3,500"\n'
        "• Wed 15.01. SSO (Telegram): 45 North Korean soldiers killed in Kursk\n"
        "Presenter notes: Workshop W-3 · Fri 17.01.2025 · 12 participants\n"
    )
    rows = _rows(text)
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", 3500, None, "over") in [r[:5] for r in rows]
    assert ("Special Operations Forces of Ukraine (SSO)", "killed", 45, 45, "exact") in [r[:5] for r in rows]
    assert len(rows) == 2


def test_a_speaker_and_the_occasion_in_one_part_of_a_label() -> None:
    """ "NIS statement to AFP" and "MoD statement" name the speaker, then the occasion; a bare
    "MoD" under a slide titled "Russia's count of …" is Russia's ministry."""
    text = (
        "Methods seminar deck · 9 May 2025\n\n"
        "Slide 2 — Russia's count of Ukrainian losses\n"
        " • 3 Dec 2024, MoD statement: over 38,000 servicemen lost by Ukraine in the Kursk area since August\n\n"
        "Slide 3 — Seoul\n"
        " • Sun 12 Jan 2025, NIS statement to AFP: 2 North Korean soldiers captured in Kursk\n"
    )
    rows = _rows(text)
    assert ("Russian Ministry of Defense", "killed_or_wounded", 38000, None, "over", "2024-12-03") in rows
    assert ("National Intelligence Service (South Korea)", "captured", 2, 2, "exact", "2025-01-12") in rows


def test_a_label_ending_its_line_gives_its_source_to_the_sub_bullets_under_it() -> None:
    """ "- Shoigu, remarks after talks in Pyongyang:" over "· 2,000 sappers …": the sub-bullets are
    Shoigu's, on the day the slide's title gives; a verbless batch is read as sent."""
    text = (
        "Lecture deck [Slides exported from Keynote as text]\n\n"
        "[3] Pyongyang, Wed 18 June\n"
        " - Shoigu, remarks after talks in Pyongyang:\n"
        '   · 2,000 sappers "to clear mines" in the Kursk region\n'
        "   · 4,000 military builders to repair roads there\n"
        ' - Headline sum: "6,000 North Koreans to Kursk" (not a claim)\n'
        " Presenter notes: two batches, not totals.\n"
    )
    rows = _rows(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Sergei Shoigu (Security Council of Russia)", "troops_deployed", 2000),
        ("Sergei Shoigu (Security Council of Russia)", "troops_deployed", 4000),
    ]


def test_a_sub_bullet_under_a_bullet_is_the_same_sources() -> None:
    """ "– about 3,500 casualties in all" under a bullet by Western officials is an item of its own
    that names no source: it keeps the bullet's source and day."""
    text = (
        "[PowerPoint, copied from Outline view] · Friday 7 February 2025\n\n"
        "2  Losses: the estimates\n"
        "   • 23 Jan, Western officials (briefing to reporters): about 900 North Korean soldiers killed in Kursk\n"
        "      – about 3,500 casualties in all: killed, wounded, missing and captured\n"
        "3  Questions?\n"
    )
    assert _rows(text) == [
        ("Western officials", "killed", 900, 900, "about", "2025-01-23"),
        ("Western officials", "killed_or_wounded", 3500, 3500, "about", "2025-01-23"),
    ]
    # a hollow bullet is an item of its own too, not the tail of the line above
    assert _rows(text.replace("– about 3,500", "◦ about 3,500")) == _rows(text)


def test_a_label_that_says_what_is_counted_takes_the_slides_source() -> None:
    """ "- North Korean killed in Kursk: about 650" under a slide titled "NIS briefing to the
    Intelligence Committee, 2025.4.29. (Tue)": the NIS's, on that day (Korean order, year first)."""
    text = (
        "LEGISLATIVE RESEARCH OFFICE · Issue briefing deck\n\n"
        "p.4  NIS briefing to the Intelligence Committee, 2025.4.29. (Tue)\n"
        " ○ relayed by two lawmakers\n"
        "   - North Korean killed in Kursk: about 650\n"
        "   - sent to Russia in total: about 14,000\n"
        "p.5  Implications\n"
        " ○ Hearing: 2025.5.9. (Fri), Room 301\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "killed", 650, 650, "about", "2025-04-29"),
        (
            "National Intelligence Service (South Korea)",
            "troops_deployed",
            14000,
            14000,
            "about",
            "2025-04-29",
        ),
    ]


def test_a_slides_source_line_names_the_source_of_its_bullets() -> None:
    """ "Source: General Staff …, Facebook, 27.04.2025" under bullets that name no source; a source
    line that names a compilation is nobody's (negative)."""
    text = (
        "[PowerPoint > Save as Outline] · 10 May 2025\n\n"
        "Slide 3 — Ukraine's count\n"
        " • Russian losses in the Kursk zone since August: 26,000 killed, 37,000 wounded\n"
        " Source: General Staff of the Armed Forces of Ukraine, Facebook, 27.04.2025\n\n"
        "Slide 4 — Our sums\n"
        " • North Korean losses on the Kursk front: 5,000 killed and wounded\n"
        " Source: our compilation of public statements\n"
    )
    rows = _rows(text)
    assert rows == [
        ("General Staff of the Armed Forces of Ukraine", "killed", 26000, 26000, "exact", "2025-04-27"),
        ("General Staff of the Armed Forces of Ukraine", "wounded", 37000, 37000, "exact", "2025-04-27"),
    ]


def test_a_deployment_figure_with_no_noun_counts_the_troops_the_deck_is_about() -> None:
    """ "Pentagon (…, 29 Oct): around 9,000 now in Russia" in a deck titled "North Korean troops in
    Russia": the figure counts North Korean troops; a distribution list's count is no claim."""
    text = (
        "RESEARCH SERVICE\n[Exported from PowerPoint: Outline view]\n\n"
        "Slide 1\nNorth Korean troops in Russia: who said what\n"
        "Private briefing · Thursday 7 November 2024 · Distribution: 31 missions\n\n"
        "Slide 2\nNumbers in play\n"
        "• Pat Ryder (Pentagon press briefing, 29 Oct): 9,000-10,000 now in Russia\n"
        "• Antony Blinken (press conference, 1 Nov): as many as 7,000 North Korean soldiers in the Kursk region\n"
    )
    assert _rows(text) == [
        ("Antony Blinken (US State Department)", "troops_deployed", None, 7000, "up_to", "2024-11-01"),
        ("Pat Ryder (US Department of Defense)", "troops_deployed", 9000, 10000, "range", "2024-10-29"),
    ]


def test_a_bullet_that_names_its_speaker_after_a_label_of_day_and_occasion() -> None:
    """ "Tue 7 Jan, nightly video address: Zelenskyy puts … at more than 39,000" names the speaker in
    the bullet; the next bullet's day and occasion with no speaker are the same speaker's."""
    text = (
        "Seminar handout (copied from the PDF of the slides) · Wednesday 15 January 2025\n\n"
        "Slide 2 — Statements\n"
        "• Tue 7 Jan, nightly video address: Zelenskyy puts Russian losses in the Kursk operation at more "
        "than 39,000 killed and wounded\n"
        '• Fri 10 Jan, speech to allies (Ramstein): the North Koreans "are losing them - 3 thousand as of now"\n'
    )
    rows = _rows(text)
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", 39000, None, "over", "2025-01-07") in rows
    assert ("Volodymyr Zelenskyy", "killed_or_wounded", 3000, 3000, "exact", "2025-01-10") in rows


def test_the_first_version_of_this_deck_is_a_wording_withdrawn() -> None:
    """'– v2 fix: the first version of this deck said "at least 1,300"' under the JCS's
    "around 1,300": one row, the JCS's own wording."""
    text = (
        "TRAINING DESK · Keynote export, text only\n\n"
        "— 2 —\n"
        "The week in claims\n"
        "• Tue 14.01. JCS Seoul: around 1,300 killed or wounded\n"
        '   – v2 fix: the first version of this deck said "at least 1,300". The JCS said "around".\n'
    )
    assert [(r[0], r[2], r[4]) for r in _rows(text)] == [
        ("Joint Chiefs of Staff (South Korea)", 1300, "about")
    ]


def _responses(text: str) -> list[tuple[str, str]]:
    return sorted((r["responder"], r["stance"]) for r in extract(text).responses)


def test_a_bullet_whose_label_is_who_and_whose_text_is_what_they_did_is_a_response() -> None:
    """ "• Russia's mission to the UN: declined to comment on Kirby's figure" and "• Ukraine's General
    Staff (same day): denied that …": who, then what they did, one sentence."""
    text = (
        "TRAINING DESK · Keynote export, text only\n\n"
        "— 4 —\n"
        "Asking the other side\n"
        "• Russia's mission to the UN: declined to comment on the figure\n"
        "• Ukraine's General Staff (same day): denied that the operation was over\n"
    )
    assert _responses(text) == [
        ("General Staff of the Armed Forces of Ukraine", "denied"),
        ("Permanent Mission of Russia to the United Nations", "no_comment"),
    ]
    # a house-style slide's label is nobody: "Style: declined to comment is no denial" is advice
    style = "TRAINING DESK · Keynote export, text only\n\n— 5 —\n• Style: declined to comment is no denial\n"
    assert _responses(style) == []


def test_a_bullet_that_opens_on_its_day_tells_what_was_done_that_day() -> None:
    """ "○ 2025.4.28. North Korea confirms the deployment" and "• 1 Feb: Kremlin spokesman Dmitry
    Peskov declined to comment …": a day, then a sentence (the day had been read as a label)."""
    text = (
        "ISSUE BRIEFING DECK · English version, copied from PDF · 2025.5.2.\n\n"
        "p.2  Summary\n"
        " ○ 2025.4.28. North Korea confirms the deployment\n"
        " • 1 Feb: Kremlin spokesman Dmitry Peskov declined to comment on a report of the pull-back\n"
    )
    assert _responses(text) == [("DPRK", "confirmed"), ("Dmitry Peskov (Kremlin)", "no_comment")]


def test_a_labelled_bullet_with_no_figure_tells_a_deployment_or_a_place_retaken() -> None:
    """ "• NATO (Mark Rutte, press conference, 29 Oct): North Korean units deployed to the Kursk
    region" and "• 14 Mar: Russian MoD (Telegram): Sudzha retaken, along with Podol": figure-less
    claims, read with their source, day and places."""
    text = (
        "[Exported from PowerPoint: Outline view] · Friday 21 March 2025\n\n"
        "Slide 2\nFirst contact\n"
        "• NATO (Mark Rutte, press conference, 29 Oct 2024): North Korean units deployed to the Kursk region\n"
        "• 14 Mar: Russian MoD (Telegram): Sudzha retaken, along with Podol\n"
    )
    got = sorted((c["claimant"], c["metric"], c["places"]) for c in extract(text).claims)
    assert got == [
        ("Mark Rutte (NATO)", "troops_deployed", ""),
        ("Russian Ministry of Defense", "recaptured", "Sudzha;Podol"),
    ]


def test_a_slides_title_that_names_a_place_and_a_day_dates_the_bullets_under_it() -> None:
    """ "[3] London, Sun 15 June" is where and when, not who: the bullet under it, with its own
    source and no day, is dated that Sunday (it had been dated the deck's day)."""
    text = (
        "Lecture 9 · Thursday 19 June 2025 [Slides exported from Keynote as text]\n\n"
        "[3] London, Sun 15 June\n"
        " - UK Defence Intelligence, intelligence update on X: more than 5,500 North Korean casualties in Kursk\n"
    )
    assert _rows(text) == [
        (
            "UK Ministry of Defence (Defence Intelligence)",
            "killed_or_wounded",
            5500,
            None,
            "over",
            "2025-06-15",
        )
    ]


def test_a_slides_month_alone_gives_no_speaker_from_the_slide_before() -> None:
    """(negative) "• April: about 550 killed in Kursk (NIS estimate)" on the slide after the NIS's
    briefing of 2 September: its own month, not the briefing's day (the speaker before is only
    carried over a day and occasion on the same slide)."""
    text = (
        "Panel deck · Friday 5 September 2025 (copied from the shared PDF)\n\n"
        "Panel 2 | 3\n"
        "What Seoul said\n"
        " • NIS to the Intelligence Committee, Tue 2 Sep: around 1,900 North Korean dead in Kursk\n\n"
        "Panel 2 | 4\n"
        "From 550 to 1,900\n"
        " • April: about 550 killed in Kursk (NIS estimate)\n"
    )
    rows = {r[2]: r for r in _rows(text)}
    assert rows[1900][5] == "2025-09-02"
    assert rows[550][5] == "2025-04-01"


def test_a_bullet_of_a_speakers_quoted_words_is_their_statement() -> None:
    """'• DPRK mission to the UN (First Committee, 20 Oct): "groundless stereotyped rumours"' and
    '• Peskov, 11 Oct: reports of North Korean troops "another piece of fake news"': the speaker's
    own words, read as a denial."""
    text = (
        "[Exported from PowerPoint: Outline view] · Friday 8 November 2024\n\n"
        "Slide 6\nDenials\n"
        '• DPRK mission to the UN (First Committee, 20 Oct): "groundless stereotyped rumours"\n'
        '• Peskov, 11 Oct: reports of North Korean troops "another piece of fake news"\n'
    )
    assert _responses(text) == [
        ("Dmitry Peskov (Kremlin)", "denied"),
        ("Permanent Mission of the DPRK to the United Nations", "denied"),
    ]
    # (negative) quoted words that say nothing untrue are no denial
    losses = text.replace('"groundless stereotyped rumours"', '"there are already losses"')
    assert _responses(losses) == [("Dmitry Peskov (Kremlin)", "denied")]


def test_a_bullet_that_tells_a_stance_in_a_sentence_without_its_stop() -> None:
    """ "• The NIS statement confirms Zelenskyy's announcement (…)" and "◦ same day: the NIS said only
    that it was checking reports of casualties" were left out as slide furniture."""
    text = (
        "Seminar handout (copied from the PDF of the slides) · Wednesday 15 January 2025\n\n"
        "Slide 3 — Seoul confirms\n"
        "• The NIS statement confirms Zelenskyy's announcement (cooperation with the SBU)\n\n"
        "Slide 4 — The strike\n"
        "• Sun 24 Nov, Global Defense Corp (website): ~450 North Koreans killed in the strike\n"
        "   ◦ same day: the NIS said only that it was checking reports of casualties\n"
    )
    assert _responses(text) == [
        ("National Intelligence Service (South Korea)", "confirmed"),
        ("National Intelligence Service (South Korea)", "no_comment"),
    ]


def test_a_timelines_dated_bullets_in_the_historical_present_are_events() -> None:
    """ "• 5-6 Aug 2024 (night): Ukrainian forces cross into Kursk Oblast near Sudzha" and "• 12 Mar:
    Putin, in uniform, visits a command post …": a timeline's present tense tells what was done
    that day (the bullets had been read as a label and its text)."""
    text = (
        "Roundtable deck · Friday 14 March 2025 (Google Slides > File > Download > Plain text)\n\n"
        "Slide 1 of 6: Timeline\n"
        "• 5-6 Aug 2024 (night): Ukrainian forces cross into Kursk Oblast near Sudzha\n"
        "• 12 Mar: Putin, in uniform, visits a command post in Kursk Oblast\n"
        "• 11 Mar: talks in Jeddah; 30-day ceasefire proposal\n"
    )
    events = sorted((e["date_start"], e["place"]) for e in extract(text).events)
    assert events == [("2024-08-05", "Sudzha"), ("2025-03-12", "")]


def test_a_sub_bullet_that_only_says_where_gives_its_bullet_the_places() -> None:
    """ "   – near Plekhovo and Martynovka" under a HUR bullet: the places of that bullet's figure."""
    text = (
        "EASTBROOK INSTITUTE\nKorea Watch #4\nPresented 1/17/2025\n(text copied from the PDF; one block per slide)\n\n"
        "EI | Korea Watch #4 | 1/17/2025                                  2\n"
        "Kyiv: HUR, Mon 1/13\n"
        "• At least 40 NK troops killed or wounded in Kursk\n"
        "   – near Plekhovo and Martynovka\n\n"
        "EI | Korea Watch #4 | 1/17/2025                                  3\n"
        "Questions?\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["claimant"], claim["value_low"], claim["places"]) == (
        "Defense Intelligence of Ukraine (HUR)",
        40,
        "Plekhovo;Martynovka",
    )


def test_a_decks_day_with_its_dots_and_a_figure_less_statements_day() -> None:
    """ "captured alive in Kursk on 25.12." is 25 December (the day a European deck writes with its
    dots); "• 14 Mar: Russian MoD (Telegram): Sudzha retaken" is dated 14 March (the figure-less
    statement had no day)."""
    text = (
        "TRAINING DESK · Keynote export, text only · Mon 30.12.2024\n\n"
        "— 3 —\n"
        "• Fri 27.12. NIS statement: one NK soldier captured alive in Kursk on 25.12. has died of his wounds\n"
    )
    (claim,) = numeric_claims(text)
    assert (claim["stated_on"], claim["period_start"], claim["period_end"]) == (
        "2024-12-27",
        "2024-12-25",
        "2024-12-25",
    )
    retaken = (
        "[Exported from PowerPoint: Outline view] · Friday 21 March 2025\n\n"
        "Slide 2\nThe front\n• 14 Mar: Russian MoD (Telegram): Sudzha retaken\n"
    )
    assert [(c["metric"], c["stated_on"]) for c in extract(retaken).claims] == [("recaptured", "2025-03-14")]


def test_a_verbless_bullet_with_its_source_in_brackets_after_the_figure() -> None:
    """ "• NK losses: 3,000+ (NIS, 13 Jan)", "• NK captured: 2 (Zelenskyy, Telegram, 11 Jan)": what
    is counted, the figure, then who said it and when; the slide's title "Losses" is what the slide
    counts, not a source (it had been read as the speaker of every bullet)."""
    text = (
        "NIGHT DESK · Keynote export, text only\nKursk numbers · Wednesday 15 January 2025\n\n"
        "— 2 —\nLosses\n"
        "• NK losses: 3,000+ (NIS, 13 Jan)\n"
        "• NK captured: 2 (Zelenskyy, Telegram, 11 Jan)\n"
        "• Deployed to Russia: ~11,000 (Western intelligence, 13 Jan)\n"
    )
    assert _rows(text) == [
        (
            "National Intelligence Service (South Korea)",
            "killed_or_wounded",
            3000,
            None,
            "over",
            "2025-01-13",
        ),
        ("Volodymyr Zelenskyy", "captured", 2, 2, "exact", "2025-01-11"),
        ("Western intelligence agencies", "troops_deployed", 11000, 11000, "about", "2025-01-13"),
    ]


def test_a_slide_titled_by_a_place_may_name_its_source_in_the_line_under_it() -> None:
    """ "Slide 3: Seoul" over "NIS briefing to lawmakers, 13 Jan": the bullets that say what is
    counted are the NIS's, that day."""
    text = (
        "KURSK BRIEFING PACK\nSlides for the regional desk · Monday 13 January 2025\n\n"
        "Slide 3: Seoul\n"
        "NIS briefing to lawmakers, 13 Jan\n"
        "- North Korean killed in Kursk: about 320\n"
        "- sent to Russia in total: about 11,500\n\n"
        "Slide 4: Questions\n"
    )
    assert _rows(text) == [
        ("National Intelligence Service (South Korea)", "killed", 320, 320, "about", "2025-01-13"),
        (
            "National Intelligence Service (South Korea)",
            "troops_deployed",
            11500,
            11500,
            "about",
            "2025-01-13",
        ),
    ]


def test_a_days_label_over_labelled_sub_bullets_dates_them() -> None:
    """ "• 22 Dec:" alone on its line over "– Zelenskyy (Telegram): …" and "– JCS: …": the sub-bullets
    were said that day (they had been dated the deck's day)."""
    text = (
        "DESK TRAINING · PowerPoint outline export\nFriday 28 March 2025\n\n"
        "Slide 2 — The week\n"
        "• 22 Dec:\n"
        "   – Zelenskyy (Telegram): more than 2,800 North Korean soldiers killed or wounded in Kursk\n"
        "   – JCS: around 1,050 North Korean casualties\n"
    )
    assert [r[5] for r in _rows(text)] == ["2024-12-22", "2024-12-22"]


def test_a_slides_notes_that_say_whose_statement_its_figures_are() -> None:
    """ "Speaker notes: Both figures are from the JCS statement of 26 March." under bullets that name
    no source: the JCS's, that day; notes that name no statement give none (negative)."""
    text = (
        "DESK TRAINING · PowerPoint outline export\nFriday 28 March 2025\n\n"
        "Slide 3 — Casualties\n"
        "• ~3,900 North Korean casualties in Kursk\n"
        "• at least 2,500 more sent to Russia in January and February\n"
        "Speaker notes: Both figures are from the JCS statement of 26 March.\n"
    )
    assert [(r[0], r[2], r[5]) for r in _rows(text)] == [
        ("Joint Chiefs of Staff (South Korea)", 3900, "2025-03-26"),
        ("Joint Chiefs of Staff (South Korea)", 2500, "2025-03-26"),
    ]
    vague = text.replace("Both figures are from the JCS statement of 26 March.", "Both figures are rounded.")
    assert _rows(vague) == []


def test_a_training_slides_examples_and_exercises_are_nobodys_claims() -> None:
    """(negative) A "Don't" slide's wrong examples, a quiz's answer and an exercise's made-up
    figure, and labels such as "Wrong:" or "Hypothetical:", are no one's statement: no row (a
    deck named by its slide numbers had read them as claims of "Wrong" and "Hypothetical")."""
    text = (
        "STANDARDS DESK · slides (text pasted from the PDF of the slides)\nThursday 3 April 2025\n\n"
        "8 / 20  Don't\n"
        '• Wrong: "4,100 North Koreans died in Kursk"\n'
        "• Example headline: JCS says 4,100 North Koreans killed\n"
        "• Quiz: how many North Korean troops were sent in total? (answer: 11,500)\n\n"
        "9 / 20  Exercise\n"
        "• Hypothetical: a channel claims 9,500 North Korean soldiers killed\n\n"
        "10 / 20  The real figure\n"
        "• JCS, statement, Thu 27 Mar: around 4,100 North Korean casualties in Kursk\n"
    )
    assert [(r[0], r[2]) for r in _rows(text)] == [("Joint Chiefs of Staff (South Korea)", 4100)]


def test_an_outlet_in_a_slides_source_line_is_no_claimant() -> None:
    """(negative) "Source: Reuters, 23 Dec" under a bullet that names no source: the outlet that
    reported the figure is not the one who gave it."""
    text = (
        "Kursk update · PowerPoint outline export · Friday 27 December 2024\n\n"
        "Slide 2 — Casualties\n"
        "• About 3,000 North Korean soldiers killed or wounded in Kursk\n"
        "Source: Reuters, 23 Dec\n"
    )
    assert [c["claimant"] for c in numeric_claims(text)] == []


def test_a_trackers_month_first_days_before_its_rows_are_no_slide_numbers() -> None:
    """(negative) "12/16  HUR said …" and "12/19  The NIS told …" open a tracker's rows with their
    days: no deck (a deck's slides are numbered out of one length, "7 / 24", "8 / 24")."""
    text = (
        "Kursk tracker, updated 12/20/2024\n\n"
        "12/16  HUR said on Telegram that at least 30 North Korean soldiers were killed or wounded in Kursk.\n"
        "12/19  The NIS told lawmakers that at least 100 North Korean soldiers had been killed in December.\n"
    )
    assert [(r[0], r[2]) for r in _rows(text)] == [
        ("Defense Intelligence of Ukraine (HUR)", 30),
        ("National Intelligence Service (South Korea)", 100),
    ]


def test_a_bullets_source_set_off_by_a_dash_or_in_brackets_at_its_end() -> None:
    """ "• Zelenskyy (Telegram, 22 Dec) – more than 2,900 …", "• Kirby, press briefing, 26 Dec - "a
    thousand" …" and "• 70 killed, 35 wounded over three days (SSO, Telegram, 22 Dec)": labelled
    bullets in all but the colon; a dash after a name with no day nor occasion is no label
    (negative)."""
    text = (
        "Briefing slides · Google Slides > Download > Plain text · Friday 27 December 2024\n\n"
        "Slide 2 of 5: Casualty claims\n"
        "• Zelenskyy (Telegram, 22 Dec) – more than 2,900 North Korean soldiers killed or wounded in Kursk\n"
        '• Kirby, press briefing, 26 Dec - "a thousand" killed or wounded in the last week\n'
        "• 70 killed, 35 wounded over three days (SSO, Telegram, 22 Dec)\n"
        "• Kursk – 6,000 North Koreans in all (our sum, not a claim)\n"
    )
    assert [(r[0], r[2], r[5]) for r in _rows(text)] == [
        ("John Kirby (White House National Security Council)", 1000, "2024-12-26"),
        ("Special Operations Forces of Ukraine (SSO)", 70, "2024-12-22"),
        ("Special Operations Forces of Ukraine (SSO)", 35, "2024-12-22"),
        ("Volodymyr Zelenskyy", 2900, "2024-12-22"),
    ]


def test_a_month_first_pages_days_without_their_year_are_read_only_where_a_day_goes() -> None:
    """On a page that writes "12/20/2024" month first, "Mon 12/16", "…, 12/16)" and "12/14-12/15"
    are days; a post's counter "(2/3)" and "3/4 of the troops" are not (negative)."""
    lines = [
        "Presented 12/20/2024",
        "Kyiv: HUR, Mon 12/16",
        "• White House (John Kirby, press briefing, 12/16): dozens",
        "• At least 30 killed, 12/14-12/15",
        "Thread (2/3): about 3/4 of the troops",
    ]
    assert _month_first_dates(lines) == [
        "Presented 2024-12-20",
        "Kyiv: HUR, Mon 16 December",
        "• White House (John Kirby, press briefing, 16 December): dozens",
        "• At least 30 killed, 14-15 December",
        "Thread (2/3): about 3/4 of the troops",
    ]
