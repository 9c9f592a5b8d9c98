"""Annotation on a Dask cluster: an engine for batch runs, and an API over dask collections.

The pipeline is sent to the workers once (scattered), so the workers need policy-nlp
installed but not the ``models/`` folder. Results come back to the client in input
order and are written there, so the outputs are the same as with local processes.
"""
from __future__ import annotations

from typing import Iterable, Iterator, List, Optional, Sequence

from nlp.batch.engines import SubmissionWindow, failed
from nlp.batch.rows import output_record
from nlp.batch.sources import RecordInput, content_hash, record_problem
from nlp.batch.tasks import Options, Result, Task, run_tasks


class DaskEngine:
    """Chunks of tasks run on a Dask cluster at ``scheduler``, or on a local cluster of ``jobs`` processes."""

    def __init__(self, pipeline, options: Options, *, scheduler: Optional[str] = None, jobs: int = 1,
                 window: Optional[int] = None):
        self.pipeline = pipeline
        self.options = options
        self.scheduler = scheduler
        self.jobs = jobs
        self.window = window
        self._client = self._cluster = self._pipeline = None

    def start(self) -> "DaskEngine":
        from distributed import Client, LocalCluster

        if self.scheduler:
            self._client = Client(self.scheduler, timeout="30s")
        else:
            self._cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                         dashboard_address=":0")
            self._client = Client(self._cluster)
        threads = sum(self._client.nthreads().values()) or 1
        self.window = self.window or 3 * threads
        self._pipeline = self._client.scatter(self.pipeline, broadcast=True)
        return self

    def map(self, chunks: Iterable[Sequence[Task]]) -> Iterator[List[Result]]:
        def submit(chunk: Sequence[Task]):
            return self._client.submit(run_tasks, self._pipeline, list(chunk), self.options, pure=False)

        for chunk, future in SubmissionWindow(chunks, submit, self.window):
            try:
                results = future.result()
            except Exception as error:  # a worker lost or killed: the chunk fails, the batch goes on
                results = [failed(task, f"failed on the cluster: {type(error).__name__}: {error}") for task in chunk]
            yield results

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None


def annotate_dask(collection, pipeline=None):
    """Annotate a dask bag or dataframe of records on the cluster the bag runs on.

    Parameters
    ----------
    collection : dask.bag.Bag or dask.dataframe.DataFrame
        Records with ``text`` (and usually ``id``; other fields are carried through),
        or plain strings in a bag. A dataframe needs a ``text`` column.
    pipeline : Pipeline or str, optional
        The pipeline, or the name ``nlp.load`` takes on each worker (default ``"default"``).

    Returns
    -------
    dask.bag.Bag
        One dict per input, in order: the scheme record with ``content_hash`` and
        ``model``, or ``{"id", "error"}`` for an input that failed.

    Examples
    --------
    >>> import dask.bag as db                                   # doctest: +SKIP
    >>> bag = db.from_sequence([{"id": "a", "text": "支持企业。"}], npartitions=1)  # doctest: +SKIP
    >>> annotate_dask(bag).compute()[0]["clauses"]              # doctest: +SKIP
    """
    import dask

    bag = collection.to_bag(format="dict") if hasattr(collection, "to_bag") and hasattr(collection, "columns") \
        else collection
    if pipeline is None or isinstance(pipeline, str):
        return bag.map_partitions(_annotate_partition, pipeline or "default", None)
    return bag.map_partitions(_annotate_partition, dask.delayed(pipeline, pure=True, traverse=False),
                              pipeline.version)


def _annotate_partition(records, pipeline, model: Optional[str]) -> List[dict]:
    if isinstance(pipeline, str):
        import nlp

        pipeline = nlp.load(pipeline)
    model = model or pipeline.version
    out = []
    for record in records:
        record = {"text": record} if isinstance(record, str) else _plain(record)
        problem = record_problem(record)
        if problem:
            out.append({"id": str(record.get("id", "")) if isinstance(record, dict) else "", "error": problem})
            continue
        record["content_hash"] = content_hash(RecordInput("", 0, record))
        try:
            out.append(output_record(pipeline.annotate_record(record), model))
        except Exception as error:  # one bad record must not fail the partition
            out.append({"id": str(record.get("id", "")), "error": f"annotation failed: {type(error).__name__}: {error}"})
    return out


def _plain(record):
    """A record with plain Python values (a dataframe row gives numpy scalars and NaN)."""
    if not isinstance(record, dict):
        return record
    plain = {}
    for key, value in record.items():
        if hasattr(value, "item") and not isinstance(value, (str, bytes)):
            try:
                value = value.item()
            except (ValueError, TypeError):
                pass
        plain[key] = None if isinstance(value, float) and value != value else value
    return plain
