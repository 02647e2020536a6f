-- The Executive Room figures written by hand, as an analyst would run them in sqlite3 or psql:
-- the reference for bench/executive-room.sh. :TENANT and :T (epoch seconds) are substituted by
-- the script; :EPOCH(x) and :HALALAS(x) are the dialect's expressions.
select coalesce(upper(currency), 'SAR'), count(*),
       sum(case when lower(stage) = 'closed_won' then :HALALAS(value) end),
       sum(case when lower(stage) = 'closed_won' then 1 else 0 end),
       sum(case when lower(stage) = 'closed_lost' then 1 else 0 end),
       sum(case when coalesce(lower(stage), 'new') not in ('closed_won', 'closed_lost') then :HALALAS(value) end),
       sum(case when coalesce(lower(stage), 'new') not in ('closed_won', 'closed_lost') then :HALALAS(value) * coalesce(probability, 0) end)
  from deals where tenant_id = ':TENANT' group by 1;
select count(*),
       sum(case when dl >= :T and dl < :T + 14400 then 1 else 0 end),
       sum(case when dl < :T then 1 else 0 end)
  from (select coalesce(:EPOCH(sla_deadline_at), :EPOCH(created_at) + cast(round(:BREACH * 3600) as integer)) as dl
          from approval_requests where tenant_id = ':TENANT' and status = 'pending') p;
select upper(:TEXT(status)), count(*) from compliance_controls where tenant_id = ':TENANT' group by 1;
select connector_key, status from integration_sync_states where tenant_id = ':TENANT';
select sum(case when upper(:TEXT(status)) in ('DETECTED', 'REVIEWING') then 1 else 0 end),
       sum(case when upper(:TEXT(status)) in ('DETECTED', 'REVIEWING') and upper(:TEXT(severity)) = 'CRITICAL' then 1 else 0 end)
  from contradictions where tenant_id = ':TENANT';
select count(*), sum(:HALALAS(estimated_value_sar)) from strategic_deals
 where tenant_id = ':TENANT' and status not in ('closed_won', 'closed_lost');
select sum(case when upper(:TEXT(status)) = 'READY' then 1 else 0 end),
       sum(case when upper(:TEXT(status)) = 'ASSEMBLING' then 1 else 0 end)
  from evidence_packs where tenant_id = ':TENANT';
