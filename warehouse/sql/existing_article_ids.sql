SELECT article_id FROM articles WHERE article_id IN (SELECT unnest($ids));
