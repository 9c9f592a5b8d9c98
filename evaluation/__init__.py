"""The evaluation harness: scorers for every element of the annotation scheme, and reports.

- scorers, pure functions over (gold, predicted) documents: :mod:`~evaluation.segmentation`,
  :mod:`~evaluation.classification`, :mod:`~evaluation.entities`, summed by :mod:`~evaluation.harness`;
- confidence: :mod:`~evaluation.bootstrap` (intervals and the paired test), :mod:`~evaluation.compare`;
- reading the results: :mod:`~evaluation.tables`, :mod:`~evaluation.errors`, :mod:`~evaluation.plots`,
  :mod:`~evaluation.report`;
- agreement of two annotations: :mod:`~evaluation.agreement`;
- annotation tools' formats: :mod:`evaluation.formats`.
"""
