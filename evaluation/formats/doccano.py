"""doccano sequence-labelling JSONL: ``{"text": ..., "label": [[start, end, "LABEL"], ...]}`` per line.

Also read: ``labels`` in place of ``label``, and the relation-project form
``"entities": [{"start_offset", "end_offset", "label"}]``. The document's id, language,
genre and figure values travel as extra fields (doccano keeps them as metadata).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from evaluation.formats.spans import FormatError, document_from_spans, labelled_spans, metadata_of, sequence
from nlp.types import Document


def record_of(document: Document) -> dict:
    return {"text": document.text, "label": [list(span) for span in labelled_spans(document)],
            **metadata_of(document)}


def document_of(record: dict, where: str) -> Document:
    if not isinstance(record, dict):
        raise FormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise FormatError(f"{where}: no string field 'text'")
    spans = []
    if "entities" in record and "label" not in record and "labels" not in record:
        for number, item in enumerate(sequence(record["entities"], "'entities'", where)):
            if not isinstance(item, dict) or not {"start_offset", "end_offset", "label"} <= set(item):
                raise FormatError(f"{where}: entity {number} needs start_offset, end_offset and label")
            spans.append((item["start_offset"], item["end_offset"], str(item["label"]), f"{where}: entity {number}"))
    else:
        for number, item in enumerate(sequence(record.get("label", record.get("labels", [])), "'label'", where)):
            if not isinstance(item, list) or len(item) != 3 or not isinstance(item[2], str):
                raise FormatError(f"{where}: label {number} must be [start, end, \"LABEL\"], got {item!r}")
            spans.append((item[0], item[1], item[2], f"{where}: label {number}"))
    doc_id = record.get("doc_id", record.get("id", ""))
    return document_from_spans(text, spans, id=str(doc_id), lang=record.get("lang"), genre=record.get("genre", "policy"),
                               figures=record.get("figures"), extra=record.get("extra"))


def read(path: Path) -> Iterator[Document]:
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise FormatError(f"{path}:{number}: not valid JSON: {error.msg}") from None
            yield document_of(record, f"{path}:{number}")


def write(documents: Iterable[Document], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for document in documents:
            handle.write(json.dumps(record_of(document), ensure_ascii=False) + "\n")
            count += 1
    return count
