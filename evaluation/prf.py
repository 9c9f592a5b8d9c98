"""Precision, recall and F1 counts that add up across documents."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Iterable


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives, with derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @classmethod
    def from_sets(cls, gold: set, predicted: set) -> "PRF":
        common = len(gold & predicted)
        return cls(common, len(predicted) - common, len(gold) - common)

    @classmethod
    def from_items(cls, gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> "PRF":
        """Counts over multisets: a prediction repeated twice matches one gold item at most once."""
        gold_counts, predicted_counts = Counter(gold), Counter(predicted)
        common = sum((gold_counts & predicted_counts).values())
        return cls(common, sum(predicted_counts.values()) - common, sum(gold_counts.values()) - common)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}
