"""Benchmark of batch annotation: throughput by --jobs, peak memory by corpus size, resume time.

Generates documents by repeating and varying the texts of corpora/train.jsonl, then
runs each measurement in a fresh process (``annotate_batch`` with JSONL and DuckDB
outputs, the default pipeline loaded before the clock starts) and samples the memory
of that process and its workers (PSS, which counts pages shared by forked workers once,
and RSS). Prints the figures against the targets of issue 7.
Not a test: run ``python -m evaluation.bench_batch --help``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, Iterator, List

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "train.jsonl"


def varied_records(corpus: Path, count: int) -> Iterator[dict]:
    """``count`` records: corpus texts in turn, their lines rotated by round, with a numbered last line."""
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    for index in range(count):
        lines = texts[index % len(texts)].split("\n")
        shift = (index // len(texts)) % len(lines)
        yield {"id": f"bench-{index}", "text": "\n".join(lines[shift:] + lines[:shift]) + f"\n({index})"}


def write_records(path: Path, count: int, corpus: Path = CORPUS) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for record in varied_records(corpus, count):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run_child(source: Path, work: Path, jobs: int, model: str, sample_seconds: float = 0.1) -> dict:
    """One ``annotate_batch`` run in a fresh process: its figures, wall time and peak memory (MB)."""
    import psutil

    started = time.perf_counter()
    cpu_before = _children_cpu()
    process = subprocess.Popen([sys.executable, "-m", "evaluation.bench_batch", "--child", str(source), str(work),
                                str(jobs), model], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = {"rss": 0, "pss": 0}

    def sample() -> None:
        try:
            parent = psutil.Process(process.pid)
            while process.poll() is None:
                try:
                    tree = [parent] + parent.children(recursive=True)
                    memory = [p.memory_full_info() for p in tree]
                    peak["rss"] = max(peak["rss"], sum(m.rss for m in memory))
                    peak["pss"] = max(peak["pss"], sum(getattr(m, "pss", m.rss) for m in memory))
                except psutil.Error:
                    pass
                time.sleep(sample_seconds)
        except psutil.NoSuchProcess:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"benchmark run failed ({process.returncode}): {err.decode()[-2000:]}")
    figures = json.loads(out.decode().strip().splitlines()[-1])
    figures.update(wall_seconds=time.perf_counter() - started, peak_mb=peak["pss"] / 2 ** 20,
                   peak_rss_mb=peak["rss"] / 2 ** 20,
                   cpu_seconds=_children_cpu() - cpu_before, load_average=os.getloadavg()[0])
    return figures


def _children_cpu() -> float:
    """CPU seconds of finished child processes and their own children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def child(source: str, work: str, jobs: int, model: str) -> None:
    """The measured run: load the pipeline, then time ``annotate_batch`` alone."""
    import nlp
    from nlp.batch.runner import annotate_batch

    loading = time.perf_counter()
    pipeline = nlp.load(model)
    pipeline("预热。Warm up.")
    load_seconds = time.perf_counter() - loading
    work_dir = Path(work)
    summary = annotate_batch([source], output=work_dir / "out.jsonl", db=work_dir / "store.duckdb", jobs=jobs,
                             pipeline=pipeline)
    print(json.dumps({"annotated": summary.annotated, "skipped": summary.skipped, "failed": summary.failed,
                      "seconds": summary.seconds, "load_seconds": load_seconds}))


def measure(args) -> Dict[str, dict]:
    results: Dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as scratch:
        scratch_dir = Path(scratch)

        def fresh(name: str, count: int, jobs: int) -> dict:
            work = scratch_dir / name
            work.mkdir()
            source = write_records(scratch_dir / f"{count}.jsonl", count) \
                if not (scratch_dir / f"{count}.jsonl").exists() else scratch_dir / f"{count}.jsonl"
            figures = run_child(source, work, jobs, args.model)
            figures.update(documents=count, jobs=jobs)
            print(f"  {name}: {_describe(figures)}", file=sys.stderr, flush=True)
            return figures

        if "throughput" in args.parts:
            for jobs in (1, args.jobs):
                results[f"throughput_jobs_{jobs}"] = fresh(f"throughput-{jobs}", args.throughput_docs, jobs)
        if "memory" in args.parts:
            for count in args.memory_docs:
                results[f"memory_{count}"] = fresh(f"memory-{count}", count, args.jobs)
        if "resume" in args.parts:
            first = fresh("resume-first", args.resume_docs, args.jobs)
            again = run_child(scratch_dir / f"{args.resume_docs}.jsonl", scratch_dir / "resume-first", args.jobs,
                              args.model)
            again.update(documents=args.resume_docs, jobs=args.jobs)
            print(f"  resume-again: {_describe(again)}", file=sys.stderr, flush=True)
            results["resume_first"], results["resume_again"] = first, again
    return results


