"""Accuracy on real news: the coder against the hand-coded VOA gold set (benchmarks/gold/voa-*.jsonl).

Each story of ../shared/data/corpus/voa_stories.jsonl named in a gold half is coded (body text only,
as the gold covers the text and not the title). A coded event matches a gold event when the gold
trigger lies in the coded event's sentence and the CAMEO roots agree (root level); a full match also
needs the same source and target country, modality and negation. Recall counts only non-background
gold events; coded events that match only background gold are counted apart ("bg").
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from dyadwatch.coding.coder import Coder
from dyadwatch.coding.evaluate_news import (
    CodedEvent, GoldStory, NewsScore, check_triggers, document_offset, read_news_gold, read_stories, score_story,
)
from dyadwatch.documents import parse_date, read_text
from dyadwatch.errors import DyadwatchError

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
CORPUS = HERE.parents[1] / "shared" / "data" / "corpus" / "voa_stories.jsonl"
HALVES = ("dev", "check")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=(*HALVES, "both"), default="both")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the VOA stories (JSONL)")
    parser.add_argument("--model", help="spaCy pipeline name")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every gold and coded event with its verdict")
    parser.add_argument("--roots", metavar="RR,RR", help="print precision and recall of these CAMEO roots on each half")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skip: {args.corpus} not found (the VOA stories live in ../shared/data/corpus)")
        return 0
    try:
        return run(args)
    except DyadwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def run(args: argparse.Namespace) -> int:
    halves: dict[str, list[GoldStory]] = {}
    for half in HALVES if args.half == "both" else (args.half,):
        path = GOLD / f"voa-{half}.jsonl"
        if not path.exists():
            print(f"{half}: skipped, {path.relative_to(HERE.parent)} is not there yet")
            continue
        halves[half] = read_news_gold(path)
    if not halves:
        return 0
    corpus = read_stories(args.corpus)
    wanted = [(half, gold) for half, stories in halves.items() for gold in stories]
    for half, gold in wanted:
        if gold.story not in corpus:
            print(f"error: story {gold.story} of the {half} half is not in {args.corpus}", file=sys.stderr)
            return 1
        check_triggers(gold, corpus[gold.story]["text"], f"voa-{half}.jsonl")
    documents = [
        read_text(corpus[g.story]["text"], g.story, published=_published(corpus[g.story])) for _, g in wanted
    ]
    coder = Coder.create(args.model)
    started = time.perf_counter()
    coded = list(coder.code_many(documents))
    elapsed = time.perf_counter() - started
    scores = {half: NewsScore() for half in halves}
    details = []
    for (half, gold), document, result in zip(wanted, documents, coded):
        if isinstance(result, DyadwatchError):
            print(f"warning: {result}", file=sys.stderr)
        events = [] if isinstance(result, DyadwatchError) else result.events
        text = corpus[gold.story]["text"]
        offsets = [document_offset(text, document.text, e.offset) for e in gold.events]
        mine = [CodedEvent.of(e) for e in events]
        story = score_story(gold.events, offsets, mine)
        scores[half].add(gold.events, story, mine)
        details.append(_detail(half, gold, offsets, events, story))
    print(_table(scores))
    if "dev" in scores:
        print()
        print(_per_root(scores["dev"]))
    if args.roots:
        print()
        print(_roots(scores, args.roots.split(",")))
    print(f"\n{len(documents)} stories coded in {elapsed:.1f} s")
    if args.json:
        args.json.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in details), encoding="utf-8")
        print(f"per-event details: {args.json}")
    return 0


def _published(record: dict):
    try:
        return parse_date(record["published"]) if record.get("published") else None
    except ValueError:
        return None


def _table(scores: dict[str, NewsScore]) -> str:
    lines = [f"{'half':<6}{'stories':>8}{'gold':>6}{'coded':>7}{'bg':>5}{'P_root':>8}{'R_root':>8}{'P_full':>8}{'R_full':>8}"]
    for half, s in scores.items():
        lines.append(
            f"{half:<6}{s.stories:>8}{s.gold:>6}{s.coded:>7}{s.coded_background:>5}"
            f"{s.precision(False):>8.3f}{s.recall(False):>8.3f}{s.precision(True):>8.3f}{s.recall(True):>8.3f}"
        )
    return "\n".join(lines)


def _per_root(score: NewsScore) -> str:
    lines = ["dev recall per CAMEO root", f"{'root':<6}{'gold':>6}{'R_root':>8}{'R_full':>8}"]
    for root, counts in sorted(score.per_root.items()):
        n = counts["gold"]
        lines.append(f"{root:<6}{n:>6}{counts['root'] / n:>8.2f}{counts['full'] / n:>8.2f}")
    return "\n".join(lines)


def _roots(scores: dict[str, NewsScore], roots: list[str]) -> str:
    """Each half's precision and recall of the given roots: totals only, so the check half can be shown."""
    lines = [f"{'half':<6}{'root':<6}{'coded':>6}{'P_root':>8}{'gold':>6}{'R_root':>8}"]
    for half, score in scores.items():
        for root in roots:
            coded, gold = score.coded_per_root.get(root, Counter()), score.per_root.get(root, Counter())
            precision = coded["hit"] / coded["coded"] if coded["coded"] else 0.0
            recall = gold["root"] / gold["gold"] if gold["gold"] else 0.0
            lines.append(f"{half:<6}{root:<6}{coded['coded']:>6}{precision:>8.2f}{gold['gold']:>6}{recall:>8.2f}")
    return "\n".join(lines)


def _detail(half: str, gold: GoldStory, offsets: list[int], events: list, story) -> dict:
    return {
        "half": half,
        "story": gold.story,
        "gold": [
            {
                "offset": g.offset, "document_offset": o, "trigger": g.trigger, "cameo": g.cameo,
                "source": g.source, "target": g.target, "modality": g.modality, "negated": g.negated,
                "background": g.background, "root_match": r, "full_match": f,
            }
            for g, o, r, f in zip(gold.events, offsets, story.gold_root, story.gold_full)
        ],
        "coded": [
            {
                "sentence_span": list(e.sentence_span), "trigger": e.evidence.trigger, "cameo": e.cameo.code,
                "source": e.source.code, "target": e.target.code if e.target else None, "modality": e.modality,
                "negated": e.negated, "verdict": v, "full_match": f, "sentence": e.sentence,
            }
            for e, v, f in zip(events, story.coded_verdict, story.coded_full)
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
