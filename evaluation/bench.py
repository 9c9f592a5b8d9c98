"""Speed benchmark: policy-nlp against the tools a user would pick instead.

In one process on the same texts, per language: characters per second of the full
policy-nlp annotation (the ``accurate`` and ``fast`` pipelines) and of the peers (bare
``jieba.lcut``, spaCy ``blank("zh")`` with jieba plus the sentencizer, spaCy
``blank("en")`` plus the sentencizer, pySBD), and the ratios; on the test corpus and on a
scaled-up copy (about 5 MB per language). In fresh processes: the time and peak memory
(RSS) to load each pipeline, and time and peak memory to annotate 1x, 4x and 16x the
corpus. One core: BLAS threads are pinned to one. Run ``python -m evaluation.bench --help``.
"""
from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # one core, before numpy is imported

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable, Dict, List  # noqa: E402

from nlp.io import read_documents  # noqa: E402

PIPELINES = ("accurate", "fast")
#: The peer each language's ratios are measured against first (the issue's targets).
TARGET_PEER = {"zh": "jieba.lcut", "en": "spaCy blank en + sentencizer"}


def texts_by_language(corpus: Path) -> Dict[str, List[str]]:
    texts: Dict[str, List[str]] = {}
    for document in read_documents(corpus):
        texts.setdefault(document.lang, []).append(document.text)
    return texts


def scaled(texts: List[str], size: int) -> List[str]:
    """Copies of ``texts`` (whole documents, in order) until they hold ``size`` characters."""
    result, total = [], 0
    while total < size:
        for text in texts:
            result.append(text)
            total += len(text)
            if total >= size:
                break
    return result


def chars_per_second(function: Callable[[str], object], texts: List[str], min_seconds: float = 0.0) -> float:
    """Run ``function`` over ``texts`` (again until ``min_seconds`` have passed); chars/s."""
    function(texts[0])  # warm up: loads dictionaries and models, compiles patterns
    characters, started = 0, time.perf_counter()
    while True:
        for text in texts:
            function(text)
            characters += len(text)
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return characters / elapsed


def systems(lang: str) -> Dict[str, Callable[[str], object]]:
    """Every system timed for ``lang``: the policy-nlp pipelines, then the peers."""
    import jieba
    import pysbd
    import spacy

    import nlp

    found: Dict[str, Callable[[str], object]] = {
        f"policy-nlp {name}": (lambda pipeline: lambda text: pipeline(text, lang))(nlp.load(name)) for name in PIPELINES}
    if lang == "zh":
        jieba.setLogLevel(60)
        found["jieba.lcut"] = jieba.lcut
        blank_zh = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        blank_zh.add_pipe("sentencizer")
        found["spaCy blank zh (jieba) + sentencizer"] = blank_zh
    else:
        blank_en = spacy.blank("en")
        blank_en.add_pipe("sentencizer")
        found["spaCy blank en + sentencizer"] = blank_en
    found["pySBD"] = pysbd.Segmenter(language=lang, clean=False, char_span=True).segment
    return found


def run_throughput(corpus: Path, min_seconds: float, scaled_size: int) -> dict:
    results = {}
    for lang, texts in sorted(texts_by_language(corpus).items()):
        entries = {"corpus": texts}
        if scaled_size:
            entries[f"scaled copy ({scaled_size / 1e6:.0f} MB)"] = scaled(texts, scaled_size)
        for label, batch in entries.items():
            speeds = {name: chars_per_second(system, batch, min_seconds if label == "corpus" else 0.0)
                      for name, system in systems(lang).items()}
            peers = [name for name in speeds if not name.startswith("policy-nlp")]
            results[f"{lang} {label}"] = {
                "lang": lang, "chars": sum(map(len, batch)), "documents": len(batch), "chars_per_second": speeds,
                "ratios": {pipeline: {peer: speeds[f"policy-nlp {pipeline}"] / speeds[peer] for peer in peers}
                           for pipeline in PIPELINES}}
    return results