def report(results: Dict[str, dict], jobs: int, memory_docs: List[int]) -> str:
    """A Markdown table of the figures that were measured, each against its target."""
    lines = [f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}", "", "| figure | value | target |", "| --- | --- | --- |"]
    if "throughput_jobs_1" in results:
        one, many = results["throughput_jobs_1"], results[f"throughput_jobs_{jobs}"]
        speedup = _rate(many) / _rate(one)
        lines += [
            f"| throughput, --jobs 1 ({one['documents']:,} docs) | {_rate(one):.1f} docs/s | |",
            f"| throughput, --jobs {jobs} | {_rate(many):.1f} docs/s ({speedup:.2f} x) | >= 1.7 x "
            f"{'met' if speedup >= 1.7 else 'NOT met'} |",
            f"| CPU seconds per document, --jobs 1 / --jobs {jobs} (all processes) | "
            f"{one['cpu_seconds'] / one['documents']:.3f} / {many['cpu_seconds'] / many['documents']:.3f} | |",
            f"| load average while running, --jobs 1 / --jobs {jobs} | "
            f"{one['load_average']:.1f} / {many['load_average']:.1f} | below {os.cpu_count()} for a fair figure |"]
    if all(f"memory_{count}" in results for count in memory_docs):
        small, large = results[f"memory_{memory_docs[0]}"], results[f"memory_{memory_docs[-1]}"]
        growth = large["peak_mb"] / small["peak_mb"] - 1
        rss_growth = large["peak_rss_mb"] / small["peak_rss_mb"] - 1
        lines += [
            f"| peak memory (PSS), {small['documents']:,} docs (--jobs {small['jobs']}, all processes) | "
            f"{small['peak_mb']:.0f} MB | |",
            f"| peak memory (PSS), {large['documents']:,} docs | {large['peak_mb']:.0f} MB ({growth:+.1%}) | "
            f"within 10% {'met' if abs(growth) <= 0.10 else 'NOT met'} |",
            f"| peak RSS summed over processes (counts shared pages twice), {small['documents']:,} / "
            f"{large['documents']:,} docs | {small['peak_rss_mb']:.0f} / {large['peak_rss_mb']:.0f} MB "
            f"({rss_growth:+.1%}) | |"]
    if "resume_first" in results:
        first, again = results["resume_first"], results["resume_again"]
        share = again["seconds"] / first["seconds"]
        lines += [
            f"| first run, {first['documents']:,} docs | {first['seconds']:.1f} s (wall {first['wall_seconds']:.1f} s) | |",
            f"| resume of the finished run | {again['seconds']:.2f} s = {share:.1%} (wall {again['wall_seconds']:.1f} s "
            f"= {again['wall_seconds'] / first['wall_seconds']:.1%}) | < 5% {'met' if share < 0.05 else 'NOT met'} |"]
    lines += ["", "Times are annotate_batch's own (model loaded before the clock); wall times add process start "
                  "and model loading."]
    return "\n".join(lines)


def _rate(figures: dict) -> float:
    return figures["annotated"] / figures["seconds"]


def _describe(figures: dict) -> str:
    return (f"{figures['annotated']} annotated, {figures['skipped']} skipped in {figures['seconds']:.1f} s "
            f"(wall {figures['wall_seconds']:.1f} s), peak {figures['peak_mb']:.0f} MB PSS, "
            f"{figures['peak_rss_mb']:.0f} MB RSS, load {figures['load_average']:.1f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.bench_batch", description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="jobs compared with --jobs 1, and used for the rest")
    parser.add_argument("--throughput-docs", type=int, default=1000, metavar="N")
    parser.add_argument("--memory-docs", type=int, nargs=2, default=[1000, 20000], metavar=("SMALL", "LARGE"))
    parser.add_argument("--resume-docs", type=int, default=10000, metavar="N")
    parser.add_argument("--parts", nargs="+", choices=("throughput", "memory", "resume"),
                        default=["throughput", "memory", "resume"], help="which figures to measure (default: all)")
    parser.add_argument("--model", default="default", help="pipeline name for nlp.load (default: default)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the raw figures here")
    parser.add_argument("--child", nargs=4, metavar=("SOURCE", "WORK", "JOBS", "MODEL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        source, work, jobs, model = args.child
        child(source, work, int(jobs), model)
        return 0
    results = measure(args)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(results, args.jobs, args.memory_docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
