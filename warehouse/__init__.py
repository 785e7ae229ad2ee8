"""The DuckDB warehouse: connection and migrations, loads, the alert outbox, queries."""
