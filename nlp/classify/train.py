"""Train the area and measure classifiers, score them on dev, and save them.

Model selection uses train → dev only. The saved model is then fitted on train and dev
together (more data, same settings), and test is scored once, for the record.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional, Sequence

from nlp.classify.data import clause_examples
from nlp.classify.model import PolicyClassifier
from nlp.classify.persist import save_classifiers
from nlp.classify.scheme import LabelScheme
from nlp.io import read_documents
from nlp.meta import write_meta
from nlp.types import Document

#: Chosen on dev: context helps areas most at weight 1.5, the measure flag at 0.5.
DEFAULT_PARAMS: Dict = {"area": {"context": True, "context_weight": 1.5, "C": 10.0},
                        "measure": {"context": True, "context_weight": 0.5, "C": 10.0}}


def check_labels(documents: Sequence[Document], scheme: LabelScheme, source: str) -> None:
    """Every clause's area must be a label of the scheme; the error names the first that is not."""
    for document in documents:
        for index, clause in enumerate(document.clauses):
            if clause.area not in scheme.labels:
                raise ValueError(f"{source}: document {document.id!r} clause {index} has area {clause.area!r}, "
                                 f"which the scheme {scheme.name!r} does not define")


def fit_classifiers(documents: Sequence[Document], params: Optional[Dict] = None) -> Dict[str, PolicyClassifier]:
    contexts, areas, measures = clause_examples(documents)
    params = {name: {**DEFAULT_PARAMS[name], **(params or {}).get(name, {})} for name in DEFAULT_PARAMS}
    return {"area": PolicyClassifier(**params["area"]).fit(contexts, areas),
            "measure": PolicyClassifier(**params["measure"]).fit(contexts, measures)}


def score_classifiers(models: Dict[str, PolicyClassifier], documents: Sequence[Document]) -> Dict:
    """Area accuracy and macro F1, and measure F1, per language and overall (gold clauses)."""
    from sklearn.metrics import accuracy_score, f1_score

    contexts, areas, measures = clause_examples(documents)
    if not contexts:
        return {}
    predicted_areas = models["area"].predict(contexts)
    predicted_measures = models["measure"].predict(contexts)
    result = {}
    for lang in sorted({c.lang for c in contexts}) + ["all"]:
        index = [i for i, c in enumerate(contexts) if lang in ("all", c.lang)]
        gold = [areas[i] for i in index]
        guess = [predicted_areas[i] for i in index]
        result[lang] = {
            "clauses": len(index),
            "area_accuracy": round(accuracy_score(gold, guess), 4),
            "area_macro_f1": round(f1_score(gold, guess, average="macro", labels=sorted(set(gold))), 4),
            "measure_f1": round(f1_score([measures[i] for i in index], [bool(predicted_measures[i]) for i in index]), 4),
        }
    return result


def train(corpus: Path, out: Path, scheme: LabelScheme, params: Optional[Dict] = None,
          final_fit: str = "train+dev") -> Dict:
    """Select on dev, fit the saved model on ``final_fit``, score test once; returns meta."""
    splits: Dict[str, List[Document]] = {}
    for split in ("train", "dev", "test"):
        path = corpus / f"{split}.jsonl"
        if path.is_file():
            splits[split] = list(read_documents(path))
            check_labels(splits[split], scheme, str(path))
    if "train" not in splits:
        raise FileNotFoundError(f"no training corpus at {corpus / 'train.jsonl'}")
    metrics = {}
    if "dev" in splits:
        metrics["dev"] = score_classifiers(fit_classifiers(splits["train"], params), splits["dev"])
    fit_on = [name for name in final_fit.split("+") if name in splits]
    models = fit_classifiers([d for name in fit_on for d in splits[name]], params)
    if "test" in splits:
        metrics["test"] = score_classifiers(models, splits["test"])
    model_sha256 = save_classifiers(out, models, scheme)
    return write_meta(out, name="classifier", data=[corpus / f"{name}.jsonl" for name in fit_on], extra={
        "model_sha256": model_sha256, "scheme": scheme.name, "labels": list(scheme.labels),
        "params": {name: {**DEFAULT_PARAMS[name], **(params or {}).get(name, {})} for name in DEFAULT_PARAMS},
        "fitted_on": fit_on,
        "metrics": metrics, "metrics_note": "dev: model fitted on train only; test: the saved model"})
