"""Build the corpus JSONL files from the markup sources under ``corpora/src``.

Sources live at ``src/<split>/<lang>/<id>.txt``; the split is the folder name. The
compiled records carry ``split``, ``title`` and ``source`` as extra fields.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Sequence

from nlp.corpus.lint import lint
from nlp.corpus.markup import SourceIssue, compile_source
from nlp.corpus.validate import validate_record
from nlp.io import write_documents
from nlp.types import Document

SPLITS = ("train", "dev", "test")


@dataclass
class BuildResult:
    documents: Dict[str, List[Document]] = field(default_factory=dict)
    issues: List[SourceIssue] = field(default_factory=list)

    @property
    def errors(self) -> List[SourceIssue]:
        return [i for i in self.issues if i.severity == "error"]


def source_files(paths: Iterable[Path]) -> List[Path]:
    """The ``.txt`` sources under the given files or folders, sorted."""
    found: List[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return found


def split_of(path: Path) -> str:
    """The split a source belongs to: the nearest folder named train, dev or test."""
    for part in reversed(path.parts[:-1]):
        if part in SPLITS:
            return part
    return "unknown"


def compile_files(paths: Sequence[Path], root: Path | None = None) -> BuildResult:
    """Compile, lint and validate sources; documents are grouped by split."""
    result = BuildResult()
    seen: Dict[str, Path] = {}
    for path in source_files(paths):
        compiled = compile_source(path.read_text(encoding="utf-8"), str(path))
        compiled.issues.extend(lint(compiled, str(path)))
        result.issues.extend(compiled.issues)
        document = compiled.document
        if document is None:
            continue
        split = split_of(path)
        resolved = path.resolve()
        source = resolved.relative_to(root).as_posix() if root and resolved.is_relative_to(root) else path.as_posix()
        document = document.with_(extra={**document.extra, "split": split, "source": source})
        for problem in validate_record(document.to_dict()):
            result.issues.append(SourceIssue(str(path), 1, f"{problem.field}: {problem.message}"))
        if document.id in seen:
            result.issues.append(SourceIssue(str(path), 1, f"id {document.id!r} is also used by {seen[document.id]}"))
        elif path.stem != document.id:
            result.issues.append(SourceIssue(str(path), 1, f"file name should be the id: {document.id}.txt", "warning"))
        seen.setdefault(document.id, path)
        result.documents.setdefault(split, []).append(document)
    return result


def build(src: Path, out: Path) -> BuildResult:
    """Compile every source under ``src`` and write ``out/<split>.jsonl`` (sorted by id).

    Nothing is written when any source has an error.
    """
    result = compile_files([src], root=src.resolve().parent)
    if result.errors:
        return result
    for split, documents in sorted(result.documents.items()):
        write_documents(sorted(documents, key=lambda d: d.id), out / f"{split}.jsonl")
    return result
