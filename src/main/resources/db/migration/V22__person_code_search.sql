-- Issue 14 (search ranks like a person expects): file codes are searched by their start in any case
-- (lower(personnel_code) like 'q%'); this index keeps that fast beside the trigram index of the names.
create index person_code_lower on person (lower(personnel_code) text_pattern_ops);
