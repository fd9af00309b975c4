"""Names that are no actor where they stand, and owners read from the sentence: a capital that names
where a thing is or was agreed ('the Doha agreement') is no government, a compass word after a name
ends a district's name ('Imphal West'), 'some of its officials' belong to the subject of a clause
before them, and captors are armed men of the country where they hold their captives."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

RECENT = date(2025, 3, 1)


def codes_of(coder, text: str, published: date) -> list[tuple[str, str, str | None]]:
    events = coder.code(read_text(text, "t", published=published))
    return [(e.cameo.code, e.source.code, e.target.code if e.target else None) for e in events]


@pytest.mark.parametrize(
    "text, not_wanted",
    [
        ("Protesting farmers blocked the Delhi-Amritsar highway on Sunday.", "INDGOV"),
        ("The Taliban urged that all parts of the Doha agreement be implemented.", "QATGOV"),
        ("Zelenskyy said Russia had violated the Minsk agreements.", "BLRGOV"),
    ],
)
def test_a_capital_naming_where_a_thing_is_is_no_government(coder, text, not_wanted):
    found = codes_of(coder, text, RECENT)
    assert found and not_wanted not in {t for _, _, t in found}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("The Kremlin rejected the Kyiv proposal.", ("RUSGOV", "UKRGOV")),
        ("Beijing officials criticized the Manila government.", ("CHNGOV", "PHLGOV")),
    ],
)
def test_a_capital_before_a_proposal_or_a_government_still_names_it(coder, text, dyad):
    assert dyad in {(s, t) for _, s, t in codes_of(coder, text, RECENT)}


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("A constable was shot dead by unidentified assailants in Imphal West.", ("INDUAF", "INDCOP")),
        ("Russia accused the West of prolonging the war in Ukraine.", ("RUS", "WST")),
    ],
)
def test_a_compass_word_after_a_name_is_part_of_a_district(coder, text, dyad):
    assert dyad in {(s, t) for _, s, t in codes_of(coder, text, RECENT)}


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("As the White House weighs restoring economic cooperation with Russia, some of its officials are "
         "hinting at lifting sanctions.", "0354", "USAGOV"),
    ],
)
def test_its_officials_belong_to_the_subject_of_the_clause_before(coder, text, code, source):
    assert source in [s for c, s, _ in codes_of(coder, text, RECENT) if c == code]


def test_their_families_in_an_object_still_belong_to_the_last_object(coder):
    assert ("0841", "RUS", "UKRCVL") in codes_of(coder, "Russia returned Ukrainian children to their families.", RECENT)


@pytest.mark.parametrize(
    "text, code, source",
    [
        ("More than 270 schoolgirls kidnapped in Zamfara state were freed by their captors on Tuesday.", "0841", "NGAUAF"),
        ("The hostage-takers released two Thai nationals in Gaza.", "0841", "PSEUAF"),
    ],
)
def test_captors_are_unidentified_armed_men_of_where_they_hold_captives(coder, text, code, source):
    assert source in [s for c, s, _ in codes_of(coder, text, RECENT) if c == code]
