"""Verbs of roots 01-05 that news uses for a code the lexicon knew only under other codes, or only
with words that news leaves out: wars foretold, hopes for an outcome, mistakes conceded, acts disowned, charges disputed, claims named for a hoax, policies
reviewed, views shared, delegations sent, video conferences, talks taken up again, states courted,
aid let in asked for or promised, swaps and talks proposed, honours awarded, statutes joined
(01_statement.txt ... 05_diplomatic.txt) -- and the everyday senses of the same words,
which must code nothing of the family."""
from __future__ import annotations

import pytest
from coding_helpers import assert_event, assert_no_event


# --- 01 make public statement ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Japan hopes for a peaceful resolution of the dispute.", "013", "JPN", None),
        ("Kenya hopes for a breakthrough in the talks with Somalia.", "013", "KEN", "SOM"),
        ("Hezbollah disavowed the attack.", "016", "LBN", None),
        ("The Kremlin called the report disinformation.", "016", "RUS", None),
        ("Russia dismissed the allegations as a hoax.", "016", "RUS", None),
        ("The Taliban dismissed the UN findings as propaganda.", "016", "AFG", "IGO"),
        ("The UN secretary-general warned of a wider war in the Middle East.", "012", "IGO", None),
        ("Egypt warned of an escalation in the region.", "012", "EGY", None),
        ("Germany is reviewing its arms exports to Israel.", "014", "DEU", "ISR"),
        ("The United States will reassess its relationship with Saudi Arabia.", "014", "USA", "SAU"),
        ("The EU endorsed the U.S. assessment.", "019", "IGO", "USA"),
        ("Australia supports the view of the United States.", "019", "AUS", "USA"),
        ("The Pakistani government conceded mistakes in the rescue operation.", "015", "PAK", None),
        ("Russia disputed the accusations.", "016", "RUS", None),
        ("Beijing countered the allegations.", "016", "CHN", None),
        ("Islamabad pushed back against the accusations.", "016", "PAK", None),
        ("The Egyptian government countered the accusations by Human Rights Watch.", "016", "EGY", None),
        ("Japan shares the assessment of the United States.", "019", "JPN", "USA"),
    ],
)
def test_statements(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # hopes and fears of business and social sectors are moods
        ("Ukrainians hope for peace after three years of war.", ("013",)),
        ("Residents hope that the flood waters will recede soon.", ("013",)),
        ("Investors hope for a deal on tariffs.", ("013",)),
        ("Farmers worry that the drought will destroy their crops.", ("012",)),
        # a hope beside another verb is its motive
        ("Kyiv struck the bridge, hoping that the strike would slow the Russian advance.", ("013",)),
        # support of someone in their stance is backing them (051), no view shared
        ("India supports Mauritius in its stance on the Chagos Islands.", ("019",)),
        # results and elections disputed, defeat conceded, fire returned
        ("Ukraine disputed the election results in Crimea.", ("016",)),
        ("The opposition contested the election.", ("016",)),
        ("Labour conceded defeat.", ("015",)),
        ("Vietnam disputes China's claims in the South China Sea.", ("016",)),
        ("The Philippines rebuffed Beijing's suggestion of joint patrols.", ("016",)),
        ("The Indian army hit back at Pakistani positions.", ("016",)),
        # a warning of consequences or of a war with someone is a threat
        ("Iran warned of consequences if Israel attacked.", ("012",)),
        ("North Korea warned of war with the United States.", ("012",)),
        # a court's review is no policy option weighed
        ("The Supreme Court reviewed the agreement.", ("014",)),
        ("The ministry reviewed the security situation.", ("014",)),
    ],
)
def test_other_senses_are_no_statements(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 02 appeal and 03 intent ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The EU called on Israel to allow aid into Gaza.", "0255", "IGO", "ISR"),
        ("The UAE urged Sudan's army to let relief convoys into Darfur.", "0255", "ARE", "SDN"),
        ("The opposition sought an appointment with the President of Kenya.", "026", "KEN", None),
        ("Israel agreed to allow aid into Gaza.", "0355", "ISR", None),
        ("Ukraine proposed a prisoner swap with Russia.", "0353", "UKR", "RUS"),
        ("Turkey proposed hosting peace talks between Russia and Ukraine.", "039", "TUR", None),
        ("Saudi Arabia pledged $10 billion in investments in Pakistan.", "0311", "SAU", None),
    ],
)
def test_appeals_and_intents(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # aid accepted is no involvement allowed
        ("The president urged parliament to accept the IMF loan.", ("0255",)),
        ("Ukraine agreed to receive more aid from the EU.", ("0355",)),
    ],
)
def test_other_senses_are_no_appeals_or_intents(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 04 consult -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("The White House sent a delegation to attend the inauguration in Taipei.", "042", "USA", None),
        ("Macron jetted off to Beijing.", "042", "FRA", "CHN"),
        ("Putin and Xi held a video conference on Monday.", "041", "RUS", "CHN"),
        ("Iran came back to the negotiating table.", "046", "IRN", None),
        ("The Chief Minister apprised the Prime Minister of India of the flood situation.", "040", "IND", None),
        ("Modi interacted with Indian students in Paris.", "040", "IND", None),
    ],
)
def test_consultations(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        # a team of police sent, fans flying, an envoy dispatched with no place named
        ("Police sent a team to the village.", ("042",)),
        # a table that is no negotiating table
        ("The minister came back to the table after a break for lunch.", ("046",)),
        ("The fans jetted off to Qatar for the World Cup.", ("04",)),
        ("China dispatched a special envoy.", ("042",)),
    ],
)
def test_other_senses_are_no_consultations(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


# --- 05 diplomatic cooperation --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Putin is courting Erdogan.", "050", "RUS", "TUR"),
        ("Beijing has been wooing Pacific island nations.", "050", "CHN", None),
        ("Erdogan feted the Hungarian leader.", "051", "TUR", "HUN"),
        ("Xi awarded Putin the Order of Friendship.", "051", "CHN", "RUS"),
        ("Germany asked Namibia for forgiveness.", "055", "DEU", "NAM"),
        ("India and Canada restored full diplomatic staffing.", "050", "IND", "CAN"),
        ("Ukraine acceded to the Rome Statute.", "057", "UKR", None),
        ("Turkey mended fences with Egypt.", "050", "TUR", "EGY"),
        ("Serbia warmed up to China.", "050", "SRB", "CHN"),
        ("India entered into an agreement with France on nuclear energy.", "057", "IND", "FRA"),
        ("Ethiopia and Eritrea reconciled after two decades of hostility.", "050", "ETH", "ERI"),
        ("Ethiopia and Eritrea reconciled their differences.", "050", "ETH", "ERI"),
    ],
)
def test_diplomatic_cooperation(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text, prefixes",
    [
        ("Trump is courting controversy with his remarks on Greenland.", ("05",)),
        ("The senator is courting voters in Ohio.", ("05",)),
        ("The company is courting investors in Dubai.", ("050",)),
        ("The court awarded damages to the family.", ("051",)),
        ("Germany slowly warmed up to the idea of sending tanks.", ("050",)),
        ("The athletes warmed up before the race.", ("05",)),
        ("The finance ministry of Kenya reconciled the accounts.", ("05",)),
        ("Germany is struggling to reconcile its values with its trade interests.", ("05",)),
        ("The Nobel committee awarded the prize to a Belarusian activist.", ("051",)),
    ],
)
def test_other_senses_are_no_cooperation(coder, text, prefixes):
    assert_no_event(coder, text, prefixes)


@pytest.mark.parametrize(
    "text, prefix, source, target",
    [
        ("Modi made a brief stop in Cyprus.", "042", "IND", "CYP"),
        ("Prime Minister Modi left for Japan on a two-day visit.", "042", "IND", "JPN"),
    ],
)
def test_stops_and_departures(coder, text, prefix, source, target):
    assert_event(coder, text, prefix, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Ukrainians left for Poland.",
        "Indian troops left for the Congo to join the UN mission.",
        "The minister left for home after the meeting.",
        "The gunmen left him for dead.",
        "A police team from Delhi left for Kolkata.",
    ],
)
def test_departures_that_are_no_visits(coder, text):
    assert_no_event(coder, text, ("042",))
