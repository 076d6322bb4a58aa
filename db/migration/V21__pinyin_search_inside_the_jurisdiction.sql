-- A search by pinyin (issue 7/7) is a prefix of the full pinyin or of the initials, inside the user's jurisdiction
-- (a range of village codes). With the pinyin alone in the index, every match in the province was looked up on
-- its table page to read its village: a town clerk's "wxh" read 1,500 pages of the province set to find the town's
-- 4 children (154 ms). With the village code in the index beside the pinyin, only the jurisdiction's matches
-- reach the table (docs/performance.md, tenth session). These replace V2's pinyin prefix indexes.
create index child_pinyin_scope_idx on child (pinyin_full text_pattern_ops, village_code);
create index child_initials_scope_idx on child (pinyin_initials text_pattern_ops, village_code);
drop index child_pinyin_idx;
drop index child_initials_idx;
create index elder_pinyin_scope_idx on elder (pinyin_full text_pattern_ops, village_code);
create index elder_initials_scope_idx on elder (pinyin_initials text_pattern_ops, village_code);
drop index elder_pinyin_prefix_idx;
drop index elder_initials_prefix_idx;
