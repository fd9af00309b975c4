"""PETRARCH-2/TABARI dictionaries: verbs, actors, agents and discards, compiled for our engine.

`load_dictionaries(DIR)` finds the files by name in a directory laid out like PETRARCH's (`*verbs*.txt`
or `CAMEO*.txt`, `*actors*.txt`, `*agents*.txt`, `*discards*.txt`); `load_files` takes them one by one,
as a validation suite's `<Environment>` names them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...actors.knowledge import KnowledgeBase
from ...actors.petrarch import load_actor_knowledge
from ...errors import LexiconError
from ..lexicon import Lexicon, load_lexicon
from .discards import load_discards
from .verbs import load_verb_dictionary


@dataclass
class DictionaryFiles:
    verbs: list[Path] = field(default_factory=list)
    actors: list[Path] = field(default_factory=list)
    agents: list[Path] = field(default_factory=list)
    discards: list[Path] = field(default_factory=list)


def find_files(directory: Path) -> DictionaryFiles:
    if not directory.is_dir():
        raise LexiconError(str(directory), 0, "dictionary directory not found; give petrarch:DIR with the PETRARCH dictionaries")
    files = DictionaryFiles()
    for path in sorted(directory.glob("*.txt")):
        name = path.name.lower()
        if "verbs" in name or name.startswith("cameo"):
            files.verbs.append(path)
        elif "actors" in name:
            files.actors.append(path)
        elif "agents" in name:
            files.agents.append(path)
        elif "discards" in name:
            files.discards.append(path)
    if not files.verbs:
        raise LexiconError(str(directory), 0, "no verb dictionary (*verbs*.txt or CAMEO*.txt) in the directory")
    return files


def load_files(files: DictionaryFiles) -> tuple[Lexicon, KnowledgeBase]:
    """Our lexicon's knowledge of English (reporting, modality, control verbs) with PETRARCH's patterns and actors."""
    ours = load_lexicon()
    lexicon = Lexicon(reporting=ours.reporting, modality=ours.modality, object_control=ours.object_control)
    for path in files.verbs:
        load_verb_dictionary(path, lexicon)
    sentence: list[str] = []
    story: list[str] = []
    for path in files.discards:
        found = load_discards(path)
        sentence += found.sentence
        story += found.story
    lexicon.sentence_discards, lexicon.story_discards = tuple(sentence), tuple(story)
    return lexicon, load_actor_knowledge(files.actors, files.agents, lexicon.warnings)


def load_dictionaries(directory: Path) -> tuple[Lexicon, KnowledgeBase]:
    return load_files(find_files(directory))
