"""Batch annotation of files, folders and JSONL into JSONL and a DuckDB store, resumably.

:func:`annotate_batch` reads the inputs in order, skips each document an output already
holds from the same content and model version, annotates the rest with an engine
(this process, worker processes or a Dask cluster), and commits the results to every
output in batches. Killed at any moment and run again, it ends with each document
annotated exactly once in each output.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator, List, Optional, TextIO

from nlp.batch.engines import ProcessEngine, SerialEngine
from nlp.batch.sources import DEFAULT_MAX_BYTES, InputError, content_hash, iter_sources
from nlp.batch.stores import StoreError, StreamStore
from nlp.batch.tasks import Annotated, Options, Result, Task

ENGINES = ("local", "dask")
COMMIT_EVERY = 256      # documents per transaction
COMMIT_SECONDS = 5.0    # and at least this often


@dataclass
class BatchSummary:
    """What a batch run did; ``failed`` counts inputs that gave no document."""

    annotated: int = 0
    skipped: int = 0
    failed: int = 0
    clauses: int = 0
    entities: int = 0
    seconds: float = 0.0

    @property
    def documents_per_second(self) -> float:
        return self.annotated / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (f"{self.annotated} document(s) annotated, {self.skipped} already done, {self.clauses} clause(s), "
                f"{self.entities} entit{'y' if self.entities == 1 else 'ies'}, {self.failed} failure(s), "
                f"{self.seconds:.1f} s ({self.documents_per_second:.1f} docs/s)")


def annotate_batch(inputs: Iterable[str], *, output=None, db=None, pipeline=None, jobs: int = 1,
                   engine: str = "local", scheduler: Optional[str] = None, max_bytes: int = DEFAULT_MAX_BYTES,
                   chunk_size: Optional[int] = None, commit_every: int = COMMIT_EVERY, progress: bool = False,
                   errors: Optional[TextIO] = None, stdin: Optional[BinaryIO] = None) -> BatchSummary:
    """Annotate every input document once into the outputs, skipping what they already hold.

    Parameters
    ----------
    inputs : iterable of str
        Files (``.txt``, ``.md``, ``.html``, ``.htm``, ``.docx``, ``.pdf``, ``.jsonl``),
        folders (read recursively) or ``-`` for JSONL on standard input.
    output : path, ``"-"`` or text stream, optional
        JSONL output: a file (resumed and kept free of duplicates) or a stream.
    db : path, optional
        DuckDB store (resumed likewise).
    pipeline : Pipeline, optional
        Default: ``nlp.load()``. Its ``version`` keys the outputs with the content hash.
    jobs : int
        Worker processes (local engine) or local Dask workers (dask engine, no scheduler).
    engine : {"local", "dask"}
        Where documents are annotated; ``scheduler`` is a Dask scheduler address.
    max_bytes : int
        Larger files and JSONL lines are errors.
    commit_every : int
        Documents per transaction in the outputs.
    progress : bool
        Show a progress bar with documents per second on stderr.
    errors : text stream, optional
        Where failures are reported (default stderr), one line each with path and reason.

    Returns
    -------
    BatchSummary

    Raises
    ------
    StoreError
        When an output cannot be opened or written (nothing is annotated then).
    ValueError
        For bad arguments (``jobs`` below 1, unknown engine).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if scheduler and engine != "dask":
        raise ValueError("a scheduler address needs engine='dask'")
    errors = errors or sys.stderr
    started = time.perf_counter()
    if pipeline is None:
        import nlp

        pipeline = nlp.load()
    model = pipeline.version
    options = Options(model=model, jsonl=output is not None, rows=db is not None)
    runner = _make_engine(pipeline, options, jobs=jobs, engine=engine, scheduler=scheduler)
    stores: List = []
    summary = BatchSummary()
    bar = None
    try:
        stores = _open_stores(output, None, errors)
        runner.start()  # before DuckDB opens: workers fork from a process without its threads
        stores += _open_stores(None, db, errors)
        bar = _progress_bar(progress)
        run = _Run(stores, model, summary, errors, bar, commit_every)
        sources = iter_sources(inputs, max_bytes=max_bytes, stdin=stdin)
        chunks = _chunks(run.pending(sources), chunk_size or (32 if engine == "dask" else 8))
        for results in runner.map(chunks):
            run.write(results)
        run.commit()
    finally:
        if bar is not None:
            bar.close()
        runner.close()
        for store in stores:
            store.close()
    summary.seconds = time.perf_counter() - started
    return summary


