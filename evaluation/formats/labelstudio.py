"""Label Studio JSON export: a list of tasks, each ``{"data": {"text": ...}, "annotations": [...]}``.

Regions are ``{"type": "labels", "value": {"start", "end", "text", "labels": [...]}}``.
Reading takes a task's first annotation that was not cancelled, or else its first
prediction; writing puts our spans under ``predictions`` so they show as pre-annotations
to correct, and writes ``NAME.config.xml`` beside the tasks: a labelling config with every
label, to paste into the project's settings. Offsets are code points; an old export whose offsets count UTF-16 units (text
with emoji) is recognised by the region's ``text`` and converted back.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

from evaluation.formats.spans import FormatError, document_from_spans, labelled_spans, metadata_of, sequence
from nlp.types import AREAS, ENTITY_LABELS, Document

MODEL_VERSION = "policy-nlp"


def _region(number: int, text: str, start: int, end: int, label: str) -> dict:
    return {"id": f"r{number}", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def task_of(document: Document, number: int) -> dict:
    meta = metadata_of(document)
    result = [_region(i, document.text, start, end, label)
              for i, (start, end, label) in enumerate(labelled_spans(document), start=1)]
    return {"id": number, "data": {"text": document.text, **meta},
            "predictions": [{"model_version": MODEL_VERSION, "result": result}]}


def _utf16_to_code_points(text: str, offset: int) -> Optional[int]:
    units = 0
    for index, character in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(character) > 0xFFFF else 1
    return len(text) if units == offset else None


def _offsets(text: str, value: dict, where: str) -> Tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    shown = value.get("text")
    if isinstance(shown, str) and isinstance(start, int) and isinstance(end, int) and text[start:end] != shown:
        start16, end16 = _utf16_to_code_points(text, start), _utf16_to_code_points(text, end)
        if start16 is not None and end16 is not None and text[start16:end16] == shown:
            return start16, end16
        raise FormatError(f"{where}: region [{start}, {end}) reads {text[start:end]!r}, but the export says {shown!r}")
    return start, end


def _chosen_result(task: dict, where: str) -> List:
    for annotation in sequence(task.get("annotations", []), "'annotations'", where):
        if isinstance(annotation, dict) and not annotation.get("was_cancelled"):
            return sequence(annotation.get("result", []), "'result'", where)
    predictions = sequence(task.get("predictions", []), "'predictions'", where)
    if predictions and isinstance(predictions[0], dict):
        return sequence(predictions[0].get("result", []), "'result'", where)
    return []


def document_of(task: dict, where: str) -> Document:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise FormatError(f"{where}: a task must be an object with a 'data' object")
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        raise FormatError(f"{where}: data has no string field 'text'")
    spans = []
    for number, region in enumerate(_chosen_result(task, where)):
        here = f"{where}, region {region.get('id', number) if isinstance(region, dict) else number}"
        if not isinstance(region, dict) or region.get("type") not in ("labels", "hypertextlabels"):
            continue  # relations, choices and other region types carry no spans of ours
        value = region.get("value")
        labels = value.get("labels") if isinstance(value, dict) else None
        if not isinstance(labels, list) or not labels:
            raise FormatError(f"{here}: a labels region needs value.labels")
        start, end = _offsets(text, value, here)
        spans += [(start, end, str(label), here) for label in labels]
    doc_id = data.get("doc_id", task.get("id", ""))
    return document_from_spans(text, spans, id=str(doc_id), lang=data.get("lang"), genre=data.get("genre", "policy"),
                               figures=data.get("figures"), extra=data.get("extra"))


def read(path: Path) -> Iterator[Document]:
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise FormatError(f"{path}: not valid JSON: {error.msg} at line {error.lineno}") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    for number, task in enumerate(sequence(tasks, "a Label Studio export", str(path))):
        yield document_of(task, f"{path}: task {number} (id {task.get('id') if isinstance(task, dict) else '?'})")


def labeling_config(levels: int = 4) -> str:
    """A Label Studio labelling config with the scheme's entity, clause and marker labels."""
    clause_labels = [f"clause:{area}{flags}" for area in AREAS for flags in ("", "+measure", "+continues",
                                                                             "+measure+continues")]
    labels = list(ENTITY_LABELS) + clause_labels + [f"marker:{level}" for level in range(1, levels + 1)]
    lines = "\n".join(f'    <Label value="{label}"/>' for label in labels)
    return f'<View>\n  <Labels name="label" toName="text">\n{lines}\n  </Labels>\n  <Text name="text" value="$text"/>\n</View>\n'


def write(documents: Iterable[Document], path: Path) -> int:
    tasks = [task_of(document, number) for number, document in enumerate(documents, start=1)]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    path.with_name(path.stem + ".config.xml").write_text(labeling_config(), encoding="utf-8")
    return len(tasks)
