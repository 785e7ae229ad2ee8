DELETE FROM statements WHERE statement_id IN (SELECT unnest($statement_id));
