"""The actor knowledge base: countries, regions, seats of power, bodies, parties, armed groups,
organisations, sector words and dated people.

All of it is data in `actors/data/*.tsv` (formats in docs/lexicon.md). Loading validates every line,
so that a researcher who extends a file learns at once, with file and line, what to fix.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .tsv import Line, items, parse_date, read_tsv

DATA_DIR = Path(__file__).parent / "data"
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG")

# CAMEO sector codes a common noun or title may give an actor (sectors.tsv).
SECTOR_CODES = frozenset(
    "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI INS JUD LAB LEG MED MIL MOD "
    "NGO OPP PTY RAD REB REF REL SEP SPY UAF".split()
)

COUNTRY_CODE = re.compile(r"[A-Z]{3}")
ACTOR_CODE = re.compile(r"(?:[A-Z]{3})+")
ORGANISATION_CODE = re.compile(r"(?:IGO|NGO|IMG)(?:[A-Z]{3})+")

_FOLD = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
})
# names of these kinds match only when written with a capital, as they are: 'Labour' and 'Reform'
# are parties, 'labour' and 'reform' are not
CAPITALISED_KINDS = frozenset({"party", "group", "region"})
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_DASHES = re.compile(r"[\u2010-\u2015\-]")
_TOKENS = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """The lookup key of a surface form: 'The U.S.' == 'us', 'Kim Jong-un' == 'kim jong un', 'Élysée' == 'elysee'.
    Cached, and accents are folded only where there are any: the knowledge base is loaded at every start."""
    text = text.translate(_FOLD)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _DASHES.sub(" ", text).replace(".", "")
    text = " ".join(text.lower().split())
    return text[4:] if text.startswith("the ") else text


def _upper_only(surface: str) -> bool:
    """An acronym ('US', 'WHO', 'MBS') must be written in capitals to match, so 'us' and 'who' do not."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _capitalised(surface: str) -> bool:
    return _ARTICLE.sub("", surface.strip())[:1].isupper()


def _token_count(surface: str) -> int:
    """An upper bound on the tokens a tokenizer makes of the surface form, for span matching."""
    return len(_TOKENS.findall(surface))


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    """One office held between two dates; end is None while it is held (both ends inclusive)."""

    code: str
    start: date
    end: date | None
    title: str

    def holds_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def distance(self, day: date) -> int:
        """Days between the day and this role (0 inside it)."""
        if day < self.start:
            return (self.start - day).days
        if self.end is not None and day > self.end:
            return (day - self.end).days
        return 0


@dataclass(frozen=True)
class Person:
    """A person known by several names, whose actor code depends on the date: Shoigu was RUSMIL, then RUSGOV."""

    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, day: date | None) -> Role | None:
        """The role in force on the day (the latest-starting one if several); an undated mention gets the latest role."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=lambda r: r.start)
        current = [r for r in self.roles if r.holds_on(day)]
        return max(current, key=lambda r: r.start, default=None)

    def code_on(self, day: date | None) -> str:
        """The role's code on the day; outside all roles only the country of the nearest role is certain."""
        role = self.role_on(day)
        if role is not None:
            return role.code
        assert day is not None and self.roles
        nearest = min(self.roles, key=lambda r: (r.distance(day), -r.start.toordinal()))
        return nearest.code[:3]


@dataclass(frozen=True)
class NameEntry:
    """What a surface form names: a full actor code, and whether it came as country, alias, adjective,
    capital, seat or igo (organisation), so that callers can weigh metonyms differently."""

    code: str
    kind: str