def run_in_child(task: dict) -> dict:
    """Run one measurement in a fresh interpreter, so load time and peak memory are its own."""
    completed = subprocess.run([sys.executable, "-m", "evaluation.bench", "--child", json.dumps(task)],
                               capture_output=True, text=True, check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def child(task: dict) -> dict:
    import resource

    started = time.perf_counter()
    import nlp

    pipeline = nlp.load(task["pipeline"])
    if task["kind"] == "load":  # the first call also loads jieba's dictionary and the NER
        pipeline("The Commerce Bureau will grant RMB 2 million in 2024.", "en")
        pipeline("市商务局2024年给予200万元奖励。", "zh")
        seconds = time.perf_counter() - started
    else:
        texts = scaled(texts_by_language(Path(task["corpus"]))[task["lang"]], task["chars"])
        started = time.perf_counter()
        for text in texts:
            pipeline(text, task["lang"])  # documents are not kept: memory should stay flat
        seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_rss_mb": peak_kb / 1024}


def run_load() -> dict:
    return {name: run_in_child({"kind": "load", "pipeline": name}) for name in PIPELINES}


def run_scaling(corpus: Path, factors=(1, 4, 16), pipeline: str = "accurate") -> dict:
    results = {}
    for lang, texts in sorted(texts_by_language(corpus).items()):
        base = sum(map(len, texts))
        for factor in factors:
            measured = run_in_child({"kind": "annotate", "pipeline": pipeline, "corpus": str(corpus),
                                     "lang": lang, "chars": base * factor})
            results[f"{lang} {factor}x"] = {**measured, "chars": base * factor,
                                            "chars_per_second": base * factor / measured["seconds"]}
    return results


def machine() -> dict:
    import jieba
    import sklearn
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform(),
            "spacy": spacy.__version__, "jieba": jieba.__version__, "scikit-learn": sklearn.__version__,
            "threads": "1 (BLAS pinned)"}


def print_report(results: dict) -> None:
    info = results["machine"]
    print(f"machine: {info['cpu']}, {info['cores']} cores, Python {info['python']}, {info['system']}")
    print(f"         spaCy {info['spacy']}, jieba {info['jieba']}, scikit-learn {info['scikit-learn']}, one thread")
    for name, result in results.get("throughput", {}).items():
        print(f"\n[{name}] {result['documents']} documents, {result['chars']:,} characters")
        for system, speed in result["chars_per_second"].items():
            print(f"  {system:<40} {speed:>12,.0f} chars/s")
        for pipeline, ratios in result["ratios"].items():
            print(f"  policy-nlp {pipeline} / " + ", ".join(f"{peer}: {ratio:.2f}x" for peer, ratio in ratios.items()))
    for name, result in results.get("load", {}).items():
        print(f"\n[load {name}] import + models + first call: {result['seconds']:.2f} s, "
              f"peak RSS {result['peak_rss_mb']:.0f} MB")
    for name, result in results.get("scaling", {}).items():
        print(f"[scaling accurate {name}] {result['chars']:,} chars: {result['seconds']:.2f} s, "
              f"{result['chars_per_second']:,.0f} chars/s, peak RSS {result['peak_rss_mb']:.0f} MB")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("corpora/test.jsonl"))
    parser.add_argument("--seconds", type=float, default=2.0, help="minimum time per system on the corpus")
    parser.add_argument("--scaled-mb", type=float, default=5.0, help="size of the scaled-up copy (0: none)")
    parser.add_argument("--scaling", default="1,4,16", help="corpus multiples to time in fresh processes ('': none)")
    parser.add_argument("--no-load", action="store_true", help="skip the load-time measurement")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    results = {"machine": machine(),
               "throughput": run_throughput(args.corpus, args.seconds, int(args.scaled_mb * 1e6))}
    if not args.no_load:
        results["load"] = run_load()
    if args.scaling:
        results["scaling"] = run_scaling(args.corpus, tuple(int(f) for f in args.scaling.split(",")))
    print_report(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
