"""The knowledge base by class of actor: UN agencies and missions, other international bodies and
NGOs, central banks and national agencies known by their own names, armed groups and gangs,
sub-national places that are not countries, and people with dated roles. Names and aliases give
codes; names shared with something else ('Imo', 'Vladimir', 'Asayish') are decided by context or
left out; and sentences as news writes them resolve their actors."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyadwatch.actors.knowledge import DATA_DIR, KnowledgeBase, load_knowledge
from dyadwatch.documents.readers import read_text
from dyadwatch.errors import LexiconError

from corpus_helpers import last_subject

DAY = date(2025, 3, 14)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # UN agencies, funds and programmes
        ("International Organization for Migration", "IGOUNOREF"),
        ("IOM", "IGOUNOREF"),
        ("U.N. migration agency", "IGOUNOREF"),
        ("UN Women", "IGOUNO"),
        ("UNAIDS", "IGOUNOHLH"),
        ("UNODC", "IGOUNO"),
        ("United Nations Office on Drugs and Crime", "IGOUNO"),
        ("UNCTAD", "IGOUNOBUS"),
        ("IFAD", "IGOUNOAGR"),
        ("World Meteorological Organization", "IGOUNOENV"),
        ("ICAO", "IGOUNO"),
        ("IPCC", "IGOUNOENV"),
        ("CTBTO", "IGOUNO"),
        ("ITLOS", "IGOUNOJUD"),
        # UN missions
        ("UNSMIL", "IGOUNO"),
        ("United Nations Assistance Mission for Iraq", "IGOUNO"),
        ("BINUH", "IGOUNO"),
        ("MINURSO", "IGOUNO"),
        # energy, finance and development bodies
        ("International Energy Agency", "IGOBUSIEA"),
        ("IEA", "IGOBUSIEA"),
        ("EBRD", "IGOEURDEV"),
        ("Asian Infrastructure Investment Bank", "IGOASADEV"),
        ("Afreximbank", "IGOAFRDEV"),
        # European and regional bodies
        ("Frontex", "IGOEURFRX"),
        ("Europol", "IGOEURCOP"),
        ("EEAS", "IGOEUREEC"),
        ("ECCAS", "IGOCAFCAS"),
        ("G5 Sahel", "IGOWAFGFS"),
        ("MNJTF", "IGOWAFMJT"),
        ("UNASUR", "IGOLAMUNS"),
        ("Pacific Islands Forum", "IGOOCEPIF"),
        # NGOs
        ("International Crisis Group", "NGOICG"),
        ("Freedom House", "NGOFRH"),
        ("ACLED", "NGOACL"),
        # central banks
        ("Federal Reserve", "USABUS"),
        ("Bank of England", "GBRBUS"),
        ("People's Bank of China", "CHNBUS"),
        ("RBI", "INDBUS"),
        ("Central Bank of Nigeria", "NGABUS"),
        ("Bundesbank", "DEUBUS"),
        ("Banxico", "MEXBUS"),
        # national agencies known by their own names
        ("NASA", "USAGOV"),
        ("Centers for Disease Control and Prevention", "USAHLH"),
        ("USAID", "USAGOV"),
        ("Secret Service", "USACOP"),
        ("Metropolitan Police", "GBRCOP"),
        ("GCHQ", "GBRSPY"),
        ("Roskomnadzor", "RUSGOV"),
        ("Taiwan Affairs Office", "CHNGOV"),
        ("COGAT", "ISRMIL"),
        ("IEBC", "KENGOV"),
        ("Election Commission of India", "INDGOV"),
        # armed groups, gangs and militias
        ("Beltran Leyva Organization", "MEXCRM"),
        ("Juárez Cartel", "MEXCRM"),
        ("Kraze Baryè", "HTICRM"),
        ("Comandos de la Frontera", "COLREB"),
        ("Civilian Joint Task Force", "NGAMIL"),
        ("Amotekun", "NGACOP"),
        ("Mobondo", "CODREB"),
        ("SPLM-N", "SDNREB"),
        ("Eritrean Defence Forces", "ERIMIL"),
        ("Puntland Defence Force", "SOMMIL"),
        ("Misrata brigades", "LBYREB"),
        ("Babbar Khalsa International", "INDREB"),
        ("People's Liberation Guerrilla Army", "INDREB"),
        ("Sindhudesh Revolutionary Army", "PAKREB"),
        ("Pyu Saw Htee", "MMRMIL"),
        ("Right Sector", "UKRREB"),
        ("Grey Wolves", "TURREB"),
        ("Proud Boys", "USAREB"),
        # places that are not countries: their country
        ("Omsk", "RUS"),
        ("Tyumen region", "RUS"),
        ("Vladimir Oblast", "RUS"),
        ("Kuzbass", "RUS"),
        ("Yamalo-Nenets Autonomous Okrug", "RUS"),
        ("Cross River", "NGA"),
        ("Edo", "NGA"),
        ("Islamabad Capital Territory", "PAK"),
        ("Mandalay Region", "MMR"),
        ("White Nile state", "SDN"),
    ],
)
def test_names_and_aliases_give_codes(kb: KnowledgeBase, name: str, code: str) -> None:
    entry = kb.lookup_name(name)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(
    "name",
    [
        "Vladimir",  # a given name: the region is 'Vladimir region' or 'Vladimir Oblast'
        "Kirov",
        "Amur",  # a river
        "Perm",
        "Popular Forces",  # only in a story about the Palestinians
        "Asayish",  # Syria's or Iraqi Kurdistan's, by the story
        "Border Guard Force",  # Myanmar's only in a story about Myanmar
    ],
)
def test_names_that_mean_nothing_alone(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup_name(name) is None


def test_imo_is_the_nigerian_state(kb: KnowledgeBase) -> None:
    entry = kb.lookup_name("Imo")
    assert entry is not None and entry.code == "NGA"


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("Asayish", "SYR", "SYRREB"),
        ("Asayish", "IRQ", "IRQCOP"),
        ("Border Guard Force", "MMR", "MMRMIL"),
        ("BGF", "MMR", "MMRMIL"),
        ("Popular Forces", "PSE", "PSEREB"),
        ("EDF", "ERI", "ERIMIL"),
    ],
)
def test_names_decided_by_the_story(kb: KnowledgeBase, name: str, country: str, code: str) -> None:
    entry = kb.lookup_in_context(name, country, DAY)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Tshering Tobgay", date(2015, 6, 1), "BTNGOV"),
        ("Tshering Tobgay", date(2020, 6, 1), "BTN"),  # in opposition between his two terms
        ("Tobgay", date(2024, 3, 1), "BTNGOV"),
        ("Han Zheng", date(2024, 5, 1), "CHNGOV"),
        ("Maxim Ryzhenkov", date(2024, 9, 1), "BLRGOV"),
        ("Judith Collins", date(2024, 2, 1), "NZLMIL"),
        ("Petr Fiala", date(2023, 1, 10), "CZEGOV"),
        ("Andrej Babiš", date(2019, 1, 10), "CZEGOV"),
        ("Andrej Babis", date(2023, 1, 10), "CZE"),  # Fiala's term, between Babiš's two
        ("Andrej Babiš", date(2026, 1, 10), "CZEGOV"),
        ("Kajsa Ollongren", date(2023, 5, 1), "NLDMIL"),
        ("Ng Eng Hen", date(2024, 5, 1), "SGPMIL"),
        ("Ng Eng Hen", date(2025, 8, 1), "SGP"),
        ("Chan Chun Sing", date(2025, 8, 1), "SGPMIL"),
        ("Maurice Sleem", date(2023, 5, 1), "LBNMIL"),
        ("Jerome Powell", date(2024, 9, 18), "USABUS"),
        ("Shaktikanta Das", date(2023, 6, 8), "INDBUS"),
        ("Sanjay Malhotra", date(2025, 2, 7), "INDBUS"),
        ("Haruhiko Kuroda", date(2022, 9, 22), "JPNBUS"),
        ("Fatih Birol", date(2024, 6, 12), "IGOBUSIEA"),
        ("Amy Pope", date(2024, 6, 12), "IGOUNOREF"),
    ],
)
def test_dated_roles(kb: KnowledgeBase, name: str, day: date, code: str) -> None:
    person = kb.lookup_person(name)
    assert person is not None and person.code_on(day) == code


def test_officials_in_office_are_named_by_surname(kb: KnowledgeBase) -> None:
    assert kb.holder_named("Fiala", date(2023, 1, 10)).name == "Petr Fiala"
    assert kb.holder_named("Babiš", date(2026, 1, 10)).name == "Andrej Babiš"
    assert kb.holder_named("Birol", date(2024, 6, 12)).name == "Fatih Birol"
    assert kb.holder_named("Ollongren", date(2025, 1, 10)) is None  # out of office


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("Congress", "IND", "INDPTY"),  # the Indian National Congress in an Indian story
        ("Congress", "USA", "USALEG"),
        ("Congress", None, "USALEG"),
        ("AU", None, "IGOAFRAFU"),
        ("ISIS", None, "IMGMUSREB"),
        ("ISIL", None, "IMGMUSREB"),
        ("Daesh", None, "IMGMUSREB"),
        ("IS", None, "IMGMUSREB"),
        ("Labour", "NZL", "NZLPTY"),
        ("Labour", "GBR", "GBRPTY"),
        ("ACT", "NZL", "NZLPTY"),
        ("PDP", "IND", "INDPTY"),  # the Jammu and Kashmir party in an Indian story
        ("PDP", "NGA", "NGAPTY"),  # Nigeria's Peoples Democratic Party in a Nigerian one
    ],
)
def test_ambiguous_aliases(kb: KnowledgeBase, name: str, country: str | None, code: str) -> None:
    entry = kb.lookup_in_context(name, country, DAY)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(("name", "country"), [("au", None), ("is", None), ("ACT", None), ("ACT", "AUS"), ("MC", "USA")])
def test_acronyms_that_name_nothing_there(kb: KnowledgeBase, name: str, country: str | None) -> None:
    assert kb.lookup_in_context(name, country, DAY) is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("The International Energy Agency cut its forecast for oil demand growth.", "IGOBUSIEA"),
        ("The IEA urged producers to raise output.", "IGOBUSIEA"),
        # where a body is based is not its government
        ("The Paris-based International Energy Agency cut its forecast for oil demand.", "IGOBUSIEA"),
        ("The Vienna-based IAEA criticized Iran over its enrichment.", "IGOUNOIAE"),
        ("A Kenya-based Somali militant attacked police in Mandera.", "SOMREB"),
        ("The IOM said 300 migrants were returned to Libya.", "IGOUNOREF"),
        ("UNODC warned that methamphetamine seizures had reached a record.", "IGOUNO"),
        ("The Federal Reserve held interest rates steady on Wednesday.", "USABUS"),
        ("Fed Chair Jerome Powell said inflation had eased.", "USABUS"),
        ("The Reserve Bank of India raised its benchmark rate.", "INDBUS"),
        ("NASA postponed the launch of the Artemis mission.", "USAGOV"),
        ("The CDC warned against travel to the region.", "USAHLH"),
        ("Frontex said arrivals across the central Mediterranean had fallen.", "IGOEURFRX"),
        ("The Civilian Joint Task Force repelled an attack on Konduga.", "NGAMIL"),
        ("Amotekun operatives arrested ten suspected kidnappers in Ondo.", "NGACOP"),
        ("The Beltran Leyva Organization was blamed for the killings in Culiacan.", "MEXCRM"),
        ("Fighters of the SPLM-N attacked a garrison in South Kordofan.", "SDNREB"),
        ("Syrian government forces entered Hasakah. The Asayish arrested dozens of men.", "SYRREB"),
        ("Syrian troops advanced on Raqqa. ISIS fighters attacked a checkpoint.", "SYRREB"),
        ("The Jharkhand Mukti Morcha accused the BJP of poaching its legislators.", "INDPTY"),
        ("Turkey's National Intelligence Organization captured a militant commander in Syria.", "TURSPY"),
        ("The Supreme People's Assembly amended the constitution.", "PRKLEG"),
    ],
)
def test_subjects_in_news_sentences(nlp, text: str, code: str) -> None:
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The IAEA criticized the Atomic Energy Organization of Iran for limiting inspections.", "IGOUNOIAE", "IRNGOV"),
        ("The International Energy Agency urged OPEC to raise output.", "IGOBUSIEA", "IGOBUSOPC"),
        ("The Civilian Joint Task Force killed five Boko Haram fighters.", "NGAMIL", "NGAREB"),
    ],
)
def test_events_between_actors_of_these_classes(coder, text: str, source: str, target: str) -> None:
    events = coder.code(read_text(text, "t", published=DAY))
    assert any(e.source.code == source and e.target is not None and e.target.code == target for e in events)


def test_a_region_named_like_an_organisation_acronym_is_refused_with_its_lines(tmp_path: Path) -> None:
    """'Imo' (the Nigerian state) and 'IMO' fold to one key: the loader names both lines."""
    for source in DATA_DIR.glob("*.tsv"):
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "igos.tsv").open("a", encoding="utf-8") as igos:
        igos.write("IGOUNO\tInternational Maritime Bureau\tIMO\n")
    with pytest.raises(LexiconError, match=r"regions\.tsv:\d+: 'Imo' means NGA here but IGOUNO at .*igos\.tsv:\d+"):
        load_knowledge(tmp_path)
