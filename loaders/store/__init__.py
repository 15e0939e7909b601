"""Store: migrate a database to the schema and bulk-load the extracted rows into it."""
