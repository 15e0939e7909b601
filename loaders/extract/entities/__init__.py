"""Entities: the gazetteer of curated names, mention rows, and entities the reference data lacks."""
