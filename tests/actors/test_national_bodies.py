"""National bodies and names whose country depends on the document: a name that is ambiguous by
itself ('Congress') does not decide what the document is about, and people the tagger takes for
places still count for their country."""
from __future__ import annotations

import pytest

from corpus_helpers import last_subject


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Congress party criticized Modi. Congress demanded the resignation of the home minister.", "INDPTY"),
        ("Rahul Gandhi attacked Modi over Manipur. Congress demanded a debate in parliament.", "INDPTY"),
        ("Trump signed the order on Monday. Congress passed the bill on Tuesday.", "USALEG"),
        ("The Ministry of External Affairs condemned the attack.", "INDGOV"),
        ("The MEA summoned the Bangladeshi envoy.", "INDGOV"),
        ("The White House said on Monday that Russia had violated the ceasefire. "
         "A National Security Council spokeswoman condemned the strike on Kyiv.", "USAGOV"),
        ("North Korea fired a missile. The Democratic People's Republic of Korea condemned the drills.", "PRK"),
        ("Syrian Foreign Minister Asaad al-Shibani met Rubio in Washington.", "SYRGOV"),
    ],
)
def test_body_or_name_of_the_documents_country(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("On 8 May 2023, the FACA killed 9 civilians in the village of Bossangoa (Ouham).", "CAFMIL"),
        ("On 18 February 2025, the FARDC withdrew from Bukavu (Sud-Kivu).", "CODMIL"),
        ("The SNA recaptured the town from Al Shabaab.", "SOMMIL"),
        ("FAMa soldiers clashed with JNIM near Gao.", "MLIMIL"),
        ("The ENDF shelled Fano positions in Amhara.", "ETHMIL"),
        ("The PNP arrested a drug lord in Manila.", "PHLCOP"),
        ("The TNI deployed troops to Papua.", "IDNMIL"),
    ],
)
def test_national_forces_by_their_acronyms(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code
