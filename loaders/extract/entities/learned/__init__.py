"""Entities the reference data lacks, learned from the text by rules: people, organizations, programmes."""
