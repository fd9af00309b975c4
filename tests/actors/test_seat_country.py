"""A national body named without its country belongs to the country the phrase names, else to the
country of the seats of power the document names when they are all of one country, else to the
country the document is about."""
from __future__ import annotations

import pytest

from corpus_helpers import last_subject


@pytest.mark.parametrize(
    "text, code",
    [
        ("Russia and North Korea signed a defense pact in Pyongyang. Russian troops and North Korean "
         "officials met again in Moscow. The White House said it was watching closely. "
         "A National Security Council spokeswoman said the pact was a concern.", "USAGOV"),
        ("Russian and Chinese warships held drills near Japan. Moscow and Beijing called them routine. "
         "The Kremlin praised the exercise. The Foreign Ministry said the drills threatened no one.", "RUSGOV"),
        ("Iran and Israel traded strikes. Iranian media said Israel hit Isfahan. Israeli jets flew over Iraq. "
         "The Kremlin urged restraint. The Defense Ministry said more would follow.", "RUSMIL"),
    ],
)
def test_a_body_is_of_the_country_of_the_seats_the_story_names(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code and actor.resolved_by == "seat-country"


@pytest.mark.parametrize(
    "text, code",
    [
        ("The White House said talks would go on. Pakistan's Foreign Ministry said it was ready.", "PAKGOV"),
        ("Turkey and Syria met in Ankara. The Kremlin and the White House commented. "
         "Turkey's army moved north. The Foreign Ministry said Turkey would respond.", "TURGOV"),
    ],
)
def test_the_phrase_and_mixed_seats_come_before_or_leave_the_seats(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Pakistan Rangers arrested two suspects in Karachi.", "PAKMIL"),
        ("The Border Security Force fired at smugglers.", "INDMIL"),
        ("The Central Reserve Police Force patrolled the district.", "INDCOP"),
        ("The Frontier Corps repulsed the attack.", "PAKMIL"),
    ],
)
def test_named_paramilitary_forces(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code
