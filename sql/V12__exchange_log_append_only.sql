-- The exchange log is append-only, as admin_audit: a trigger refuses UPDATE and DELETE of any record (the trigger on
-- the partitioned table is cloned onto every partition, present and future) and TRUNCATE of the table. What it
-- keeps out is an application or an operator changing records by mistake or on purpose through SQL; a superuser
-- can still switch triggers off, which is why the chain is keyed (docs/security.md).
--
-- Retention removes records only by dropping whole monthly partitions (DROP TABLE fires no trigger), through
-- lgsp_exchange_log_drop_partition below. Partitions are created and dropped by functions that run with the rights
-- of the role that ran this migration (SECURITY DEFINER), so that the application's role needs no DDL right at all;
-- each function does one narrow thing and checks its argument.

CREATE FUNCTION exchange_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'exchange_log is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER exchange_log_append_only
    BEFORE UPDATE OR DELETE ON exchange_log
    FOR EACH ROW EXECUTE FUNCTION exchange_log_append_only();
CREATE TRIGGER exchange_log_no_truncate
    BEFORE TRUNCATE ON exchange_log
    FOR EACH STATEMENT EXECUTE FUNCTION exchange_log_append_only();

ALTER FUNCTION lgsp_exchange_log_partition(date) SECURITY DEFINER SET search_path = public, pg_temp;

-- Drops one monthly partition of exchange_log and answers how many records it held. Only a partition named as
-- lgsp_exchange_log_partition names them, attached to exchange_log, whose month ended at least a month ago: which
-- months retention removes is the platform's decision (lgsp.exchange-log.retention-months, at least 1), but no call
-- can remove the current or the last month's records.
CREATE FUNCTION lgsp_exchange_log_drop_partition(partition text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    month date;
    records bigint;
BEGIN
    IF partition !~ '^exchange_log_[0-9]{4}_(0[1-9]|1[0-2])$' THEN
        RAISE EXCEPTION 'not a monthly exchange_log partition: %', partition;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                   WHERE i.inhparent = 'exchange_log'::regclass AND c.relname = partition) THEN
        RAISE EXCEPTION 'no such exchange_log partition: %', partition;
    END IF;
    month := to_date(substr(partition, 14), 'YYYY_MM');
    IF month + interval '2 months' > (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN
        RAISE EXCEPTION 'partition % is too recent to drop', partition;
    END IF;
    EXECUTE format('SELECT count(*) FROM %I', partition) INTO records;
    EXECUTE format('DROP TABLE %I', partition);
    RETURN records;
END
$$;
REVOKE EXECUTE ON FUNCTION lgsp_exchange_log_partition(date) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION lgsp_exchange_log_drop_partition(text) FROM PUBLIC;
