-- The statements stored for articles that are being revised (their feed entry changed since it was read).
SELECT statement_id FROM statements WHERE article_id IN (SELECT unnest($article_id));