@dataclass(frozen=True)
class DatedName:
    """A name whose code changed on a date: the Taliban were AFGREB, and AFGGOV from August 2021."""

    code: str
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class KnowledgeBase:
    """All actor knowledge, keyed by normalized surface form; acronyms in upper_only match only in capitals."""

    countries: dict[str, Country]
    names: dict[str, NameEntry]
    sectors: dict[tuple[str, ...], str]
    people: dict[str, Person]
    max_name_tokens: int
    upper_only: frozenset[str] = field(default_factory=frozenset, repr=False)
    # PETRARCH dictionaries list every form of an agent (plurals generated or given), so their
    # sectors match word forms only: 'POLICE {}' is not 'polices'
    surface_forms: bool = False
    # and a phrase's agents all add to the code, in order ('Islamist media' is ---MUSMED)
    all_agents: bool = False
    # names a TABARI dictionary writes with spaces, by first word: other words may come between theirs
    gapped: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # people.tsv writes people's names given name first: alone, the first word names the person only
    # where it is the family name. Actor dictionaries (PETRARCH) are matched by either word.
    given_names_first: bool = False
    # names that mean an actor only in a document about its country ('Congress' in an Indian story
    # is INDPTY, 'Georgia' in an American one a US state): key -> country -> entry
    contextual: dict[str, dict[str, NameEntry]] = field(default_factory=dict, repr=False)
    # names whose code depends on the date (groups.tsv): key -> dated codes
    dated: dict[str, tuple[DatedName, ...]] = field(default_factory=dict, repr=False)
    # national bodies named without their country ('the Supreme Court'): key -> sector
    bodies: dict[str, str] = field(default_factory=dict, repr=False)
    capitalised: frozenset[str] = field(default_factory=frozenset, repr=False)
    # an actor the text gives no country takes the country the document is about ('the military'
    # in a story about Pakistan is PAKMIL); PETRARCH dictionaries code only what the text names
    document_context: bool = False
    by_name_part: dict[str, list[Person]] = field(init=False, repr=False)
    by_given_name: dict[str, list[Person]] = field(init=False, repr=False)
    # sector code -> the words of its terms, so that an actor's span finds its sector words without
    # a pass over every term
    words_by_sector: dict[str, frozenset[str]] = field(init=False, repr=False)
    # the first words of all sector terms: a sector term can start only at one of them
    sector_starts: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_sector: dict[str, set[str]] = {}
        for key, code in self.sectors.items():
            by_sector.setdefault(code, set()).update(key)
        self.words_by_sector = {code: frozenset(words) for code, words in by_sector.items()}
        self.sector_starts = frozenset(key[0] for key in self.sectors)
        parts: dict[str, dict[str, Person]] = {}
        given: dict[str, dict[str, Person]] = {}

        def family_name_first(person: Person) -> bool:
            return not self.given_names_first or any(r.code[:3] in FAMILY_NAME_FIRST for r in person.roles)

        # first words that are given names elsewhere ('Joseph', 'Lawrence') are given names in
        # 'Joseph Wu' and 'Lawrence Wong' too
        given_names = {normalize(p.name).split()[0] for p in self.people.values() if not family_name_first(p)}
        for person in self.people.values():
            words = normalize(person.name).split()
            # a bare first word names the person only where it is the family name ('Kim', 'Xi'); a
            # given name does only before a surname ('Laurent Gbago'): a bare 'Sebastien' or 'Marco'
            # in the news is someone else, not Lecornu or Rubio
            family_first = family_name_first(person) and not (self.given_names_first and words[0] in given_names)
            parts.setdefault(words[-1], {})[person.name] = person
            if family_first:
                parts.setdefault(words[0], {})[person.name] = person
            elif len(words) > 1:
                given.setdefault(words[0], {})[person.name] = person
        self.by_name_part = {word: list(people.values()) for word, people in parts.items()}
        self.by_given_name = {word: list(people.values()) for word, people in given.items()}

    def lookup_name(self, text: str) -> NameEntry | None:
        key = normalize(text)
        if key in self.upper_only and any(c.islower() for c in text):
            return None
        return self.names.get(key)

    def lookup_in_context(self, text: str, country: str | None, day: date | None) -> NameEntry | None:
        """The name's entry in a document about `country` on `day`: a contextual sense of that country
        first, else the plain entry, with the code in force on the day for dated names."""
        key = normalize(text)
        if key in self.upper_only and any(c.islower() for c in text):
            return None
        if key in self.capitalised and not _capitalised(text):
            return None
        entry = self.contextual.get(key, {}).get(country) if country else None
        entry = entry or self.names.get(key)
        if entry is not None and "|" in entry.code:  # a group fighting in several countries: the story's
            entry = NameEntry(next((c for c in entry.code.split("|") if c[:3] == country), entry.code), entry.kind)
        if entry is not None and day is not None and key in self.dated:
            code = next((d.code for d in self.dated[key] if d.code[:3] == entry.code[:3] and d.holds_on(day)), entry.code)
            entry = NameEntry(code, entry.kind)
        return entry

    def lookup_person(self, text: str) -> Person | None:
        key = normalize(text)
        if key in self.upper_only and any(c.islower() for c in text):
            return None
        return self.people.get(key)

    def lookup_sector(self, lemmas: Sequence[str]) -> str | None:
        return self.sectors.get(tuple(lemma.lower() for lemma in lemmas))

    def holder_named(
        self, part: str, day: date | None, before_surname: bool = False, surname: str | None = None
    ) -> Person | None:
        """The one person in office on the day whose name ends with `part` ('Putin'), or begins with it
        where the family name comes first ('Kim', 'Xi') or, `before_surname`, with a given name
        ('Abdelaziz Bouteflicka' misspelt). Given the `surname` that follows, the name names only a
        person whose name has a later word that `surname` could be a misspelling of: 'Michael McCaul'
        is not Michael Higgins, and 'Ibrahim Zongo' not Anwar Ibrahim."""
        if day is None:
            return None
        key = normalize(part)
        candidates = self.by_name_part.get(key, [])
        if before_surname:
            candidates = candidates + [p for p in self.by_given_name.get(key, []) if p not in candidates]
        if surname is not None:
            start = normalize(surname)[:4]
            candidates = [p for p in candidates if _followed_by(normalize(p.name).split(), key, start)]
        holders = [p for p in candidates if p.role_on(day)]
        return holders[0] if len(holders) == 1 else None


