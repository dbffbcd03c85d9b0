-- The counters of V13 are moved at commit rather than at each write: as a plain row trigger, a transaction that had
-- written a recommendation held its counter row (one of eight per event) until it ended, so two open transactions
-- writing on the same event waited for each other (RecommendationGroupTest holds eight open at once and deadlocked
-- on its barrier). Deferred to commit, the row is locked only for the moment the commit takes.
drop trigger recommendation_count_follow on recommendation;

create constraint trigger recommendation_count_follow
    after insert or update of visibility, event_slug or delete on recommendation
    deferrable initially deferred
    for each row execute function recommendation_count_follow();
