"""Footnote markers glued to figures (papers, wiki pages, PDFs pasted as text).

"more than 11,000[1] troops" is the figure 11,000 with a note: the marker must neither end the
number's words nor hide the figure. Sentences are invented for each behaviour; negatives guard
what must not change.
"""

from __future__ import annotations

from etl.extract.markup import plain_text
from tests.helpers import read_numeric

HEADER = "Occasional Paper\n\nJuly 10, 2025\n\nThe Kursk precedent\n\n"
NIS = "National Intelligence Service (South Korea)"


def test_a_bracketed_note_glued_to_a_figure_leaves_the_figure_and_its_qualifier() -> None:
    body = (
        "South Korea's National Intelligence Service told lawmakers on 20 November 2024 that more "
        "than 11,000[1] North Korean troops had been deployed to the Kursk region.\n"
    )
    assert read_numeric(body, HEADER) == [(NIS, "troops_deployed", 11000, None, "over")]


def test_two_figures_each_with_its_note_are_two_claims() -> None:
    body = (
        "On 30 April the NIS told lawmakers that about 600[5] North Korean soldiers had been killed "
        "and about 4,100[5] wounded.\n"
    )
    assert read_numeric(body, HEADER) == [
        (NIS, "killed", 600, 600, "about"),
        (NIS, "wounded", 4100, 4100, "about"),
    ]


def test_a_superscript_note_after_a_figure_is_dropped_too() -> None:
    assert plain_text("about 600³ killed and 4,100⁴ wounded") == "about 600 killed and 4,100 wounded"


def test_units_notes_that_open_a_line_and_markers_after_words_are_left_alone() -> None:
    text = "an area of 140 km² [2]\n[1] NIS briefing, 20 November 2024.\nthe Kursk region.[3]"
    assert plain_text(text) == text
