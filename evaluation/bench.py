"""Speed benchmark: policy-nlp against the tools a user would pick instead.

Prints characters per second for each system on the same texts in one process, the
ratios, and the machine it ran on. Run ``python -m evaluation.bench --help``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import Callable, Dict, List

from nlp.io import read_documents


def texts_by_language(corpus: Path) -> Dict[str, List[str]]:
    texts: Dict[str, List[str]] = {}
    for document in read_documents(corpus):
        texts.setdefault(document.lang, []).append(document.text)
    return texts


def chars_per_second(function: Callable[[str], object], texts: List[str], min_seconds: float = 1.0) -> float:
    """Run ``function`` over ``texts`` until ``min_seconds`` have passed; characters per second."""
    function(texts[0])  # warm up: loads dictionaries and compiles patterns
    characters, started, rounds = 0, time.perf_counter(), 0
    while True:
        for text in texts:
            function(text)
            characters += len(text)
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return characters / elapsed


def segmentation_systems(lang: str) -> Dict[str, Callable[[str], object]]:
    import pysbd

    from nlp.segment.segmenter import Segmenter

    segmenter = Segmenter(tokens=False)
    sbd = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    return {"policy-nlp segmenter": segmenter, "pySBD": sbd.segment}


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def run_segmentation(corpus: Path, min_seconds: float) -> dict:
    results = {}
    for lang, texts in sorted(texts_by_language(corpus).items()):
        speeds = {name: chars_per_second(system, texts, min_seconds) for name, system in segmentation_systems(lang).items()}
        results[lang] = {"chars": sum(map(len, texts)), "chars_per_second": speeds,
                         "ratio_to_pysbd": speeds["policy-nlp segmenter"] / speeds["pySBD"]}
    return results


def run_scaling(corpus: Path, sizes=(1_000_000, 5_000_000)) -> dict:
    """Segment one long document of each size per language: seconds and chars/s (linear time)."""
    from nlp.segment.segmenter import Segmenter

    segmenter = Segmenter(tokens=False)
    results = {}
    for lang, texts in sorted(texts_by_language(corpus).items()):
        joined = "\n".join(texts)
        for size in sizes:
            text = (joined * (size // len(joined) + 1))[:size]
            started = time.perf_counter()
            segmenter(text)
            seconds = time.perf_counter() - started
            results[f"{lang} {size / 1e6:.0f} MB"] = {"seconds": seconds, "chars_per_second": size / seconds}
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("corpora/test.jsonl"))
    parser.add_argument("--seconds", type=float, default=2.0, help="minimum time per system")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="also time one 1 MB and one 5 MB document")
    args = parser.parse_args(argv)
    results = {"machine": machine(), "segmentation": run_segmentation(args.corpus, args.seconds)}
    if args.scaling:
        results["scaling"] = run_scaling(args.corpus)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"machine: {results['machine']}")
    for lang, result in results["segmentation"].items():
        print(f"[{lang}] {result['chars']:,} characters")
        for name, speed in result["chars_per_second"].items():
            print(f"  {name:<24} {speed:>14,.0f} chars/s")
        print(f"  {'ratio to pySBD':<24} {result['ratio_to_pysbd']:>14.1f} x")
    for name, result in results.get("scaling", {}).items():
        print(f"[scaling] one {name} document: {result['seconds']:.2f} s, {result['chars_per_second']:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
