-- Import jobs on several nodes (issue 15): the node running a job beats every 20 s; a job whose node has stopped beating
-- (killed, crashed, cut off) is failed by a cluster-wide job instead of by whichever node starts next, so a node starting
-- never fails the running imports of another. Its write had not committed: PostgreSQL rolled it back with the connection.
alter table import_job add column node varchar(120);
alter table import_job add column heartbeat_at timestamptz;
create index import_job_running on import_job (heartbeat_at) where status in ('VALIDATING', 'COMMITTING');
