-- Audit rows are chained at commit, not when written (issue 13, finding 2). A writing transaction inserts its rows
-- into audit_pending without any lock; a deferred constraint trigger moves them, in order, into audit_event at COMMIT
-- under the chain lock. The lock (held to the end of the transaction, as before) now covers only the move and the
-- commit itself, instead of everything the transaction did after its first audit row: writers no longer queue
-- behind each other's whole transactions. audit_event, its hash and its verification are unchanged; ids are still
-- taken under the lock, so the chain follows id order.
create table audit_pending (
    id         bigserial primary key,
    username   varchar(60)  not null,
    action     varchar(40)  not null,
    entity     varchar(60)  not null,
    entity_id  varchar(60),
    scope_path varchar(400) not null,
    before     jsonb,
    after      jsonb,
    reason     text
) with (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);

create function audit_chain_pending() returns trigger language plpgsql as $$
declare
    r    audit_pending%rowtype;
    prev varchar(64);
    t    timestamptz;
    h    varchar(64);
begin
    -- one trigger per pending row: the first moves every row of the transaction, the others find none left
    if not exists (select 1 from audit_pending) then
        return null;
    end if;
    perform pg_advisory_xact_lock(727001);
    select a.hash into prev from audit_event a order by a.id desc limit 1;
    for r in select * from audit_pending order by id loop
        t := clock_timestamp();
        h := audit_hash(prev, t, r.username, r.action, r.entity, r.entity_id, r.scope_path, r.before, r.after, r.reason);
        insert into audit_event (at, username, action, entity, entity_id, scope_path, before, after, reason, prev_hash, hash)
        values (t, r.username, r.action, r.entity, r.entity_id, r.scope_path, r.before, r.after, r.reason, prev, h);
        prev := h;
    end loop;
    -- only this transaction's rows are visible here (nothing pending is ever committed)
    delete from audit_pending;
    return null;
end $$;

create constraint trigger audit_pending_chain after insert on audit_pending
    deferrable initially deferred for each row execute function audit_chain_pending();