def _followed_by(words: list[str], word: str, start: str) -> bool:
    """Whether `word` is in `words` with a later word beginning with `start`."""
    return word in words and any(w.startswith(start) for w in words[words.index(word) + 1 :])


# ---------------------------------------------------------------------------------------------
# Reading and validating the files


# Countries whose leaders' names are written family name first in English news ('Kim Jong Un', 'Xi
# Jinping', 'Hun Sen'): there the first word of the name, alone, is the person.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "SGP"})


def _check_country_code(line: Line, code: str) -> None:
    if not COUNTRY_CODE.fullmatch(code):
        raise line.error(f"malformed country code {code!r}; write a CAMEO country code of three upper-case letters, e.g. RUS")


def _check_actor_code(line: Line, code: str, countries: dict[str, Country]) -> None:
    if not ACTOR_CODE.fullmatch(code):
        raise line.error(
            f"malformed actor code {code!r}; write a three-letter country code followed by three-letter "
            "sector codes, e.g. RUSGOV, or an organisation code such as IGOUNO"
        )
    if code[:3] not in countries and not code.startswith(ORGANISATION_PREFIXES):
        raise line.error(f"unknown country {code[:3]!r} in code {code!r}; add the country to countries.tsv or fix the code")


class _Names:
    """Surface forms being collected, with where each was defined, so that clashes name both lines."""

    def __init__(self) -> None:
        self.entries: dict[str, NameEntry] = {}
        self.contextual: dict[str, dict[str, NameEntry]] = {}
        self.origins: dict[str, str] = {}
        self.upper: dict[str, bool] = {}
        self.capital: dict[str, bool] = {}
        self.max_tokens = 1

    def add(self, line: Line, surface: str, code: str, kind: str) -> None:
        key = normalize(surface)
        if not key:
            raise line.error(f"empty name {surface!r}; write the name as it appears in text")
        known = self.entries.get(key)
        if known is not None and known.code != code:
            raise line.error(
                f"{surface!r} means {code} here but {known.code} at {self.origins[key]}; "
                "a name can have only one code: remove or rename one of the two entries"
            )
        if known is None:
            self.entries[key] = NameEntry(code, kind)
            self.origins[key] = line.where
        self.note(surface, kind)

    def add_contextual(self, line: Line, surface: str, code: str, kind: str) -> None:
        """A name that means `code` only in a document about code's country."""
        key = normalize(surface)
        senses = self.contextual.setdefault(key, {})
        known = senses.get(code[:3])
        if known is not None and known.code != code:
            raise line.error(
                f"{surface!r} means {code} here but {known.code} at {self.origins[key + '@' + code[:3]]} in the "
                "same country; a name can have only one code per country: remove one of the two entries"
            )
        if known is None:
            senses[code[:3]] = NameEntry(code, kind)
            self.origins[key + "@" + code[:3]] = line.where
        self.note(surface, kind)

    def note(self, surface: str, kind: str) -> None:
        key = normalize(surface)
        self.upper[key] = self.upper.get(key, True) and _upper_only(surface)
        self.capital[key] = self.capital.get(key, True) and kind in CAPITALISED_KINDS and _capitalised(surface)
        self.max_tokens = max(self.max_tokens, _token_count(surface))


def _load_countries(path: Path, names: _Names) -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for line in read_tsv(path, ("code", "name", "aliases", "adjectives", "capitals")):
        code, name, aliases, adjectives, capitals = line.fields
        _check_country_code(line, code)
        if code in countries:
            raise line.error(f"country {code} is defined twice; merge the two lines into one")
        if name == "-":
            raise line.error(f"country {code} has no name; write its usual English short name")
        country = Country(code, name, items(aliases), items(adjectives), items(capitals))
        countries[code] = country
        names.add(line, name, code, "country")
        for alias in country.aliases:
            names.add(line, alias, code, "alias")
        for adjective in country.adjectives:
            names.add(line, adjective, code, "adjective")
        for capital in country.capitals:
            names.add(line, capital, code + "GOV", "capital")
    return countries


