"""Programme lifecycle facts (started, ends, replaced by ...) and where a sentence names a programme."""
