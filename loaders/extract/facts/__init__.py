"""Facts beside entities and events: amounts and currencies, citations, acronyms, programme lifecycles."""