def _load_seats(path: Path, names: _Names, countries: dict[str, Country]) -> None:
    for line in read_tsv(path, ("term", "code")):
        term, code = line.fields
        _check_actor_code(line, code, countries)
        names.add(line, term, code, "seat")


def _load_media(path: Path, names: _Names, countries: dict[str, Country]) -> None:
    """News outlets and agencies: their country's media (MED), of no help in telling which country a
    story is about ('told VOA', 'Xinhua reported')."""
    for line in read_tsv(path, ("term", "code")):
        term, code = line.fields
        _check_actor_code(line, code, countries)
        if code[3:] != "MED":
            raise line.error(f"a news outlet's code is its country's media, e.g. USAMED, not {code!r}")
        names.add(line, term, code, "media")


def _load_organisations(path: Path, names: _Names) -> None:
    for line in read_tsv(path, ("code", "name", "aliases")):
        code, name, aliases = line.fields
        if not ORGANISATION_CODE.fullmatch(code):
            raise line.error(
                f"malformed organisation code {code!r}; write IGO (intergovernmental), NGO (non-governmental) "
                "or IMG (militarized group) followed by three-letter groups, e.g. IGOUNO"
            )
        for surface in (name, *items(aliases)):
            names.add(line, surface, code, "igo")


def _load_regions(path: Path, names: _Names, countries: dict[str, Country]) -> None:
    """Provinces, states and regions: a name, its aliases and the names it bears only in context."""
    for line in read_tsv(path, ("country", "name", "aliases", "context")):
        country, name, aliases, context = line.fields
        _check_country_code(line, country)
        if country not in countries:
            raise line.error(f"unknown country {country!r}; add it to countries.tsv or fix the code")
        contextual = items(context)
        _add_senses(line, names, (name, *items(aliases)), contextual, country, "region")


def _add_senses(line: Line, names: _Names, surfaces: Sequence[str], contextual: Sequence[str], code: str, kind: str) -> None:
    """A name also written in the context column is matched only in context ('Georgia', 'Congress')."""
    only_in_context = {normalize(c) for c in contextual}
    for surface in surfaces:
        if normalize(surface) not in only_in_context:
            names.add(line, surface, code, kind)
    for surface in contextual:
        names.add_contextual(line, surface, code, kind)


def _load_bodies(path: Path, names: _Names) -> dict[str, str]:
    """National bodies named without their country ('the Supreme Court'): term -> sector."""
    bodies: dict[str, str] = {}
    origins: dict[str, str] = {}
    for line in read_tsv(path, ("term", "sector")):
        term, sector = line.fields
        if sector not in SECTOR_CODES:
            raise line.error(f"unknown sector code {sector!r}; use one of {' '.join(sorted(SECTOR_CODES))}")
        key = normalize(term)
        if key in names.entries:
            raise line.error(f"{term!r} is also a name at {names.origins[key]}; remove one of the two entries")
        if bodies.get(key, sector) != sector:
            raise line.error(f"{term!r} means {sector} here but {bodies[key]} at {origins[key]}; remove one of the two")
        bodies[key] = sector
        origins.setdefault(key, line.where)
        names.note(term, "body")
    return bodies


def _load_parties(path: Path, names: _Names, countries: dict[str, Country]) -> None:
    for line in read_tsv(path, ("code", "name", "aliases", "context")):
        code, name, aliases, context = line.fields
        _check_actor_code(line, code, countries)
        _add_senses(line, names, (name, *items(aliases)), items(context), code, "party")


def _load_groups(path: Path, names: _Names, countries: dict[str, Country]) -> dict[str, tuple[DatedName, ...]]:
    """Armed groups; a group whose code changed (the Taliban took power) has one line per period, and
    the open-ended line gives the code of undated mentions; one fighting in several countries has theirs."""
    lines = list(read_tsv(path, ("code", "name", "aliases", "context", "from", "until")))
    open_keys: set[str] = set()
    dated: dict[str, list[DatedName]] = {}
    for line in lines:
        code, name, aliases, context, start, end = line.fields
        for part in code.split("|"):  # 'MLIREB|BFAREB|NERREB': where it fights, its home first
            _check_actor_code(line, part, countries)
        period = DatedName(
            code, None if start == "-" else parse_date(line, start, "start"), None if end == "-" else parse_date(line, end, "end")
        )
        if period.start and period.end and period.start > period.end:
            raise line.error(f"the period starts on {period.start} after it ends on {period.end}; correct or swap the dates")
        surfaces = (name, *items(aliases), *items(context))
        if end == "-":
            open_keys.update(normalize(s) for s in surfaces)
        if start != "-" or end != "-":
            for surface in surfaces:
                dated.setdefault(normalize(surface), []).append(period)
    for line in lines:
        code, name, aliases, context, _, end = line.fields
        surfaces = [s for s in (name, *items(aliases)) if end == "-" or normalize(s) not in open_keys]
        _add_senses(line, names, surfaces, items(context), code, "group")
    return {key: tuple(periods) for key, periods in dated.items()}


