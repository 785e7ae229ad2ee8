"""One module per pipeline step: pure functions with thin Prefect task wrappers."""
