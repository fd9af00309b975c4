"""Dated roles of heads of state and government and of foreign and defence ministers."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge


@pytest.mark.parametrize(
    "name, day, code",
    [
        ("Nikos Dendias", date(2021, 5, 1), "GRCGOV"),  # foreign minister
        ("Dendias", date(2024, 5, 1), "GRCMIL"),  # then defence minister
        ("Ranil Wickremesinghe", date(2023, 1, 10), "LKAGOV"),
        ("Prachanda", date(2023, 6, 1), "NPLGOV"),
        ("Prachanda", date(2020, 6, 1), "NPL"),  # between terms: only the country is certain
        ("Peter Mutharika", date(2022, 6, 1), "MWI"),
        ("Mutharika", date(2025, 11, 1), "MWIGOV"),
        ("Sultani Makenga", date(2025, 2, 1), "CODREB"),
        ("Mohammed Badaru Abubakar", date(2024, 3, 1), "NGAMIL"),
        ("Itamar Ben-Gvir", date(2025, 2, 1), "ISR"),  # out of government from January to March 2025
        ("Ben Gvir", date(2025, 6, 1), "ISRGOV"),
        ("Sarfraz Bugti", date(2025, 3, 12), "PAKGOV"),
        ("Kristi Noem", date(2025, 6, 1), "USAGOV"),
        ("Bobi Wine", date(2021, 1, 14), "UGAOPP"),
        ("Andrej Babis", date(2019, 1, 1), "CZEGOV"),
        ("Robert Fico", date(2015, 1, 1), "SVKGOV"),
    ],
)
def test_code_on_the_day(name: str, day: date, code: str) -> None:
    person = load_knowledge().lookup_person(name)
    assert person is not None and person.code_on(day) == code


def test_family_name_alone_in_office() -> None:
    """'Hun' alone is Hun Sen until August 2023 and Hun Manet after: one holder on each day."""
    kb = load_knowledge()
    assert kb.holder_named("Hun", date(2020, 1, 1)).name == "Hun Sen"
    assert kb.holder_named("Hun", date(2024, 1, 1)).name == "Hun Manet"


@pytest.mark.parametrize(
    "given, surname, expected",
    [
        ("Abdelaziz", "Bouteflicka", "Abdelaziz Bouteflika"),  # a misspelt surname keeps its start
        ("Michael", "McCaul", None),  # Michael Higgins was in office, but this is someone else
        ("David", "Gee", None),
    ],
)
def test_a_given_name_before_another_surname_is_someone_else(given, surname, expected) -> None:
    person = load_knowledge().holder_named(given, date(2015, 3, 1), True, surname)
    assert (person.name if person else None) == expected
