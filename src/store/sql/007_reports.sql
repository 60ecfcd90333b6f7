-- Reports count what was resolved, closed or cancelled in a period: range scans
-- on these times instead of reading every ticket. Partial indexes stay small
-- (most tickets are never cancelled; open ones have no resolution yet).
CREATE INDEX tickets_resolved ON tickets(resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_closed ON tickets(closed_at) WHERE closed_at IS NOT NULL;
CREATE INDEX tickets_cancelled ON tickets(cancelled_at) WHERE cancelled_at IS NOT NULL;
CREATE INDEX complaints_resolved ON complaints(resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX complaints_closed ON complaints(closed_at) WHERE closed_at IS NOT NULL;
