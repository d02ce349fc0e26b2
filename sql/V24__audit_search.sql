-- The audit is searched by actor and by the start of an entity key (a list's versions "dan-toc/", an agency's
-- records "H24.08"), newest first.
CREATE INDEX admin_audit_actor_ix ON admin_audit (actor_subject, occurred_at DESC);
CREATE INDEX admin_audit_key_prefix_ix ON admin_audit (entity_key varchar_pattern_ops, occurred_at DESC);
