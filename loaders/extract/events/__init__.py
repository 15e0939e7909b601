"""Events a paragraph reports: triggers, clauses, dates, participants, place, modality, names."""
