"""Event dates: find the date expression that governs an event and resolve it against the publication date.

News reports past events with deictic expressions ("on Wednesday", "last month", "two days ago") whose
meaning depends on when the story was published, so every relative expression is resolved against the
publication date. Expressions that are not points in time (durations, ages, decades, recurrences,
times of day alone, "two days later") resolve to None, and the caller then falls back to the
publication date. Resolving an expression uses only the standard library.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Callable

from .pipeline import once_per_doc, sentence_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["ResolvedDate", "resolve_expression", "sentence_date"]


@dataclass(frozen=True)
class ResolvedDate:
    """An event date; for a month or year expression `day` is its first day and `precision` says so."""

    day: date
    precision: str
    text: str
    span: tuple[int, int]


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
# Keyed as normalised text, after the possessive "'s" is dropped.
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year eve": (12, 31), "new year day": (1, 1),
}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# A month without a year, or a day without a year, is taken from the publication year unless it would
# lie this far on the wrong side of the publication date.
DAY_TOLERANCE = timedelta(days=60)
MIN_YEAR, MAX_YEAR = 1000, 2100

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_FULL_MONTH = r"(?P<month>" + "|".join(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")) + r")\b"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
_DAYNUM = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>\d{4})(?!\d|s\b)"
_NUMBER = r"(?P<num>\d+|" + "|".join(NUMBER_WORDS) + r")"
_REL = r"(?P<rel>last|this|next|previous|past)"

_ISO_RE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b")
_US_RE = re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b")
_MONTH_DAY_RE = re.compile(
    rf"\b{_MONTH}\s*{_DAYNUM}"
    rf"(?:\s*(?:-|–|through|to|and|until)\s*(?:[a-z]+\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?"
    rf"(?:,?\s+{_YEAR})?"
)
_DAY_MONTH_RE = re.compile(rf"\b{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
_MONTH_YEAR_RE = re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}")
_HOLIDAY_RE = re.compile(r"\b(?P<holiday>" + "|".join(re.escape(h) for h in HOLIDAYS) + rf")(?:,?\s+{_YEAR})?")
_WEEKDAY_RE = re.compile(
    rf"(?:\b(?P<rel>last|next|this past|this coming|this|past|coming)\s+)?\b{_WEEKDAY}"
    r"(?:\s*(?:,\s*)?(?:of\s+)?(?P<week>last|this|next)\s+week\b)?"
)
_DEICTIC_RE = re.compile(
    r"\b(?P<word>the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow"
    r"|this (?:morning|afternoon|evening)|last night)\b"
)
_AGO_RE = re.compile(rf"\b{_NUMBER}\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b")
_RELATIVE_RE = re.compile(rf"(?<!the )\b{_REL}\s+(?P<unit>week|weekend|month|year)\b")
_WEEKEND_RE = re.compile(r"\bthe weekend\b")
_BARE_MONTH_RE = re.compile(rf"(?:\b(?P<rel>last|next|this)\s+)?\b{_FULL_MONTH}")
_BARE_YEAR_RE = re.compile(rf"(?<![\d'/-]){_YEAR}(?!\s*(?:gmt|utc|hours|hrs|local))")  # not "1200 GMT"
_MID_YEAR_RE = re.compile(rf"\bmid-{_YEAR}")
_YEAR_WORD_RE = re.compile(r"\b(?P<rel>last|this|next)\s+year\b")

# Expressions that are not points in time, whatever else they contain.
_NOT_A_DATE = re.compile(
    r"-(?:day|week|month|year|decade|hour|minute)s?\b"  # "two-day", "18-year break", "28-month-old"
    r"|\byears?[ -]olds?\b|\bolds?\b|\bage[ds]?\b"  # ages
    r"|\d0'?s\b|'\d0s\b|\bcentur(?:y|ies)\b"  # decades and centuries
    r"|\bdecades?\b(?!.*\bago\b)"
    r"|\bthe (?:past|last|next|coming|previous|following|same|first|second|final)\b"  # periods, anaphora
    r"|\b(?:recent|coming|every|each|per|daily|weekly|monthly|yearly|annual|annually|nightly)\b"
    r"|\b(?:more|less|fewer) than\b|\bat (?:least|most)\b|\bup to\b|\bunder \d"
    r"|\b(?:later|earlier|before|after|afterwards?|prior)\s*$"  # anchored on another event
    r"|^(?:since|until|till|by|within|throughout|before|after|ahead of|prior to)\b"
)
_LEADING_PREP = re.compile(r"^(?:on|in|at|during|over|of|for)\s+")


def resolve_expression(text: str, published: date | None) -> tuple[date, str] | None:
    """Resolve one temporal expression against the publication date; (day, precision) or None if not a date."""
    return _resolve(text, published, future=False)


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    text = re.sub(r"(?<!\d)'s\b", "", text)  # possessives, but not "the 1990's"
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return _LEADING_PREP.sub("", text)


def _resolve(text: str, published: date | None, future: bool) -> tuple[date, str] | None:
    """Resolve `text`; `future` says the event lies after publication (weekdays, months, days without year)."""
    if isinstance(published, datetime):
        published = published.date()
    norm = _normalise(text)
    if not norm or _NOT_A_DATE.search(norm):
        return None
    for rule in _RULES:
        match = rule.pattern.search(norm)
        if match is None:
            continue
        try:
            result = rule.build(match, norm, published, future)
        except ValueError:  # an impossible date such as February 30
            return None
        if result is not None:
            return result
    return None


def _build_iso(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str]:
    return date(int(m["year"]), int(m["month"]), int(m["day"])), "day"


def _year_context(norm: str, published: date | None) -> int | None:
    """The year an expression names besides its month or day: explicit, or 'this/last/next year'."""
    explicit = _BARE_YEAR_RE.search(norm)
    if explicit and MIN_YEAR <= int(explicit["year"]) <= MAX_YEAR:
        return int(explicit["year"])
    word = _YEAR_WORD_RE.search(norm)
    if word and published is not None:
        return published.year + {"last": -1, "this": 0, "next": 1}[word["rel"]]
    return None


def _day_in_year(month: int, day: int, published: date | None, future: bool) -> date | None:
    """A month-day without a year: the publication year, moved by a year if it lands far on the wrong side."""
    if published is None:
        return None
    candidate = date(published.year, month, day)
    if not future and candidate > published + DAY_TOLERANCE:
        return date(published.year - 1, month, day)
    if future and candidate < published - DAY_TOLERANCE:
        return date(published.year + 1, month, day)
    return candidate


def _build_month_day(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    month, day = MONTHS[m["month"]], int(m["day"])
    year = int(m["year"]) if m["year"] else _year_context(norm, published)
    if year is not None:
        return date(year, month, day), "day"
    resolved = _day_in_year(month, day, published, future)
    return (resolved, "day") if resolved else None


def _build_month_year(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    year = int(m["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return date(year, MONTHS[m["month"]], 1), "month"


def _build_holiday(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    month, day = HOLIDAYS[m["holiday"]]
    year = int(m["year"]) if m["year"] else _year_context(norm, published)
    if year is not None:
        return date(year, month, day), "day"
    resolved = _day_in_year(month, day, published, future)
    return (resolved, "day") if resolved else None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _build_weekday(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    if published is None:
        return None
    weekday = WEEKDAYS[m["weekday"]]
    if m["week"]:
        offset = {"last": -7, "this": 0, "next": 7}[m["week"]]
        return _monday(published) + timedelta(days=offset + weekday), "day"
    rel = m["rel"] or ""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if rel in ("last", "this past", "past"):
        return published - timedelta(days=back or 7), "day"
    if rel in ("next", "this coming", "coming"):
        return published + timedelta(days=ahead or 7), "day"
    # News names even the day of publication by its weekday: "will meet on Thursday" in Thursday's paper.
    return published + timedelta(days=ahead) if future else published - timedelta(days=back), "day"


def _build_deictic(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    if published is None:
        return None
    offset = {
        "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
        "last night": -1, "tomorrow": 1,
    }.get(m["word"], 0)
    return published + timedelta(days=offset), "day"


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _build_ago(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    if published is None:
        return None
    num = m["num"]
    count = int(num) if num.isdigit() else NUMBER_WORDS[num]
    unit = m["unit"]
    if unit == "day":
        return published - timedelta(days=count), "day"
    if unit == "week":
        return published - timedelta(weeks=count), "day"
    if unit == "month":
        return _shift_months(published, -count), "month"
    years = count * (10 if unit == "decade" else 1)
    return date(published.year - years, 1, 1), "year"


def _build_relative(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    if published is None:
        return None
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[m["rel"]]
    unit = m["unit"]
    if unit == "week":
        return _monday(published) + timedelta(weeks=step), "day"
    if unit == "weekend":
        if step == 0:
            return _build_weekend(m, norm, published, future)
        return _monday(published) + timedelta(weeks=step, days=5), "day"
    if unit == "month":
        return _shift_months(published, step), "month"
    return date(published.year + step, 1, 1), "year"


def _build_weekend(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    """The weekend of the publication week, or the one before it when a past event is reported midweek."""
    if published is None:
        return None
    saturday = _monday(published) + timedelta(days=5)
    if not future and saturday > published:
        saturday -= timedelta(weeks=1)
    return saturday, "day"


def _build_month(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    month = MONTHS[m["month"]]
    year = _year_context(norm, published)
    if year is not None:
        return date(year, month, 1), "month"
    if published is None:
        return None
    rel = m["rel"]
    if rel == "last":
        year = published.year if month < published.month else published.year - 1
    elif rel == "next":
        year = published.year if month > published.month else published.year + 1
    elif rel == "this":
        year = published.year
    elif future:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return date(year, month, 1), "month"


def _build_year(m: re.Match, norm: str, published: date | None, future: bool) -> tuple[date, str] | None:
    year = int(m["year"])
    return (date(year, 1, 1), "year") if MIN_YEAR <= year <= MAX_YEAR else None


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern
    build: Callable[[re.Match, str, date | None, bool], tuple[date, str] | None]


# Most specific first: an explicit day beats a weekday ("Wednesday, March 3"), a day beats its month.
_RULES = (
    _Rule(_ISO_RE, _build_iso),
    _Rule(_US_RE, _build_iso),
    _Rule(_MONTH_DAY_RE, _build_month_day),
    _Rule(_DAY_MONTH_RE, _build_month_day),
    _Rule(_MONTH_YEAR_RE, _build_month_year),
    _Rule(_HOLIDAY_RE, _build_holiday),
    _Rule(_WEEKDAY_RE, _build_weekday),
    _Rule(_DEICTIC_RE, _build_deictic),
    _Rule(_AGO_RE, _build_ago),
    _Rule(_BARE_MONTH_RE, _build_month),
    _Rule(_RELATIVE_RE, _build_relative),
    _Rule(_WEEKEND_RE, _build_weekend),
    _Rule(_MID_YEAR_RE, _build_year),
    _Rule(_BARE_YEAR_RE, _build_year),
)


# ---------------------------------------------------------------------------------------------------
# Choosing the expression that governs an event
# ---------------------------------------------------------------------------------------------------

_VERBISH = {"VERB", "AUX"}
_DATE_LABELS = {"DATE", "TIME"}
_DEICTIC_WORDS = {"today", "tonight", "yesterday", "tomorrow"}
_LEFT_MODIFIERS = {"last", "next", "this", "past", "coming", "early", "late"}
_RIGHT_MODIFIERS = {"morning", "afternoon", "evening", "night"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Control verbs and adjectives whose complement lies ahead: "is expected to", "plans to", "is due to".
_FUTURE_CONTROL = {"expect", "plan", "schedule", "set", "due", "intend", "prepare", "aim", "go", "slate", "poise"}
# Participles that schedule their own head: "talks scheduled for Friday", "is set for Friday".
_FUTURE_PARTICIPLE = {"expect", "plan", "schedule", "set", "slate", "due"}
_UPCOMING = {"upcoming", "forthcoming", "planned", "scheduled", "proposed", "coming"}
_REPORTING = {
    "say", "tell", "announce", "report", "confirm", "state", "claim", "add", "note", "write", "declare",
    "insist", "allege", "acknowledge", "disclose", "reveal", "deny", "warn", "explain", "post",
}
# A date under one of these is a bound, not the time of the event: "by 2030", "ahead of Friday's vote".
_BLOCKING_PREPS = {"since", "until", "till", "by", "before", "ahead", "prior", "within", "throughout", "pending"}
# Clause links along which a parent clause's date also dates the event.
_SHARED_LINKS = {"xcomp", "conj"}
# Aspectual verbs share the time of their complement: "continued to send arms last year".
_CANDIDATES_KEY = "dyadwatch.date_candidates"
_ASPECTUAL = {"begin", "start", "continue", "stop", "cease", "fail", "manage", "keep", "resume", "attempt", "try"}


def sentence_date(sent: "Span", trigger: "Token", published: date | None) -> ResolvedDate | None:
    """The date expression that governs the event triggered by `trigger` in `sent`, resolved.

    Preference: a date attached to the trigger without an intervening clause, then one in the trigger's
    clause (or the complement of an aspectual verb: "continued to send arms last year"), then one of a
    clause the trigger's clause shares its time with (control, coordination, a bare participle, or the
    reporting verb of "X happened, officials said Tuesday"). Within a level the most precise, then the
    closest, wins. Dates in relative or other embedded clauses are never taken. None means the caller
    uses the publication date.
    """
    best: tuple[tuple[int, int, int], ResolvedDate] | None = None
    for span in _candidates(sent):
        root = span.root
        level = _attachment(root, trigger)
        if level is None or _blocked(root, trigger):
            continue
        resolved = _resolve(span.text, published, _date_is_ahead(root))
        if resolved is None:
            continue
        day, precision = resolved
        key = (level, PRECISION_RANK[precision], abs(root.i - trigger.i))
        if best is None or key < best[0]:
            end = span[-1].idx + len(span[-1].text)
            best = key, ResolvedDate(day, precision, span.text, (span[0].idx, end))
    return best[1] if best else None


def _candidates(sent: "Span") -> list["Span"]:
    """DATE/TIME entities of the sentence, plus weekdays and today/yesterday words the tagger missed;
    found once per sentence (kept in `doc.user_data`), as every event of the sentence asks for them."""
    return once_per_doc(sent.doc, _CANDIDATES_KEY, (sent.start, sent.end), lambda: _find_candidates(sent))


def _find_candidates(sent: "Span") -> list["Span"]:
    spans = [_trim(ent) for ent in sentence_ents(sent) if ent.label_ in _DATE_LABELS]
    spans = [span for span in spans if len(span)]
    covered = {token.i for span in spans for token in span}
    doc = sent.doc
    for token in sent:
        if token.i in covered:
            continue
        is_weekday = token.text.lower() in WEEKDAYS and token.text[0].isupper()
        if not (is_weekday or token.lower_ in _DEICTIC_WORDS):
            continue
        if _in_longer_name(token):
            continue  # part of a name such as "Bloody Sunday"
        start, end = token.i, token.i + 1
        while start > sent.start and doc[start - 1].lower_ in _LEFT_MODIFIERS and doc[start - 1].i not in covered:
            start -= 1
        if end < sent.end and doc[end].lower_ in _RIGHT_MODIFIERS:
            end += 1
        spans.append(doc[start:end])
        covered.update(range(start, end))
    return spans


def _in_longer_name(token: "Token") -> bool:
    """Whether the token is part of a multi-word entity."""
    doc = token.doc
    return token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


def _trim(span: "Span") -> "Span":
    """Drop trailing punctuation, conjunctions and possessive markers the recogniser took along."""
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case")):
        end -= 1
    return doc[start:end]


def _clause_head(token: "Token") -> "Token":
    """The verb heading the clause a token belongs to (the token itself for a verb, the root at most)."""
    while token.pos_ not in _VERBISH and token.head != token:
        token = token.head
    return token


def _attachment(root: "Token", trigger: "Token") -> int | None:
    """How closely a date attaches to the trigger: 0 directly, 1 same clause, 2+ a clause sharing its time,
    None not at all."""
    token = root
    while token.head != token:
        token = token.head
        if token == trigger:
            return 0
        if token.pos_ in _VERBISH and not (token.dep_ in ("acl", "relcl") and token.head == trigger):
            break
    date_clause = _clause_head(root)
    clause = _clause_head(trigger)
    if date_clause == clause:
        return 1
    if date_clause.dep_ == "xcomp" and date_clause.head == clause and clause.lemma_ in _ASPECTUAL:
        return 1
    if _reports(date_clause, clause):
        return 2
    level = 2
    while _shares_time(clause):
        clause = _clause_head(clause.head)
        if date_clause == clause:
            return level
        level += 1
    return None


def _shares_time(clause: "Token") -> bool:
    """Whether a clause takes its time from its head: control, coordination, a bare participle
    ("..., killing 15 officers"), or the complement of a reporting verb."""
    if clause.dep_ in _SHARED_LINKS:
        return True
    if clause.dep_ == "advcl":
        return clause.tag_ == "VBG" and not any(child.dep_ in ("mark", "nsubj") for child in clause.children)
    return clause.dep_ == "ccomp" and clause.head.lemma_ in _REPORTING


def _reports(reporting: "Token", clause: "Token") -> bool:
    """Whether `reporting` is a reporting verb attached to `clause`: "X happened, officials said Tuesday"."""
    return (
        reporting.lemma_ in _REPORTING
        and reporting.dep_ in ("ccomp", "parataxis", "advcl")
        and reporting.head == clause
    )


def _blocked(root: "Token", trigger: "Token") -> bool:
    """Whether the date is governed by a bounding preposition on its way to the trigger."""
    token = root
    while token.head != token and token != trigger:
        token = token.head
        if token.lower_ in _BLOCKING_PREPS and token.dep_ in ("prep", "advmod", "mark"):
            return True
        if token.pos_ in _VERBISH:
            return False
    return False


def _date_is_ahead(root: "Token") -> bool:
    """Whether a date points forward: the tense of its clause, but for "Tuesday's attack" the noun's own cue."""
    if root.dep_ in ("poss", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return _upcoming(root.head)
    return _is_future(_clause_head(root))


def _upcoming(noun: "Token") -> bool:
    """Whether an event noun is marked as still to come: "Friday's planned vote", "Monday's upcoming talks".

    "Ahead of Wednesday's hearing" is not such a mark: it places the hearing after the reported act,
    not after publication.
    """
    return any(child.lower_ in _UPCOMING for child in noun.children)


def _past(verb: "Token") -> bool:
    return verb.tag_ == "VBD" or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ == "VBD" for child in verb.children
    )


def _is_future(verb: "Token") -> bool:
    """Whether a clause reports something still to come: "will meet", "is expected to visit", "set for"."""
    if verb.lemma_ in _FUTURE_PARTICIPLE and verb.tag_ == "VBN":
        if verb.dep_ == "acl":  # "talks scheduled for Friday", unless told in the past tense
            return not _past(_clause_head(verb.head))
        if any(child.dep_ in ("aux", "auxpass") for child in verb.children) and not _past(verb):
            return True  # "is scheduled for Friday", but not "was planned"
    token = verb
    while True:
        if any(child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX for child in token.children):
            return True
        if token.dep_ != "xcomp" or token.head == token:
            return False
        token = token.head
        if token.lemma_ in _FUTURE_CONTROL and (token.lemma_ != "go" or token.tag_ == "VBG"):
            return not _past(token)  # "plans to visit", "is going to", but not "was expected to"


def clause_date(sent: "Span", head: "Token", published: date | None) -> ResolvedDate | None:
    """The date governing an event's clause, else the one governing the clause it depends on."""
    while True:
        resolved = sentence_date(sent, head, published)
        if resolved or head.dep_ not in ("advcl", "xcomp", "conj") or head.head == head:
            return resolved
        head = head.head
