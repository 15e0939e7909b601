"""Score the extraction against hand-made gold annotations (seeds/gold/).

gold (read and validate the annotations) → predict (run the real extraction on the gold's
article) → match and score (precision, recall, F1 per kind of fact) → report (CLI table,
JSON) and evaluation (rows for the published `evaluation_scores` table).
"""
