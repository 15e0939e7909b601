"""Extract: derive mentions, dates, events, quotes, amounts and citations from paragraphs."""
