"""Appeals and demands in quotes and attributions without a reporting verb of their own: a sentence of
a quote attributed before or after it, over sentences; 'according to X'; and a verb the parser joins
to the reported clause ('said the situation was catastrophic and called on Israel to ...')."""
from __future__ import annotations

import pytest
from coding_helpers import code


def _dyads(coder, text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.cameo.root, e.modality)
            for e in code(coder, text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quote over sentences, attributed after its last one
        ('U.N. Secretary-General Antonio Guterres spoke in New York. "Israel must allow aid into Gaza. Civilians '
         'are starving," he told reporters.', ("IGO", "ISR", "10")),
        ('"The West should respect our security interests. It is only prolonging the war," Russian Foreign Minister Sergey '
         'Lavrov said.', ("RUS", "WST", "02")),
        # attributed before it, with a colon
        ('Iranian Foreign Minister Abbas Araghchi said on Sunday: "We will not negotiate under pressure. The '
         'Americans must lift the sanctions first."', ("IRN", "USA", "10")),
        # attributed by a participle
        ("British Foreign Secretary David Lammy echoed this, saying, “Ukraine has set out its position. It is "
         "now for Russia to accept it.”", ("GBR", "RUS", "02")),
        # a quote that goes on after one already attributed
        ('"We will keep up the pressure," the Chinese foreign ministry spokesperson said. "Japan should stop '
         'provoking its neighbours."', ("CHN", "JPN", "02")),
        # words put on social media
        ('"Israel should stop its attacks on Lebanon," French President Emmanuel Macron posted on X.',
         ("FRA", "ISR", "02")),
        # said 'according to' someone
        ("Washington should lift the sanctions on Venezuela, according to Venezuelan Foreign Minister Yvan Gil.",
         ("VEN", "USA", "02")),
    ],
)
def test_an_obligation_in_someone_s_words_is_their_appeal_or_demand(coder, text, expected):
    assert (*expected, "asserted") in _dyads(coder, text)


@pytest.mark.parametrize(
    "text, actor",
    [
        # no one is said to speak the quote
        ('"The Americans must lift the sanctions first." The minister made the remarks in Tehran.', "USA"),
        # the author's own sentence, with no quote
        ("Washington should lift the sanctions on Venezuela. Analysts expect a decision in May.", "USA"),
    ],
)
def test_an_obligation_no_one_is_said_to_speak_is_no_appeal(coder, text, actor):
    assert not [d for d in _dyads(coder, text) if d[2] in ("02", "10") and d[1] == actor]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Guterres said the situation in Gaza was catastrophic and called on Israel to allow aid in.",
         ("IGO", "ISR", "02")),
        ("The German foreign minister said the attack was unacceptable and urged Russia to withdraw its troops.",
         ("DEU", "RUS", "02")),
        ("Pakistan's foreign ministry said the strikes violated its sovereignty and urged Afghanistan to act "
         "against the militants.", ("PAK", "AFG", "02")),
        # the clause's 'would' is not the appeal's
        ("The EU's foreign policy chief said sanctions would remain in place and urged China to respect "
         "Taiwan's status.", ("IGO", "CHN", "02")),
    ],
)
def test_an_appeal_the_parser_joins_to_the_reported_clause_is_the_reporter_s(coder, text, expected):
    assert (*expected, "asserted") in _dyads(coder, text)


def test_a_joined_act_of_an_actor_the_clause_names_stays_its_own(coder):
    # 'the army attacked the village and killed ten': the clause's subject names an actor
    dyads = _dyads(coder, "Residents said Nigerian soldiers attacked the village and killed ten people.")
    assert any(d[0] == "NGA" and d[2] in ("18", "19") for d in dyads)
    assert not any(d[2] in ("18", "19") and d[0] is None for d in dyads)
