SELECT statement_id FROM statements WHERE statement_id IN (SELECT unnest($ids));
