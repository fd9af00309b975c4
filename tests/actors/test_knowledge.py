"""The actor knowledge base: lookups on the shipped data, and validation of malformed files."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.knowledge import KnowledgeBase, load_knowledge, normalize
from dyadwatch.errors import LexiconError


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S.", "us"),
        ("Kim Jong-un", "kim jong un"),
        ("Élysée", "elysee"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("  the   Kremlin ", "kremlin"),
        ("Sergei K. Shoigu", "sergei k shoigu"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Moscow", "RUSGOV", "capital"),  # "Moscow said it would retaliate."
        ("Pyongyang", "PRKGOV", "capital"),
        ("the Kremlin", "RUSGOV", "seat"),  # "The Kremlin denied the report."
        ("White House", "USAGOV", "seat"),
        ("Pentagon", "USAMIL", "seat"),
        ("Élysée", "FRAGOV", "seat"),
        ("Elysee", "FRAGOV", "seat"),
        ("U.S.", "USA", "alias"),
        ("US", "USA", "alias"),
        ("United States", "USA", "country"),
        ("Britain", "GBR", "alias"),
        ("Russians", "RUS", "adjective"),
        ("Soviet Union", "RUS", "alias"),
        ("Burma", "MMR", "alias"),
        ("Cote d'Ivoire", "CIV", "alias"),
        ("Czechia", "CZE", "alias"),
        ("DRC", "COD", "alias"),
        ("North Korean", "PRK", "adjective"),
        ("Palestinians", "PSE", "adjective"),
        ("Kosovo", "XKX", "country"),
        ("U.N.", "IGOUNO", "igo"),  # "The U.N. Security Council met on Friday."
        ("Security Council", "IGOUNO", "igo"),
        ("NATO", "IGOWSTNAT", "igo"),
        ("European Union", "IGOEUREEC", "igo"),
        ("WHO", "IGOUNOWHO", "igo"),
        ("Amnesty International", "NGOAMN", "igo"),
    ],
)
def test_lookup_name(kb: KnowledgeBase, text: str, code: str, kind: str) -> None:
    entry = kb.lookup_name(text)
    assert entry is not None
    assert (entry.code, entry.kind) == (code, kind)


@pytest.mark.parametrize("text", ["us", "who", "Kurds", "nowhere"])
def test_lookup_name_misses(kb: KnowledgeBase, text: str) -> None:
    """Acronyms match only in capitals ("told us", "who said"); stateless peoples are not countries."""
    assert kb.lookup_name(text) is None


@pytest.mark.parametrize(
    ("lemmas", "code"),
    [
        (["defense", "minister"], "MIL"),  # "Russian Defense Minister Sergei K. Shoigu"
        (["defence", "secretary"], "MIL"),
        (["foreign", "minister"], "GOV"),
        (["minister"], "GOV"),
        (["troop"], "MIL"),
        (["Troop"], "MIL"),
        (["police", "officer"], "COP"),
        (["rebel"], "REB"),
        (["rebel", "leader"], "REB"),
        (["lawmaker"], "LEG"),
        (["refugee"], "REF"),
        (["armed", "force"], "MIL"),
    ],
)
def test_lookup_sector(kb: KnowledgeBase, lemmas: list[str], code: str) -> None:
    assert kb.lookup_sector(lemmas) == code


def test_lookup_sector_is_exact(kb: KnowledgeBase) -> None:
    assert kb.lookup_sector(["defense"]) is None


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Putin", date(2010, 1, 1), "RUSGOV"),  # prime minister then
        ("Vladimir Putin", date(2024, 3, 1), "RUSGOV"),
        ("Shoigu", date(2023, 7, 26), "RUSMIL"),  # "Shoigu visited Pyongyang on July 26, 2023."
        ("Sergei K. Shoigu", date(2024, 6, 1), "RUSGOV"),  # Security Council secretary
        ("Kim Jong Un", date(2023, 9, 5), "PRKGOV"),
        ("Kim Jong-un", date(2023, 9, 5), "PRKGOV"),
        ("Kim Jong Il", date(2005, 1, 1), "PRKGOV"),
        ("Belousov", date(2024, 6, 1), "RUSMIL"),
        ("Ban Ki-moon", date(2010, 1, 1), "IGOUNO"),
        ("Stoltenberg", date(2020, 1, 1), "IGOWSTNAT"),
        ("Zelenskyy", date(2022, 3, 1), "UKRGOV"),
        ("MBS", date(2016, 1, 1), "SAUMIL"),
        ("Ismail Haniyeh", date(2020, 1, 1), "PSEREB"),
        # outside every role only the country is certain
        ("Donald Trump", date(2023, 1, 1), "USA"),
        ("Kim Jong Un", date(1995, 1, 1), "PRK"),
        ("Ban Ki-moon", date(2018, 1, 1), "IGO"),
        # no date: the latest role
        ("Shoigu", None, "RUSGOV"),
        ("Bill Clinton", None, "USAGOV"),
    ],
)
def test_person_code_on(kb: KnowledgeBase, text: str, day: date | None, code: str) -> None:
    person = kb.lookup_person(text)
    assert person is not None
    assert person.code_on(day) == code


def test_role_on(kb: KnowledgeBase) -> None:
    shoigu = kb.lookup_person("Sergei Shoigu")
    assert shoigu is not None
    assert shoigu.role_on(date(2023, 7, 26)).title == "defense minister"
    assert shoigu.role_on(date(2024, 5, 12)).code == "RUSGOV"  # the later-starting role wins on the day of change
    assert shoigu.role_on(date(1990, 1, 1)) is None


def test_people_share_one_record_across_aliases(kb: KnowledgeBase) -> None:
    assert kb.lookup_person("Putin") is kb.lookup_person("Vladimir V. Putin")
    assert kb.lookup_person("mbs") is None
    assert kb.lookup_person("Kim") is None  # shared by several people: never an alias


def test_max_name_tokens_covers_long_names(kb: KnowledgeBase) -> None:
    assert kb.max_name_tokens >= len("Democratic People's Republic of Korea".split())


def test_load_is_cached() -> None:
    assert load_knowledge() is load_knowledge()


# ---------------------------------------------------------------------------------------------
# Validation: each malformed file names its file and line and says how to fix the entry

GOOD = {
    "countries.tsv": "RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow\n"
    "USA\tUnited States\tU.S.\tAmerican\tWashington\n",
    "seats.tsv": "# seats\nthe Kremlin\tRUSGOV\n",
    "igos.tsv": "IGOUNO\tUnited Nations\tUN|U.N.\n",
    "sectors.tsv": "troop\tMIL\ndefense minister\tMIL\n",
    "people.tsv": "Vladimir Putin\tPutin\tRUSGOV\t2000-05-07\t2008-05-07\tpresident\n",
    "regions.tsv": "RUS\tKursk\tKursk region\t-\nUSA\tGeorgia\t-\tGeorgia\n",
    "parties.tsv": "RUSPTY\tUnited Russia\t-\t-\n",
    "groups.tsv": "RUSMIL\tWagner Group\tWagner\t-\t-\t-\n",
    "bodies.tsv": "Supreme Court\tJUD\n",
    "media.tsv": "# outlets\nTASS\tRUSMED\n",
}


def write(directory: Path, overrides: dict[str, str] | None = None) -> Path:
    for name, text in {**GOOD, **(overrides or {})}.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_small_valid_directory(tmp_path: Path) -> None:
    kb = load_knowledge(write(tmp_path))
    assert kb.lookup_name("Moscow").code == "RUSGOV"
    assert kb.lookup_name("TASS").code == "RUSMED"
    assert kb.lookup_person("Putin").code_on(date(2001, 1, 1)) == "RUSGOV"


@pytest.mark.parametrize(
    ("file", "text", "line", "message"),
    [
        ("countries.tsv", "RUS\tRussia\tRussian Federation\n", 1, "expected 5 TAB-separated fields"),
        ("countries.tsv", "# header\n\nRu\tRussia\t-\t-\t-\n", 3, "malformed country code 'Ru'"),
        ("countries.tsv", "RUS\tRussia\t-\t-\t-\nRUS\tRussia\t-\t-\t-\n", 2, "defined twice"),
        ("seats.tsv", "the Kremlin\tRUSGOV\textra\n", 1, "expected 2 TAB-separated fields"),
        ("seats.tsv", "the Kremlin\tRUSGO\n", 1, "malformed actor code 'RUSGO'"),
        ("seats.tsv", "Zhongnanhai\tCHNGOV\n", 1, "unknown country 'CHN'"),
        ("seats.tsv", "Moscow\tRUSMIL\n", 1, "'Moscow' means RUSMIL here but RUSGOV at"),
        ("igos.tsv", "UNO\tUnited Nations\t-\n", 1, "malformed organisation code 'UNO'"),
        ("igos.tsv", "IGOUNO\tUnited Nations\tUN\nIGOEUREEC\tEuropean Union\tUN\n", 2, "'UN' means IGOEUREEC"),
        ("sectors.tsv", "troop\tARMY\n", 1, "unknown sector code 'ARMY'"),
        ("sectors.tsv", "troop\tMIL\ntroop\tCOP\n", 2, "'troop' (COP) is already listed at"),
        ("sectors.tsv", "troop\tMIL\ntroop\tMIL\n", 2, "'troop' (MIL) is already listed at"),
        ("people.tsv", "Putin\tRUSGOV\t2000-05-07\t-\tpresident\n", 1, "expected 6 TAB-separated fields"),
        ("people.tsv", "Vladimir Putin\tPutin\tRUSGOV\t2000-05-32\t-\tpresident\n", 1, "bad start date '2000-05-32'"),
        ("people.tsv", "Vladimir Putin\tPutin\tRUSGOV\t2000-05-07\tnow\tpresident\n", 1, "bad end date 'now'"),
        ("people.tsv", "Vladimir Putin\tPutin\tRUSGOV\t2008-05-07\t2000-05-07\tpresident\n", 1, "starts on 2008-05-07 after"),
        ("people.tsv", "Xi Jinping\tXi\tCHNGOV\t2013-03-14\t-\tpresident\n", 1, "unknown country 'CHN'"),
        (
            "people.tsv",
            "Sergei Ivanov\tIvanov\tRUSMIL\t2001-03-28\t2007-02-15\tdefense minister\n"
            "Igor Ivanov\tIvanov\tRUSGOV\t1998-09-11\t2004-03-09\tforeign minister\n",
            2,
            "'Ivanov' names both Igor Ivanov and Sergei Ivanov",
        ),
        ("people.tsv", "Moscow Mayor\tMoscow\tRUSGOV\t2010-01-01\t-\tmayor\n", 1, "also a place or organisation name"),
        ("regions.tsv", "RUS\tKursk\t-\n", 1, "expected 4 TAB-separated fields"),
        ("regions.tsv", "XYZ\tKursk\t-\t-\n", 1, "unknown country 'XYZ'"),
        ("regions.tsv", "RUS\tMoscow\t-\t-\n", 1, "'Moscow' means RUS here but RUSGOV at"),
        ("parties.tsv", "RUSPTY\tUnited Russia\t-\tUR\nRUSGOV\tKremlin party\t-\tUR\n", 2, "in the same country"),
        ("parties.tsv", "RUSPT\tUnited Russia\t-\t-\n", 1, "malformed actor code 'RUSPT'"),
        ("groups.tsv", "RUSMIL\tWagner Group\t-\t-\t2023-13-01\t-\n", 1, "bad start date '2023-13-01'"),
        ("groups.tsv", "RUSMIL\tWagner Group\t-\t-\t2024-01-01\t2023-01-01\n", 1, "starts on 2024-01-01 after"),
        ("bodies.tsv", "Supreme Court\tCOURT\n", 1, "unknown sector code 'COURT'"),
        ("bodies.tsv", "Russia\tGOV\n", 1, "'Russia' is also a name at"),
        ("media.tsv", "TASS\tRUSGOV\n", 1, "a news outlet's code is its country's media"),
        ("media.tsv", "Voice of America\tXYZMED\n", 1, "unknown country 'XYZ'"),
    ],
)
def test_validation_errors(tmp_path: Path, file: str, text: str, line: int, message: str) -> None:
    write(tmp_path, {file: text})
    with pytest.raises(LexiconError) as caught:
        load_knowledge(tmp_path)
    error = caught.value
    assert error.path.endswith(file)
    assert error.line == line
    assert message in str(error)
    assert str(error).startswith(f"{error.path}:{line}: ")


def test_duplicate_names_report_both_lines(tmp_path: Path) -> None:
    write(tmp_path, {"seats.tsv": "# seats\n\nMoscow\tRUSMIL\n"})
    with pytest.raises(LexiconError) as caught:
        load_knowledge(tmp_path)
    assert caught.value.line == 3
    assert "countries.tsv:1" in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    write(tmp_path)
    (tmp_path / "sectors.tsv").unlink()
    with pytest.raises(LexiconError, match="missing data file"):
        load_knowledge(tmp_path)
