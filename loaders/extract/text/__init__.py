"""Text primitives every extractor shares: sentences, spans, capitalised runs, name tokens, phrase matching."""
