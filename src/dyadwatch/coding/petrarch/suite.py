"""Run a PETRARCH validation suite (the `PETR.UnitTest.records.xml` format) through our own pipeline.

The records file names its dictionaries in `<Environment>` (resolved next to the file) and the record
categories to run in `<Include>`. Each record's `<Text>` is parsed by our pipeline (its hand-made
`<Parse>` tree is ignored) and coded with the record's date, then scored as PETRARCH-1's validator
did: the set of coded (source, target, code) triples must equal the expected set; a `noevents`
record passes when nothing is coded, an `error` record when that condition (a story or sentence
discard, a dateline) is reported. `<Config option="new_actor_length" value="N">` between records turns
PETRARCH's new actors on for the records after it (an unknown named phrase of up to N words is coded
as its words).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from ...errors import InputError
from ...documents.readers import parse_date, read_text
from ..coder import Coder
from ..event import CodedDocument
from . import DictionaryFiles, load_files

NO_TARGET = "---"


@dataclass
class Record:
    id: str
    category: str
    date: str
    text: str
    expected: set[tuple[str, str, str]]
    error: str | None = None  # 'storydiscard', 'sentencediscard', ...
    new_actor_length: int = 0  # the <Config option="new_actor_length"> in force


@dataclass
class Result:
    id: str
    category: str
    text: str
    expected: list[list[str]]
    coded: list[list[str]]
    expected_error: str | None
    reported: list[str]
    passed: bool


@dataclass
class Suite:
    files: DictionaryFiles
    include: list[str]
    records: list[Record] = field(default_factory=list)


def _clean(value: str | None) -> str:
    return (value or "").strip().strip('"')


def read_suite(path: Path) -> Suite:
    """The environment and the included records of a validation file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path}: not a PETRARCH validation file ({exc})") from exc
    env = root.find("Environment")
    if env is None:
        raise InputError(f"{path}: no <Environment> naming the dictionaries")

    def named(tag: str) -> list[Path]:
        return [path.parent / e.text.strip() for e in env.findall(tag) if e.text and e.text.strip()]

    files = DictionaryFiles(named("Verbfile"), named("Actorfile"), named("Agentfile"), named("Discardfile"))
    for file in files.verbs + files.actors + files.agents + files.discards:
        if not file.is_file():
            raise InputError(f"{path}: the environment names {file.name}, which is not next to it")
    include = (env.findtext("Include") or "").split()
    suite = Suite(files, include)
    new_actor_length = 0
    for sentence in root.iter():
        if sentence.tag == "Config" and sentence.get("option") == "new_actor_length":
            new_actor_length = _config_length(path, sentence.get("value", ""))
        if sentence.tag != "Sentence":
            continue
        category = sentence.get("category", "")
        if include and category not in include:
            continue
        expected: set[tuple[str, str, str]] = set()
        error = None
        for coding in sentence.findall("EventCoding"):
            if coding.get("error"):
                error = coding.get("error")
            elif coding.get("eventcode"):
                expected.add((_clean(coding.get("sourcecode")), _clean(coding.get("targetcode")) or NO_TARGET,
                              _clean(coding.get("eventcode"))))
        text = " ".join((sentence.findtext("Text") or "").split())
        suite.records.append(Record(sentence.get("id", ""), category, sentence.get("date", ""), text, expected, error,
                                    new_actor_length))
    return suite


def _config_length(path: Path, value: str) -> int:
    """PETRARCH's new_actor_length (0: off); anything but a whole number is reported with its line."""
    if value.strip().isdigit():
        return int(value)
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if "new_actor_length" in text and f'"{value}"' in text), 0)
    raise InputError(f"{path}:{line}: new_actor_length value '{value}' is not a whole number; write e.g. value=\"4\"")


def _published(day: str) -> date | None:
    """The record's date attribute (YYYYMMDD) as the document's publication date."""
    return parse_date(f"{day[:4]}-{day[4:6]}-{day[6:8]}") if day else None


def coded_triples(coded: CodedDocument) -> set[tuple[str, str, str]]:
    return {(e.source.code, e.target.code if e.target else NO_TARGET, e.cameo.code) for e in coded.events}


def run_suite(path: Path, model: str | None = None) -> list[Result]:
    suite = read_suite(path)
    lexicon, kb = load_files(suite.files)
    base = Coder.create(model)
    coded_by_id: dict[int, CodedDocument | Exception] = {}  # by id(record): record ids may repeat
    for length in sorted({r.new_actor_length for r in suite.records}):
        coder = Coder(base.nlp, lexicon, kb, base.ontology, context_countries=False, new_actor_length=length)
        records = [r for r in suite.records if r.new_actor_length == length]
        documents = [read_text(r.text, r.id, published=_published(r.date)) for r in records]
        coded_by_id.update((id(r), c) for r, c in zip(records, coder.code_many(documents)))
    results = []
    for record in suite.records:
        coded = coded_by_id[id(record)]
        triples = set() if isinstance(coded, Exception) else coded_triples(coded)
        reported = [] if isinstance(coded, Exception) else [d.split(":")[0] for d in coded.discards]
        if record.error:
            passed = record.error in reported
        else:
            passed = triples == record.expected and not reported
        results.append(Result(
            record.id, record.category, record.text, sorted(map(list, record.expected)), sorted(map(list, triples)),
            record.error, reported, passed,
        ))
    return results


def format_results(results: list[Result]) -> str:
    """Per-category pass counts and the final 'petrarch-suite: P/N records correct' line."""
    totals: Counter = Counter()
    passed: Counter = Counter()
    for result in results:
        totals[result.category] += 1
        passed[result.category] += result.passed
    lines = [f"{'category':<12}{'correct':>8}{'records':>9}"]
    lines += [f"{name:<12}{passed[name]:>8}{totals[name]:>9}" for name in sorted(totals)]
    lines.append(f"petrarch-suite: {sum(passed.values())}/{len(results)} records correct")
    return "\n".join(lines)


def results_json(results: list[Result]) -> list[dict]:
    return [asdict(r) for r in results]
