"""Bench: a synthetic corpus, a floor pipeline and a runner that prints throughput figures."""
