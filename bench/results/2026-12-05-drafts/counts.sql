select passage_key, article_key, sum(comments), sum(threads), sum(recommendations) from draft_passage_count where event_slug = 'bench-drafts' and draft_id = 26 group by passage_key, article_key;
