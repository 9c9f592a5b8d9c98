"""Label schemes as data: the ten policy areas by default, or a user's own file."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Tuple

DEFAULT_SCHEME = Path(__file__).parent / "schemes" / "areas.json"


@dataclass(frozen=True)
class LabelScheme:
    """Named labels with descriptions; ``default`` is the label for "nothing else"."""

    name: str
    labels: Tuple[str, ...]
    default: str
    descriptions: Mapping[str, str]

    def to_dict(self) -> dict:
        return {"name": self.name, "default": self.default,
                "labels": {label: self.descriptions.get(label, "") for label in self.labels}}


def load_scheme(path: Path | str = DEFAULT_SCHEME) -> LabelScheme:
    """Read a scheme file: ``{"name", "default", "labels": {label: description}}``."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"cannot read label scheme {path}: {error}") from None
    labels = data.get("labels")
    if isinstance(labels, list):
        labels = {label: "" for label in labels}
    if not isinstance(labels, dict) or len(labels) < 2:
        raise ValueError(f"label scheme {path}: 'labels' must name at least two labels")
    default = data.get("default", next(iter(labels)))
    if default not in labels:
        raise ValueError(f"label scheme {path}: default {default!r} is not one of its labels")
    return LabelScheme(str(data.get("name", path.stem)), tuple(labels), default, dict(labels))
