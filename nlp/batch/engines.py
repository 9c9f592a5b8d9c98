"""Run chunks of tasks in this process or in worker processes, results in input order.

An engine's ``map(chunks)`` pulls chunks lazily and keeps at most ``window`` of them in
flight, so memory stays bounded whatever the number of inputs. A worker process that
dies (killed, out of memory) fails only the document it was working on: the pool is
restarted and the chunk is retried one document at a time.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Deque, Iterable, Iterator, List, Optional, Sequence, Tuple

from nlp.batch.sources import InputError
from nlp.batch.tasks import Options, Result, Task, init_worker, run_tasks, run_tasks_in_worker
from nlp.pipeline import start_method

WARM_UP_TEXT = "一、支持企业发展。First, support enterprises."
WORKER_DIED = "worker process died while annotating this document (killed, or out of memory?)"


class SerialEngine:
    """Everything in this process: the simplest engine, used for ``--jobs 1``."""

    def __init__(self, pipeline, options: Options):
        self.pipeline = pipeline
        self.options = options

    def start(self) -> "SerialEngine":
        return self

    def map(self, chunks: Iterable[Sequence[Task]]) -> Iterator[List[Result]]:
        for chunk in chunks:
            yield run_tasks(self.pipeline, chunk, self.options)

    def close(self) -> None:
        pass


class SubmissionWindow:
    """Chunks submitted ahead of need, at most ``size`` in flight, handed back in input
    order as ``(chunk, future)``: bounded memory whatever the number of inputs."""

    def __init__(self, chunks: Iterable[Sequence[Task]], submit: Callable[[Sequence[Task]], object], size: int):
        self._chunks = iter(chunks)
        self._submit = submit
        self._size = size
        self._pending: Deque[Tuple[Sequence[Task], object]] = deque()

    def __iter__(self) -> Iterator[Tuple[Sequence[Task], object]]:
        self._fill()
        while self._pending:
            yield self._pending.popleft()
            self._fill()

    def resubmit_pending(self) -> None:
        """Submit every chunk in flight again (after the workers were restarted)."""
        self._pending = deque((chunk, self._submit(chunk)) for chunk, _ in self._pending)

    def _fill(self) -> None:
        while len(self._pending) < self._size:
            chunk = next(self._chunks, None)
            if chunk is None:
                return
            self._pending.append((chunk, self._submit(chunk)))


class ProcessEngine:
    """A pool of ``jobs`` worker processes, each holding the pipeline."""

    def __init__(self, pipeline, options: Options, *, jobs: int, window: Optional[int] = None):
        self.pipeline = pipeline
        self.options = options
        self.jobs = jobs
        self.window = window or 3 * jobs
        self._executor: Optional[ProcessPoolExecutor] = None

    def start(self) -> "ProcessEngine":
        """Start the workers now (before the caller opens files, threads or databases)."""
        _warm_up(self.pipeline)
        self._executor = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(start_method()),
                                             initializer=init_worker, initargs=(self.pipeline,))
        self._executor.submit(run_tasks_in_worker, [], self.options).result()
        return self

    def map(self, chunks: Iterable[Sequence[Task]]) -> Iterator[List[Result]]:
        window = SubmissionWindow(chunks, self._submit, self.window)
        for chunk, future in window:
            try:
                results = future.result()
            except BrokenProcessPool:
                self._restart()
                results = self._one_by_one(chunk)
                window.resubmit_pending()
            except Exception as error:  # a result that could not come back, for instance
                results = [failed(task, f"annotation failed: {type(error).__name__}: {error}") for task in chunk]
            yield results

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _submit(self, chunk: Sequence[Task]):
        return self._executor.submit(run_tasks_in_worker, list(chunk), self.options)

    def _restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.start()

    def _one_by_one(self, chunk: Sequence[Task]) -> List[Result]:
        results: List[Result] = []
        for task in chunk:
            try:
                results.extend(self._submit([task]).result())
            except BrokenProcessPool:
                self._restart()
                results.append(failed(task, WORKER_DIED))
        return results


def _warm_up(pipeline) -> None:
    """Load what the pipeline loads lazily (word dictionaries) once, before the workers fork from us."""
    try:
        pipeline(WARM_UP_TEXT)
    except Exception:  # noqa: BLE001 - a failure shows on the first real document, with its path
        pass


def failed(task: Task, reason: str) -> InputError:
    """The error record of a task that could not be annotated."""
    source = task.source
    return InputError(source.path, reason, source.line, source.id)


