"""Policy-area classification of clauses, and the measure flag, with scikit-learn."""
