"""Armed groups, parties, national bodies and regions, resolved with the country the document is about."""
from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.actors.knowledge import load_knowledge
from dyadwatch.actors.resolver import ActorResolver

from corpus_helpers import last_subject


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Houthis fired two missiles at a tanker in the Red Sea.", "YEMREB"),
        ("Ansar Allah claimed the attack on the ship.", "YEMREB"),
        ("M23 rebels captured the town of Sake on Friday.", "CODREB"),
        ("The Allied Democratic Forces killed 40 villagers in Ituri. ADF fighters burned homes.", "CODREB"),
        ("Hezbollah launched rockets into northern Israel.", "LBNREB"),
        ("Boko Haram abducted dozens of schoolgirls.", "NGAREB"),
        ("ISWAP fighters attacked a military base in Borno.", "NGAREB"),
        ("JNIM claimed the ambush near the Burkinabe border.", "MLIREB"),
        ("The Kurdistan Workers' Party announced a ceasefire with Turkey.", "TURREB"),
        ("The Syrian Democratic Forces handed over the dam.", "SYRREB"),
        ("The Baloch Liberation Army seized a passenger train in Pakistan.", "PAKREB"),
        ("Tigray People's Liberation Front leaders rejected the decision.", "ETHREB"),
        ("Fano militiamen clashed with federal troops in Amhara.", "ETHREB"),
        ("The ELN kidnapped two soldiers in Arauca.", "COLREB"),
        ("FARC dissidents attacked a police station in Cauca.", "COLREB"),
        ("The Wagner Group withdrew its fighters from Mali.", "RUSMIL"),
        ("The Arakan Army took the last military base in Rakhine. The AA said it would hold the town.", "MMRREB"),
        ("The Libyan National Army shelled the outskirts of Tripoli.", "LBYREB"),
        ("The Rapid Support Forces shelled a camp in North Darfur.", "SDNREB"),
        ("Sudan's army said it had retaken the palace. The SAF pushed into the city.", "SDNMIL"),
    ],
)
def test_armed_groups(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "day, code",
    [(date(2019, 6, 1), "AFGREB"), (date(2023, 6, 1), "AFGGOV")],
)
def test_the_taliban_became_the_government(nlp, day, code):
    """A group's code can change on a date: the Taliban took power in August 2021."""
    actor = last_subject(nlp, "The Taliban banned girls from attending university.", day)
    assert actor.code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Iraqi forces raided a farm near Kirkuk. Islamic State fighters had used it as a base.", "IRQREB"),
        ("Somali troops pushed into the Cal Miskaad mountains. Islamic State Somalia lost its main camp.", "SOMREB"),
        ("The Islamic State Khorasan Province claimed the bombing in Kabul.", "AFGREB"),
    ],
)
def test_international_groups_are_the_rebels_of_the_country_where_they_fight(nlp, text, code):
    assert last_subject(nlp, text).code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Prime Minister Narendra Modi addressed a rally in Bihar. Congress accused the BJP of buying votes.", "INDPTY"),
        ("The Senate passed the bill in Washington. Congress approved the spending package.", "USALEG"),
        ("The BJP won the election in Delhi.", "INDPTY"),
        ("Imran Khan's party said it would boycott the polls. The PTI called for protests in Lahore.", "PAKPTY"),
        ("The AKP lost Istanbul in the local elections.", "TURPTY"),
        ("Likud voted to expel the minister.", "ISRPTY"),
        ("The ANC lost its majority in South Africa's parliament.", "ZAFPTY"),
        ("The ruling ZANU-PF party denied the charges.", "ZWEPTY"),
        ("The AfD doubled its vote in the German election.", "DEUPTY"),
        ("Starmer campaigned in London and Manchester for Britain's election. Labour won a landslide.", "GBRPTY"),
        ("Republican lawmakers praised the deal.", "USALEG"),
    ],
)
def test_parties(nlp, text, code):
    assert last_subject(nlp, text).code == code


def test_a_party_word_is_no_party_in_lower_case(nlp):
    """'Labour' is a party in a British story; 'labour' is work."""
    actor = last_subject(nlp, "Britain's economy slowed. Cheap labour was hard to find.")
    assert actor is None or actor.code != "GBRPTY"


