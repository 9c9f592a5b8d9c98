"""Batch annotation of policy releases into JSONL and a DuckDB store, resumable and parallel.

>>> from nlp.batch import annotate_batch                      # doctest: +SKIP
>>> annotate_batch(["releases/"], output="out.jsonl", db="releases.duckdb", jobs=2)  # doctest: +SKIP
"""
from __future__ import annotations

from nlp.batch.dask_engine import annotate_dask
from nlp.batch.export import export_parquet
from nlp.batch.runner import BatchSummary, annotate_batch
from nlp.batch.stores import StoreError

__all__ = ["annotate_batch", "annotate_dask", "export_parquet", "BatchSummary", "StoreError"]
