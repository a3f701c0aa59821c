-- AlterTable (hand-edited: Prisma's diff writes a plain column; this one is computed by PostgreSQL, so no writer
-- can get it wrong, and the queue's indexes can lead with it).
ALTER TABLE "cases" ADD COLUMN "is_open" BOOLEAN NOT NULL
  GENERATED ALWAYS AS ("status" IN ('OPEN', 'ON_HOLD', 'ESCALATED')) STORED;

-- ───────────── hand-written ─────────────

-- Serves: the queue through Prisma, "open cases by priority" (is_open = $1 ORDER BY priority DESC, opened_at, id)
-- and its keyset pages. The partial cases_open_queue_idx stays for raw SQL with literal statuses (claim-next-case).
CREATE INDEX "cases_queue_priority_idx" ON "cases"("is_open", "priority" DESC, "opened_at", "id");

-- Serves: the queue through Prisma sorted by age (oldest/newest first).
CREATE INDEX "cases_queue_age_idx" ON "cases"("is_open", "opened_at", "id");

-- Serves: the queue filtered to one status (DECIDED, CLOSED, …) in either order.
CREATE INDEX "cases_status_priority_idx" ON "cases"("status", "priority" DESC, "opened_at", "id");
CREATE INDEX "cases_status_age_idx" ON "cases"("status", "opened_at", "id");
