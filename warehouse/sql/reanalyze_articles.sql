-- Stored articles whose analysis is older than the current analyzer (or all, with $everything).
SELECT article_id, title, text, language FROM articles
WHERE $everything OR analyzer_version IS DISTINCT FROM $version
ORDER BY article_id;
