"""CoNLL BIO for entities: one ``token<TAB>tag`` line per token, a blank line between sentences.

Each document starts with comments that let the text be rebuilt exactly::

    # id = en-guangzhou-measures
    # lang = en
    # genre = policy
    # text = "Guangzhou supports brands.\\n..."   (a JSON string)

Only entities travel (clauses, markers and figure values do not). Reading also takes
CoNLL from other tools: the tag is the last column, ``-DOCSTART-`` lines separate
documents, BIO, IOB1 and BIOES tags are understood, and without a ``# text`` comment
the text is the tokens joined by spaces (none between two CJK tokens) and blocks by
line breaks.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

from evaluation.formats.spans import FormatError, document_from_spans, guess_lang
from evaluation.formats.tokens import CJK, tokens
from nlp.types import Document

_CJK_CHAR = re.compile(f"[{CJK}]")


def bio_tags(document: Document) -> List[Tuple[int, int, str]]:
    """(start, end, tag) of every token of a document, cut at entity boundaries."""
    cuts = {p for e in document.entities for p in (e.start, e.end)}
    entities = sorted(document.entities, key=lambda e: (e.start, -e.end))
    result = []
    for start, end in tokens(document.text, cuts):
        tag = "O"
        for entity in entities:
            if entity.start <= start and end <= entity.end:
                tag = ("B-" if start == entity.start else "I-") + entity.label
                break
        result.append((start, end, tag))
    return result


def lines_of(document: Document) -> List[str]:
    lines = [f"# id = {document.id}", f"# lang = {document.lang}", f"# genre = {document.genre}",
             f"# text = {json.dumps(document.text, ensure_ascii=False)}"]
    text, previous_end = document.text, 0
    for start, end, tag in bio_tags(document):
        if "\n" in text[previous_end:start] and not tag.startswith("I-") and lines[-1] != "":
            lines.append("")
        lines.append(f"{text[start:end]}\t{tag}")
        previous_end = end
    lines.append("")
    return lines


def write(documents: Iterable[Document], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for document in documents:
            handle.write("\n".join(lines_of(document)) + "\n")
            count += 1
    return count


class _Block:
    """What the reader gathers for one document."""

    def __init__(self, where: str):
        self.where = where
        self.meta: dict = {}
        self.rows: List[Tuple[str, str, int]] = []  # token, tag, line number
        self.breaks: List[int] = []  # row indices that start a new sentence

    def empty(self) -> bool:
        return not self.rows and not self.meta


def _join(block: _Block) -> Tuple[str, List[Tuple[int, int]]]:
    """A text from tokens alone, and each token's span in it."""
    text, spans = "", []
    breaks = set(block.breaks)
    for index, (token, _, _) in enumerate(block.rows):
        if index and index in breaks:
            text += "\n"
        elif index and not (_CJK_CHAR.match(text[-1:]) and _CJK_CHAR.match(token[:1])):
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
    return text, spans


def _align(text: str, block: _Block, path: Path) -> List[Tuple[int, int]]:
    spans, position = [], 0
    for token, _, line in block.rows:
        found = text.find(token, position)
        if found < 0 or (text[position:found] and not text[position:found].isspace()):
            raise FormatError(f"{path}:{line}: token {token!r} does not follow in the '# text' of the document")
        spans.append((found, found + len(token)))
        position = found + len(token)
    return spans


def _entities(block: _Block, spans: List[Tuple[int, int]], path: Path):
    """(start, end, label, where) from the tags."""
    result = []
    current: Optional[list] = None
    for (token, tag, line), (start, end) in zip(block.rows, spans):
        prefix, _, label = tag.partition("-")
        if tag == "O":
            prefix = "O"
        elif prefix not in ("B", "I", "E", "S") or not label:
            raise FormatError(f"{path}:{line}: tag {tag!r} is not O, B-X, I-X, E-X or S-X")
        continues = prefix in ("I", "E") and current is not None and current[2] == label
        if current is not None and not continues:
            result.append(tuple(current))
            current = None
        if prefix == "O":
            continue
        if continues:
            current[1] = end
        else:
            current = [start, end, label, f"{path}:{line}"]
        if prefix in ("E", "S"):
            result.append(tuple(current))
            current = None
    if current is not None:
        result.append(tuple(current))
    return result


def _document(block: _Block, path: Path, number: int) -> Document:
    if "text" in block.meta:
        try:
            text = json.loads(block.meta["text"])
        except json.JSONDecodeError:
            raise FormatError(f"{block.where}: '# text' must be a JSON string") from None
        spans = _align(text, block, path)
    else:
        text, spans = _join(block)
    return document_from_spans(text, _entities(block, spans, path), id=block.meta.get("id", f"doc-{number}"),
                               lang=block.meta.get("lang") or guess_lang(text), genre=block.meta.get("genre", "policy"))


def read(path: Path) -> Iterator[Document]:
    with open(path, encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    has_markers = any(line.startswith("# id =") or line.startswith("-DOCSTART-") for line in lines)
    block, count = _Block(f"{path}:1"), 0
    pending_break = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("-DOCSTART-") or (stripped.startswith("# id =") and (block.rows or "id" in block.meta)):
            if not block.empty():
                count += 1
                yield _document(block, path, count)
            block, pending_break = _Block(f"{path}:{number}"), False
            if stripped.startswith("-DOCSTART-"):
                continue
        if stripped.startswith("#"):
            key, sep, value = stripped[1:].partition("=")
            if sep:
                block.meta[key.strip()] = value.strip()
            continue
        if not stripped:
            if not has_markers and block.rows:
                count += 1
                yield _document(block, path, count)
                block = _Block(f"{path}:{number + 1}")
            pending_break = True
            continue
        columns = stripped.split()
        if len(columns) < 2:
            raise FormatError(f"{path}:{number}: expected 'TOKEN TAG', got {line!r}")
        if pending_break and block.rows:
            block.breaks.append(len(block.rows))
        pending_break = False
        block.rows.append((columns[0], columns[-1], number))
    if not block.empty():
        count += 1
        yield _document(block, path, count)
