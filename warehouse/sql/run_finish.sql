UPDATE runs SET finished_at = $finished_at, status = $status, counts = $counts::JSON,
                errors = $errors::JSON, feed_status = $feed_status::JSON
WHERE run_id = $run_id;
