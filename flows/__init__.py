"""vzmon pipeline flows: the monitor, its schedules, the CLI and the demo."""
