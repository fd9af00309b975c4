"""How much of a real article the page reader keeps: word precision, recall and F1 against a hand-checked body.

The pages are Zyte's article-extraction-benchmark (MIT): gzipped HTML in ../shared/data/pages/html and
the gold article body in ground-truth.jsonl. dyadwatch's text is what it codes, body and quote segments
(title and reader comments are apart); plain trafilatura is the reference row.

    python benchmarks/pages_eval.py [--pages DIR] [--worst N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "pages"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def words(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def score(extracted: str, gold: str) -> Score:
    got, want = words(extracted), words(gold)
    common = sum((got & want).values())
    if not got or not want:
        return Score(0.0, 0.0)
    return Score(common / sum(got.values()), common / sum(want.values()))


def dyadwatch_text(html: bytes, page_id: str) -> str:
    from dyadwatch.documents import read_html

    document = read_html(html, page_id)
    return "\n".join(document.text[s.start:s.end] for s in document.segments if s.kind in ("body", "quote"))


def trafilatura_text(html: bytes, page_id: str) -> str:
    import trafilatura

    return trafilatura.extract(html.decode("utf-8", "replace")) or ""


def run(name: str, extract, pages: list[tuple[str, bytes, str]], worst: int) -> None:
    scores: list[tuple[str, Score]] = []
    failures: list[str] = []
    started = time.perf_counter()
    for page_id, html, gold in pages:
        try:
            text = extract(html, page_id)
        except Exception as exc:  # a page the extractor refuses counts as lost, with its reason
            failures.append(f"{page_id[:12]}: {type(exc).__name__}: {str(exc)[:90]}")
            text = ""
        scores.append((page_id, score(text, gold)))
    seconds = time.perf_counter() - started
    lost = sum(1 for _, s in scores if s.recall < 0.2)
    print(f"| {name} | {len(scores)} | {mean(s.precision for _, s in scores):.3f} | "
          f"{mean(s.recall for _, s in scores):.3f} | {mean(s.f1 for _, s in scores):.3f} | {lost} | "
          f"{len(failures)} | {1000 * seconds / len(scores):.0f} |", flush=True)
    for line in failures:
        print(f"    refused {line}", file=sys.stderr)
    for page_id, s in sorted(scores, key=lambda item: item[1].f1)[:worst]:
        print(f"    worst {page_id[:12]} P={s.precision:.2f} R={s.recall:.2f} F1={s.f1:.2f}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT, help="directory with html/ and ground-truth.jsonl")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of each row on stderr")
    args = parser.parse_args()
    truth = args.pages / "ground-truth.jsonl"
    if not truth.is_file():
        print(f"pages_eval: {truth} not found; put the shared data set beside the repository or give --pages")
        return 2
    pages = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        html = gzip.decompress((args.pages / "html" / f"{record['id']}.html.gz").read_bytes())
        pages.append((record["id"], html, record["body"]))
    print("| reader | pages | precision | recall | F1 | pages lost (recall < 0.2) | refused | ms/page |")
    print("|---|---|---|---|---|---|---|---|")
    run("dyadwatch (body + quotes)", dyadwatch_text, pages, args.worst)
    run("trafilatura (plain `extract`)", trafilatura_text, pages, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
