-- A pass begins. Runs left 'running' by a killed process are closed as 'interrupted' first.
UPDATE runs SET status = 'interrupted' WHERE status = 'running';
INSERT INTO runs (run_id, started_at, status, dry_run) VALUES ($run_id, $started_at, 'running', $dry_run)
ON CONFLICT DO NOTHING;
