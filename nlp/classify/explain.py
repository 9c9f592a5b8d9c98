"""Readable explanations of area decisions: which features pushed a clause where."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from nlp.classify.context import ClauseContext, feature_words
from nlp.classify.steps import ClassifyStep
from nlp.segment.words import WordTokenizer


@dataclass(frozen=True)
class Explanation:
    """The area chosen for a clause, its probability, and the features that weighed most."""

    text: str
    area: str
    probability: float
    features: Tuple[Tuple[str, float], ...]

    def to_dict(self) -> dict:
        return {"text": self.text, "area": self.area, "probability": self.probability,
                "features": [{"feature": f, "weight": round(w, 4)} for f, w in self.features]}

    def __str__(self) -> str:
        lines = [f"{self.area} ({self.probability:.2f}): {self.text}"]
        lines += [f"  {weight:+.3f}  {feature}" for feature, weight in self.features]
        return "\n".join(lines)


def explain_clause(step: ClassifyStep, text: str, *, lang: str = "zh", heading: str = "",
                   previous: str = "", next: str = "", top: int = 8, user_dict: Optional[str] = None) -> Explanation:
    """Explain the area of one clause given as text, with optional context texts."""
    tokenizer = WordTokenizer(user_dict=user_dict)

    def words(piece: str) -> str:
        return feature_words(piece, tokenizer(piece))

    context = ClauseContext(text=text, lang=lang, words=words(text), heading=words(heading),
                            previous=words(previous), next=words(next))
    probabilities = step.area_model.predict_proba([context])[0]
    best = int(probabilities.argmax())
    area = str(step.area_model.classes_[best])
    return Explanation(text, area, float(probabilities[best]), tuple(step.area_model.explain(context, label=area, top=top)))

