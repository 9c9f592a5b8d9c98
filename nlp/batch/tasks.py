"""The work done for each input, in whatever process runs it: read, annotate, serialise.

A :class:`Task` carries an input and its content hash; :func:`run_task` returns an
:class:`Annotated` result (the JSONL line and table rows, ready to write) or an
:class:`InputError`. Nothing here raises for a bad document: one bad input never
stops a batch.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Sequence, Union

from nlp.batch.rows import Rows, dumps_record, output_record, table_rows
from nlp.batch.sources import InputError, Source, read_source


@dataclass(frozen=True)
class Task:
    """One input to annotate, with its content hash."""

    source: Source
    content_hash: str


@dataclass(frozen=True)
class Options:
    """What every task needs besides its input: the model version and which outputs to build."""

    model: str
    jsonl: bool = True
    rows: bool = True


@dataclass(frozen=True)
class Annotated:
    """A document annotated and serialised for the outputs."""

    id: str
    source: str
    line: int
    content_hash: str
    jsonl: Optional[str]
    rows: Optional[Rows]
    clauses: int
    entities: int


Result = Union[Annotated, InputError]


def run_task(pipeline, task: Task, options: Options) -> Result:
    """Read, annotate and serialise one input; any failure becomes an :class:`InputError`."""
    source = task.source
    record = read_source(source)
    if isinstance(record, InputError):
        return record
    record["content_hash"] = task.content_hash
    try:
        document = pipeline.annotate_record(record)
        jsonl = dumps_record(output_record(document, options.model)) if options.jsonl else None
        rows = table_rows(document, options.model, datetime.now()) if options.rows else None
    except Exception as error:  # a pipeline bug on one document must not stop the batch
        return InputError(source.path, f"annotation failed: {type(error).__name__}: {error}", source.line, source.id)
    return Annotated(id=document.id, source=source.path, line=source.line, content_hash=task.content_hash,
                     jsonl=jsonl, rows=rows, clauses=len(document.clauses), entities=len(document.entities))


def run_tasks(pipeline, tasks: Sequence[Task], options: Options) -> List[Result]:
    """:func:`run_task` over a chunk of tasks, in order."""
    return [run_task(pipeline, task, options) for task in tasks]


_WORKER: List = []


def init_worker(pipeline) -> None:
    """Give a worker process its pipeline (inherited when forked, else sent once)."""
    _WORKER[:] = [pipeline]


def run_tasks_in_worker(tasks: Sequence[Task], options: Options) -> List[Result]:
    return run_tasks(_WORKER[0], tasks, options)