def _load_sectors(path: Path) -> dict[tuple[str, ...], str]:
    sectors: dict[tuple[str, ...], str] = {}
    origins: dict[tuple[str, ...], str] = {}
    for line in read_tsv(path, ("term", "code")):
        term, code = line.fields
        if code not in SECTOR_CODES:
            raise line.error(f"unknown sector code {code!r}; use one of {' '.join(sorted(SECTOR_CODES))}")
        key = tuple(term.lower().split())
        if key in sectors:
            raise line.error(
                f"{term!r} ({code}) is already listed at {origins[key]} ({sectors[key]}); "
                "a term has one sector: remove one of the two entries"
            )
        sectors[key] = code
        origins[key] = line.where
    return sectors


def _load_people(path: Path, names: _Names, countries: dict[str, Country]) -> tuple[dict[str, Person], dict[str, bool]]:
    columns = ("name", "aliases", "code", "start", "end", "role")
    roles: dict[str, list[Role]] = {}
    aliases: dict[str, list[str]] = {}
    display: dict[str, str] = {}
    owners: dict[str, tuple[str, str]] = {}  # key -> (person key, where)
    upper: dict[str, bool] = {}
    max_tokens = 1
    for line in read_tsv(path, columns):
        name, alias_field, code, start_text, end_text, title = line.fields
        person = normalize(name)
        _check_actor_code(line, code, countries)
        start = parse_date(line, start_text, "start")
        end = None if end_text == "-" else parse_date(line, end_text, "end")
        if end is not None and start > end:
            raise line.error(f"the role starts on {start} after it ends on {end}; correct or swap the dates")
        for surface in (name, *items(alias_field)):
            key = normalize(surface)
            owner = owners.get(key)
            if owner is not None and owner[0] != person:
                raise line.error(
                    f"{surface!r} names both {name} and {display[owner[0]]} ({owner[1]}); "
                    "drop the ambiguous alias and keep the full names"
                )
            if key in names.entries:
                raise line.error(
                    f"{surface!r} is also a place or organisation name ({names.origins[key]}); "
                    "drop the alias or write the person's full name"
                )
            owners.setdefault(key, (person, line.where))
            upper[key] = upper.get(key, True) and _upper_only(surface)
            max_tokens = max(max_tokens, _token_count(surface))
            if surface != name and surface not in aliases.setdefault(person, []):
                aliases[person].append(surface)
        display.setdefault(person, name)
        roles.setdefault(person, []).append(Role(code, start, end, title))
    names.max_tokens = max(names.max_tokens, max_tokens)
    built = {
        person: Person(display[person], tuple(aliases.get(person, ())), tuple(sorted(found, key=lambda r: r.start)))
        for person, found in roles.items()
    }
    return {key: built[owner] for key, (owner, _) in owners.items()}, upper


def load_knowledge(directory: Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base; the result is cached per directory."""
    return _load(Path(directory or DATA_DIR).resolve())


@lru_cache(maxsize=8)
def _load(directory: Path) -> KnowledgeBase:
    names = _Names()
    countries = _load_countries(directory / "countries.tsv", names)
    _load_seats(directory / "seats.tsv", names, countries)
    _load_organisations(directory / "igos.tsv", names)
    _load_media(directory / "media.tsv", names, countries)
    _load_regions(directory / "regions.tsv", names, countries)
    _load_parties(directory / "parties.tsv", names, countries)
    dated = _load_groups(directory / "groups.tsv", names, countries)
    bodies = _load_bodies(directory / "bodies.tsv", names)
    sectors = _load_sectors(directory / "sectors.tsv")
    people, people_upper = _load_people(directory / "people.tsv", names, countries)
    upper = {key for key, flag in {**names.upper, **people_upper}.items() if flag}
    return KnowledgeBase(
        countries, names.entries, sectors, people, names.max_tokens, frozenset(upper), given_names_first=True,
        contextual=names.contextual, dated=dated, bodies=bodies, document_context=True,
        capitalised=frozenset(key for key, flag in names.capital.items() if flag),
    )
