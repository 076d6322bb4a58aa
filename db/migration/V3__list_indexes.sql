-- Indexes for the registry lists at province scale (measured by RegistryBenchmark, see docs/performance.md).

-- Keyset paging by name and by "longest without a visit" walks these indexes instead of sorting.
create index child_pinyin_order_idx on child (pinyin_full, id);
create index child_visit_order_idx on child ((coalesce(last_visit_date, date '1900-01-01')), id);
create index elder_pinyin_order_idx on elder (pinyin_full, id);
create index elder_pinyin_prefix_idx on elder (pinyin_full text_pattern_ops);
create index elder_initials_prefix_idx on elder (pinyin_initials text_pattern_ops);

-- Each key-target flag is a small share of the children: a partial index per flag finds them directly.
create index child_flag_unattended_idx on child (id) where flag_unattended;
create index child_flag_one_away_idx on child (id) where flag_one_away_incapable;
create index child_flag_dropout_idx on child (id) where flag_dropout;
create index child_flag_no_hukou_idx on child (id) where flag_no_hukou;
create index child_flag_hardship_idx on child (id) where flag_hardship;
create index child_flag_illness_idx on child (id) where flag_serious_illness;
create index child_flag_disabled_idx on child (id) where flag_disabled;
