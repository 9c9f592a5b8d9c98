"""``policy-nlp train``: rebuild the trained artifacts in ``models/`` from ``corpora/``."""
from __future__ import annotations

import sys
from pathlib import Path

from nlp.io import read_records
from nlp.meta import write_meta
from nlp.paths import models_dir

STEPS = ("dictionary", "gazetteer", "classifier", "ner")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "train", help="rebuild models from the annotated corpora",
        description="Rebuild the models in models/ from corpora/train.jsonl (tuned on dev). "
                    "With no step named, every step is rebuilt in order.")
    parser.add_argument("steps", nargs="*", choices=STEPS, metavar="STEP",
                        help=f"what to rebuild: {', '.join(STEPS)} (default: all)")
    parser.add_argument("--corpus", type=Path, default=Path("corpora"), help="folder with train.jsonl and dev.jsonl")
    parser.add_argument("--out", type=Path, default=None, help="models folder (default: models/)")
    parser.add_argument("--scheme", type=Path, default=None,
                        help="label scheme JSON for the classifier (default: the ten policy areas)")
    parser.add_argument("--ner-langs", default="en", help="languages to train NER for (default: en)")
    parser.add_argument("--ner-steps", type=int, default=2000, help="training steps per NER model")
    parser.set_defaults(run=run)


def run(args) -> int:
    out = args.out or models_dir()
    train = args.corpus / "train.jsonl"
    if not train.is_file():
        print(f"error: no training corpus at {train}", file=sys.stderr)
        return 2
    for step in args.steps or STEPS:
        if step == "dictionary":
            train_dictionary(train, out / "zh_dictionary")
        elif step == "gazetteer":
            train_gazetteer(train, out / "gazetteer")
        elif step == "ner":
            for lang in args.ner_langs.split(","):
                train_ner_model(args.corpus, lang, out / f"ner_{lang}", args.ner_steps)
        elif step == "classifier":
            if not train_classifier(args, out / "classifier"):
                return 1
    return 0


def train_classifier(args, directory: Path) -> bool:
    from nlp.classify.scheme import DEFAULT_SCHEME, load_scheme
    from nlp.classify.train import train

    try:
        scheme = load_scheme(args.scheme or DEFAULT_SCHEME)
        meta = train(args.corpus, directory, scheme)
    except (ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return False
    for split, scores in meta["metrics"].items():
        for lang, figures in scores.items():
            print(f"classifier {split} {lang}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    print(f"classifier -> {directory}")
    return True


def train_dictionary(train: Path, directory: Path) -> None:
    from nlp.segment.dictionary import dictionary_lines

    lines = dictionary_lines(record for _, record in read_records(train))
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "dict.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_meta(directory, name="zh_dictionary", data=[train], extra={"entries": len(lines)})
    print(f"zh_dictionary: {len(lines)} entries -> {directory}")


def train_gazetteer(train: Path, directory: Path) -> None:
    import json

    from nlp.extract.gazetteer import names_from_corpus

    names = names_from_corpus(record for _, record in read_records(train))
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "names.json").write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    count = sum(len(items) for labels in names.values() for items in labels.values())
    write_meta(directory, name="gazetteer", data=[train], extra={"names": count})
    print(f"gazetteer: {count} names -> {directory}")


def train_ner_model(corpus: Path, lang: str, directory: Path, steps: int) -> None:
    import spacy

    from nlp.extract.ner_training import train_ner
    from nlp.io import read_documents

    train = [d for d in read_documents(corpus / "train.jsonl") if d.lang == lang]
    dev = [d for d in read_documents(corpus / "dev.jsonl") if d.lang == lang]
    result = train_ner(lang, train, dev, directory, max_steps=steps, seed=0)
    write_meta(directory, name=f"ner_{lang}", data=[corpus / "train.jsonl", corpus / "dev.jsonl"],
               extra={"spacy_version": spacy.__version__, "training": result,
                      "note": "fitted on train, best checkpoint chosen on dev"})
    print(f"ner_{lang}: dev entity F1 {result['dev_performance'].get('ents_f', 0):.3f} -> {directory}")