@pytest.mark.parametrize(
    "text, code",
    [
        ("President Trump met advisers at the White House. A National Security Council spokeswoman declined to comment.", "USAGOV"),
        ("Israel's cabinet met in Jerusalem. The Supreme Court froze the dismissal of the attorney general.", "ISRJUD"),
        ("Pakistan's National Assembly passed the amendment.", "PAKLEG"),
        ("Kenyan police dispersed protesters in Nairobi. The Ministry of Defence deployed troops to the capital.", "KENMIL"),
        ("Ukraine's army said it repelled the attack near Pokrovsk. The parliament voted to extend martial law.", "UKRLEG"),
    ],
)
def test_national_bodies_belong_to_the_country_of_the_story(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


def test_a_national_security_council_is_not_the_un(nlp):
    actor = last_subject(nlp, "The National Security Council met in Ankara on Turkey's border policy.")
    assert actor.code == "TURGOV"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Kano State police arrested 30 suspects.", "NGACOP"),
        ("Gunmen kidnapped villagers in Zamfara. Zamfara State police confirmed the attack.", "NGACOP"),
        ("The West Bengal government ordered schools closed.", "INDGOV"),
        ("Niger State officials said the flood killed 20 people.", "NGAGOV"),
        ("Balochistan Chief Minister Sarfraz Bugti condemned the attack.", "PAKGOV"),
        ("The Kherson regional governor ordered an evacuation.", "UKRGOV"),
        ("Belgorod authorities reported drone strikes overnight.", "RUSGOV"),
        ("The governor of Jalisco deployed police to the highway.", "MEXGOV"),
        ("Police in North Kivu arrested the suspects.", "CODCOP"),
        ("Quebec's premier criticised the tariffs.", "CANGOV"),
    ],
)
def test_sub_national_places_belong_to_their_country(nlp, text, code):
    actor = last_subject(nlp, text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "text, country",
    [
        ("Voters in Atlanta lined up for hours as the United States chose a president. U.S. election officials "
         "praised the turnout. Georgia certified the results.", "USA"),
        ("Georgia's government suspended talks on joining the European Union.", "GEO"),
        ("Farmers marched toward New Delhi in India. Punjab police blocked the highway.", "IND"),
        ("Protesters filled the streets of Lahore in Pakistan. Punjab police arrested hundreds.", "PAK"),
    ],
)
def test_ambiguous_places_take_the_country_of_the_story(nlp, text, country):
    assert last_subject(nlp, text).country == country


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Democratic People's Republic of Korea launched a satellite.", "PRK"),
        ("The Republic of Korea protested the launch.", "KOR"),
        ("The Russian Federation vetoed the resolution.", "RUS"),
        ("Türkiye closed its airspace.", "TUR"),
        ("Czechia expelled two diplomats.", "CZE"),
        ("Eswatini accepted the deportees.", "SWZ"),
        ("Burma's junta extended the state of emergency.", "MMRGOV"),
    ],
)
def test_official_names(nlp, text, code):
    assert last_subject(nlp, text).code == code


def test_police_in_a_story_about_one_country_are_its_police(nlp):
    text = "Thousands marched in Belgrade against the Serbian government. The police used tear gas."
    actor = last_subject(nlp, text)
    assert (actor.code, actor.resolved_by) == ("SRBCOP", "document-country")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Top diplomats from the Group of Seven urged Russia to accept the ceasefire.", "IGOWSTGSV"),
        ("The president of the Republic of Congo dissolved the government.", "COGGOV"),
        ("Leaders of the World Uyghur Congress condemned the deportations.", "CHNOPP"),
    ],
)
def test_names_with_of_inside_a_phrase(nlp, text, code):
    assert last_subject(nlp, text).code == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ukrainian officials said the attack killed three passengers on a bus.", "UKRCVL"),
        ("Rescuers in Kenya said 11 miners were trapped underground.", "KENLAB"),
        ("Pakistan's army said security personnel were ambushed in the mountains.", "PAKMIL"),
        ("The ISPR said five soldiers were killed.", "PAKMIL"),
        ("President Ibrahim Zongo of Burkina Faso addressed the nation.", "BFAGOV"),
    ],
)
def test_victims_forces_and_untitled_people(nlp, text, code):
    """Common nouns for the people events happen to, and a title before a name nobody listed."""
    doc = nlp(text)
    resolver = ActorResolver(load_knowledge())
    actors = [resolver.resolve(t, date(2025, 3, 14), 0, 0) for t in doc if t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")]
    assert code in {a.code for a in actors if a}


@pytest.mark.parametrize(
    "text, code",
    [
        ("The SBU detained a suspected Russian agent in Kharkiv.", "UKRSPY"),
        ("State House said the president would travel to Nairobi. Kenya's cabinet met on Monday.", "KENGOV"),
        ("The Alliance of Sahel States condemned the sanctions.", "IGOWAFAES"),
        ("The Joint Forces repelled an attack on El Fasher in Sudan.", "SDNREB"),
        ("Badr Organization fighters deployed to the border.", "IRQREB"),
    ],
)
def test_more_institutions_and_groups(nlp, text, code):
    assert last_subject(nlp, text).code == code
