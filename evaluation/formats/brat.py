"""brat standoff: a folder with ``ID.txt`` (the text, byte for byte) and ``ID.ann`` per document.

``.ann`` lines: ``T1<TAB>ORG 0 9<TAB>Guangzhou`` for spans (types ``Clause`` and ``Marker``
besides the entity labels), attributes ``A1<TAB>Area T2 finance``, ``A2<TAB>Measure T2``,
``A3<TAB>Continues T2`` (the clause does not end its sentence), ``A4<TAB>Level T3 2``,
and figure values as notes: ``#1<TAB>AnnotatorNotes T5<TAB>{"value": 3370000000, "unit": "CNY"}``.
``metadata.json`` keeps each document's id, language, genre and extra fields; ``annotation.conf`` lets
brat show the folder as it is.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Iterable, Iterator, List
from urllib.parse import quote, unquote

from evaluation.formats.spans import FormatError, clause_label, document_from_spans, figures_of, guess_lang
from nlp.types import AREAS, ENTITY_LABELS, Clause, Document

METADATA = "metadata.json"
CONF = f"""[entities]
Clause
Marker
{chr(10).join(ENTITY_LABELS)}

[relations]

[events]

[attributes]
Area Arg:Clause, Value:{'|'.join(AREAS)}
Measure Arg:Clause
Continues Arg:Clause
Level Arg:Marker, Value:1|2|3|4|5|6
"""


def file_stem(doc_id: str) -> str:
    """A file name for an id (quoted where it has characters a file name cannot)."""
    return quote(doc_id, safe="-_.") or "_"


def ann_of(document: Document) -> str:
    """The ``.ann`` text of one document."""
    lines: List[str] = []
    figures = figures_of(document)
    text = document.text

    def span_line(kind: str, start: int, end: int) -> str:
        number = sum(line.startswith("T") for line in lines) + 1
        surface = "".join(" " if ch in "\t\r\n" else ch for ch in text[start:end])
        lines.append(f"T{number}\t{kind} {start} {end}\t{surface}")
        return f"T{number}"

    def attribute(name: str, target: str, value: str = "") -> None:
        number = sum(line.startswith("A") for line in lines) + 1
        lines.append(f"A{number}\t{name} {target}" + (f" {value}" if value else ""))

    for clause in document.clauses:
        target = span_line("Clause", clause.start, clause.end)
        attribute("Area", target, clause.area)
        if clause.measure:
            attribute("Measure", target)
        if not clause.sent_end:
            attribute("Continues", target)
    for marker in document.markers:
        attribute("Level", span_line("Marker", marker.start, marker.end), str(marker.level))
    notes = 0
    for entity in document.entities:
        target = span_line(entity.label, entity.start, entity.end)
        extra = figures.get(f"{entity.start}:{entity.end}:{entity.label}")
        if extra:
            notes += 1
            lines.append(f"#{notes}\tAnnotatorNotes {target}\t{json.dumps(extra, ensure_ascii=False)}")
    return "\n".join(lines) + ("\n" if lines else "")


def document_of(text: str, ann: str, where: str, *, doc_id: str, lang=None, genre: str = "policy",
                extra=None) -> Document:
    """Parse one ``.ann`` against its text."""
    spans: Dict[str, list] = {}
    attributes: Dict[str, dict] = {}
    notes: Dict[str, dict] = {}
    for number, line in enumerate(ann.splitlines(), start=1):
        here = f"{where}:{number}"
        if not line.strip():
            continue
        fields = line.split("\t")
        kind = fields[0][:1]
        if kind == "T":
            if len(fields) < 2 or len(fields[1].split(" ")) < 3:
                raise FormatError(f"{here}: a span line is 'T<n><TAB>TYPE START END<TAB>TEXT'")
            label, offsets = fields[1].split(" ", 1)
            if ";" in offsets:
                raise FormatError(f"{here}: discontinuous spans ({offsets}) are not part of the scheme")
            start, end = offsets.split(" ")
            if not (start.isdigit() and end.isdigit()):
                raise FormatError(f"{here}: offsets must be integers, got {offsets!r}")
            spans[fields[0]] = [int(start), int(end), label, here]
        elif kind in ("A", "M"):
            parts = fields[1].split(" ") if len(fields) > 1 else []
            if len(parts) < 2:
                raise FormatError(f"{here}: an attribute line is 'A<n><TAB>NAME TARGET [VALUE]'")
            attributes.setdefault(parts[1], {})[parts[0]] = parts[2] if len(parts) > 2 else True
        elif kind == "#":
            parts = fields[1].split(" ") if len(fields) > 1 else []
            if len(parts) == 2 and parts[0] == "AnnotatorNotes" and len(fields) > 2:
                try:
                    value = json.loads(fields[2])
                except json.JSONDecodeError:
                    continue  # a free-text note of an annotator, not ours
                if isinstance(value, dict):
                    notes[parts[1]] = value
        # relations (R), events (E), equivalences (*) and normalisations (N) carry nothing of ours
    labelled, figures = [], {}
    for target, (start, end, label, here) in spans.items():
        found = attributes.get(target, {})
        if label == "Clause":
            area = found.get("Area", "none")
            label = clause_label(Clause(start, end, area if isinstance(area, str) else "none",
                                        bool(found.get("Measure")), not found.get("Continues")))
        elif label == "Marker":
            label = f"marker:{found.get('Level', 1)}"
        elif target in notes:
            figures[f"{start}:{end}:{label}"] = notes[target]
        labelled.append((start, end, label, here))
    return document_from_spans(text, labelled, id=doc_id, lang=lang or guess_lang(text), genre=genre, figures=figures,
                               extra=extra)


def read(path: Path) -> Iterator[Document]:
    if not path.is_dir():
        raise FormatError(f"{path}: brat standoff is a folder of .txt and .ann files")
    metadata = {}
    if (path / METADATA).is_file():
        try:
            metadata = json.loads((path / METADATA).read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise FormatError(f"{path / METADATA}: not valid JSON: {error.msg}") from None
    order = {stem: index for index, stem in enumerate(metadata)}
    for text_path in sorted(path.glob("*.txt"), key=lambda p: (order.get(p.stem, len(order)), p.stem)):
        ann_path = text_path.with_suffix(".ann")
        with open(text_path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        ann = ann_path.read_text(encoding="utf-8") if ann_path.is_file() else ""
        meta = metadata.get(text_path.stem, {})
        yield document_of(text, ann, str(ann_path), doc_id=meta.get("id", unquote(text_path.stem)),
                          lang=meta.get("lang"), genre=meta.get("genre", "policy"), extra=meta.get("extra"))


def write(documents: Iterable[Document], path: Path) -> int:
    path.mkdir(parents=True, exist_ok=True)
    metadata = {}
    for document in documents:
        stem = file_stem(document.id or f"document-{len(metadata) + 1}")
        if stem in metadata:
            raise FormatError(f"{path}: two documents would share the file name {stem}.txt (id {document.id!r})")
        metadata[stem] = {"id": document.id, "lang": document.lang, "genre": document.genre,
                          **({"extra": dict(document.extra)} if document.extra else {})}
        with open(path / f"{stem}.txt", "w", encoding="utf-8", newline="") as handle:
            handle.write(document.text)
        (path / f"{stem}.ann").write_text(ann_of(document), encoding="utf-8")
    (path / METADATA).write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
    (path / "annotation.conf").write_text(CONF, encoding="utf-8")
    return len(metadata)
