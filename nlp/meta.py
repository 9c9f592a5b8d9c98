"""Model metadata: the ``meta.json`` every model directory carries, and data hashes."""
from __future__ import annotations

import hashlib
import json
import platform
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping

from nlp import __version__


def data_hash(paths: Iterable[Path]) -> str:
    """SHA-256 over the given files' bytes, in the given order (the training data's identity)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).name.encode() + b"\0")
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def write_meta(directory: Path, *, name: str, data: Iterable[Path], extra: Mapping = ()) -> dict:
    """Write ``meta.json`` with version, training-data files and hash, and ``extra`` fields."""
    data = [Path(p) for p in data]
    meta = {
        "name": name,
        "policy_nlp_version": __version__,
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "python": platform.python_version(),
        "training_data": [_relative(p) for p in data],
        "training_data_sha256": data_hash(data),
        **dict(extra),
    }
    directory.mkdir(parents=True, exist_ok=True)
    existing = directory / "meta.json"
    if existing.is_file():  # spaCy writes its own meta.json; keep its keys beside ours
        meta = {**json.loads(existing.read_text(encoding="utf-8")), **meta}
    (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return meta


def _relative(path: Path) -> str:
    from nlp.paths import REPO_ROOT

    resolved = path.resolve()
    return resolved.relative_to(REPO_ROOT).as_posix() if resolved.is_relative_to(REPO_ROOT) else path.as_posix()


def read_meta(directory: Path) -> dict:
    return json.loads((Path(directory) / "meta.json").read_text(encoding="utf-8"))
