"""Export a DuckDB store's tables to Parquet files, one per table."""
from __future__ import annotations

from pathlib import Path
from typing import Dict

from nlp.batch.rows import TABLES
from nlp.batch.stores import StoreError


def export_parquet(db, directory) -> Dict[str, int]:
    """Write ``<directory>/<table>.parquet`` for every table of the store at ``db``.

    Parameters
    ----------
    db : path
        A store written by ``policy-nlp annotate --db``.
    directory : path
        Created if missing; existing Parquet files of the same names are replaced.

    Returns
    -------
    dict
        Rows written per table.

    Raises
    ------
    StoreError
        When the store cannot be read or the folder cannot be written.
    """
    import duckdb

    from nlp.batch.duckdb_store import connect

    directory = Path(directory)
    connection = connect(db, read_only=True)
    counts: Dict[str, int] = {}
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            target = directory / f"{table}.parquet"
            connection.execute(f"COPY (SELECT * FROM {table}) TO '{_quoted(target)}' (FORMAT PARQUET)")
            counts[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except OSError as error:
        raise StoreError(f"{directory}: cannot write: {error.strerror or error}") from None
    except duckdb.CatalogException as error:
        raise StoreError(f"{db}: not a policy-nlp store: {error}") from None
    except duckdb.Error as error:
        raise StoreError(f"cannot export {db} to {directory}: {error}") from None
    finally:
        connection.close()
    return counts


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
