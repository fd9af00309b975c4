"""Organisations the knowledge base does not list are coded by the kind their name carries and the
country their name (or the story) gives; another country's body or party inside such a name is a
word of it ('the Zimbabwe Congress of Trade Unions' is no US Congress)."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.documents.readers import read_text

PUBLISHED = date(2025, 3, 1)


def sources(coder, text: str) -> list[str]:
    return [e.source.code for e in coder.code(read_text(text, "t", published=PUBLISHED))]


@pytest.mark.parametrize("text, code", [
    ("The Zimbabwe Congress of Trade Unions called for a general strike.", "ZWELAB"),
    ("The Nigeria Labour Congress called on the government to raise wages.", "NGALAB"),
    ("The Myanmar Democratic Alliance Army attacked a junta base.", "MMRREB"),
    ("The Mozambique Liberation Front accused the opposition of fraud.", "MOZREB"),
    ("The Ethiopian Human Rights Commission accused security forces of killing civilians.", "ETHHRI"),
    ("The Uganda Law Society condemned the arrest of the opposition leader.", "UGAJUD"),
    ("The Indonesian Ulema Council condemned the attack.", "IDNREL"),
    ("The Zambia Students' Association urged the president to reverse the fee increase.", "ZMBEDU"),
    ("The Student Federation of Chile organized a march in Santiago.", "CHLEDU"),
])
def test_an_organisation_is_coded_by_the_kind_its_name_carries(coder, text, code):
    assert code in sources(coder, text)


@pytest.mark.parametrize("text, code", [
    # a name with 'for' in it is matched whole
    ("The Democratic Forces for the Liberation of Rwanda attacked a village in North Kivu.", "CODREB"),
    ("The Movement for Democratic Change accused the ruling party of rigging the vote.", "ZWEPTY"),
])
def test_names_with_for_are_matched_whole(coder, text, code):
    assert code in sources(coder, text)


@pytest.mark.parametrize("text, code", [
    # the same country's body, and a body named after the country that is its own, stay
    ("The U.S. Congress condemned the attack.", "USALEG"),
    ("The Somali National Army killed 20 al-Shabaab fighters.", "SOMMIL"),
    ("The Kenya National Police arrested 20 protesters in Nairobi.", "KENCOP"),
    # a liberation army the knowledge base lists keeps its code
    ("The People's Liberation Army held drills near Taiwan.", "CHNMIL"),
])
def test_known_bodies_keep_their_codes(coder, text, code):
    assert code in sources(coder, text)
