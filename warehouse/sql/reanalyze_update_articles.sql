UPDATE articles SET relevant = n.relevant, relevance_score = n.relevance_score, evidence = n.evidence::JSON,
                    language = n.language, analyzer_version = n.analyzer_version
FROM (SELECT unnest($article_id) AS article_id, unnest($relevant) AS relevant,
             unnest($relevance_score) AS relevance_score, unnest($evidence) AS evidence,
             unnest($language) AS language, unnest($analyzer_version) AS analyzer_version) AS n
WHERE articles.article_id = n.article_id;