class _Run:
    """The writing side of a run: skips, results, errors, commits and the progress bar."""

    def __init__(self, stores, model: str, summary: BatchSummary, errors: TextIO, bar, commit_every: int):
        self.stores, self.model, self.summary = stores, model, summary
        self.errors, self.bar, self.commit_every = errors, bar, commit_every
        self.uncommitted = 0
        self.last_commit = time.monotonic()

    def pending(self, sources) -> Iterator[Task]:
        """Tasks for the inputs some output lacks; errors reported and done ones counted on the way."""
        for source in sources:
            if isinstance(source, InputError):
                self.fail(source)
                continue
            digest = content_hash(source)
            if all(store.has(source.id, digest, self.model) for store in self.stores):
                self.summary.skipped += 1
                self.bar.update(1)
                continue
            yield Task(source, digest)

    def write(self, results: List[Result]) -> None:
        for result in results:
            if isinstance(result, Annotated):
                for store in self.stores:
                    if not store.has(result.id, result.content_hash, self.model):
                        store.add(result, self.model)
                self.summary.annotated += 1
                self.summary.clauses += result.clauses
                self.summary.entities += result.entities
                self.uncommitted += 1
                self.bar.update(1)
            else:
                self.fail(result)
        if self.uncommitted >= self.commit_every or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self.commit()

    def fail(self, error: InputError) -> None:
        self.summary.failed += 1
        self.bar.update(1)
        for store in self.stores:
            store.add_error(error, self.model)
        self.uncommitted += 1
        self.bar.write(f"error: {error}", file=self.errors)

    def commit(self) -> None:
        for store in self.stores:
            store.commit()
        self.uncommitted = 0
        self.last_commit = time.monotonic()
        self.bar.set_postfix(annotated=self.summary.annotated, skipped=self.summary.skipped,
                             failed=self.summary.failed, refresh=False)


def _make_engine(pipeline, options: Options, *, jobs: int, engine: str, scheduler: Optional[str]):
    if engine == "dask":
        from nlp.batch.dask_engine import DaskEngine

        return DaskEngine(pipeline, options, scheduler=scheduler, jobs=jobs)
    return SerialEngine(pipeline, options) if jobs == 1 else ProcessEngine(pipeline, options, jobs=jobs)


def _open_stores(output, db, errors: TextIO) -> List:
    from nlp.batch.duckdb_store import DuckDBStore
    from nlp.batch.jsonl_store import JsonlStore

    stores: List = []
    try:
        if output is not None:
            if output == "-":
                stores.append(StreamStore(sys.stdout).open())
            elif hasattr(output, "write"):
                stores.append(StreamStore(output).open())
            else:
                stores.append(JsonlStore(output).open())
        if db is not None:
            stores.append(DuckDBStore(db).open())
    except StoreError:
        for store in stores:
            store.close()
        raise
    for store in stores:
        if store.repaired_bytes:
            print(f"note: {getattr(store, 'path', '')}: cut {store.repaired_bytes} bytes of a record an "
                  f"interrupted run left unfinished", file=errors)
    return stores


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[List[Task]]:
    chunk: List[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _progress_bar(enabled: bool):
    from tqdm import tqdm

    return tqdm(disable=not enabled, unit="doc", desc="annotating", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.05, mininterval=0.5)


__all__ = ["annotate_batch", "BatchSummary", "StoreError"]
