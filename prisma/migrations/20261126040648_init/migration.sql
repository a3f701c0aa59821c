-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ReviewerRole" AS ENUM ('TRIAGE', 'MODERATOR', 'LEAD', 'ADMIN');

-- CreateEnum
CREATE TYPE "SubjectKind" AS ENUM ('USER', 'ROOM', 'EVENT', 'MEDIA', 'SERVER');

-- CreateEnum
CREATE TYPE "SignalSource" AS ENUM ('EVENT_REPORT', 'USER_REPORT', 'ROOM_REPORT', 'POLICY_SERVER_WEBHOOK', 'POLICY_SERVER_SOFT_FAIL', 'KEYWORD_SCAN', 'HASH_MATCH', 'MANUAL');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'ON_HOLD', 'ESCALATED', 'DECIDED', 'APPEALED', 'APPEAL_DECIDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('NO_VIOLATION', 'VIOLATION');

-- CreateEnum
CREATE TYPE "EnforcementKind" AS ENUM ('SUSPEND_USER', 'UNSUSPEND_USER', 'LOCK_USER', 'UNLOCK_USER', 'DEACTIVATE_USER', 'SHADOW_BAN_USER', 'UNSHADOW_BAN_USER', 'REDACT_USER_EVENTS', 'REDACT_EVENT', 'QUARANTINE_MEDIA', 'UNQUARANTINE_MEDIA', 'QUARANTINE_ROOM_MEDIA', 'QUARANTINE_USER_MEDIA', 'PROTECT_MEDIA', 'DELETE_MEDIA', 'BLOCK_ROOM', 'UNBLOCK_ROOM', 'DELETE_ROOM', 'REMOVE_ROOM_FROM_DIRECTORY', 'SEND_SERVER_NOTICE', 'PUBLISH_POLICY_RULE');

-- CreateEnum
CREATE TYPE "EnforcementStatus" AS ENUM ('PENDING', 'RUNNING', 'AWAITING_SYNAPSE', 'DONE', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('FILED', 'IN_REVIEW', 'DECIDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('UPHELD', 'OVERTURNED', 'MODIFIED');

-- CreateEnum
CREATE TYPE "ExposureKind" AS ENUM ('PREVIEW', 'REVEAL');

-- CreateTable
CREATE TABLE "reviewers" (
    "id" TEXT NOT NULL,
    "mxid" TEXT NOT NULL,
    "display_name" TEXT,
    "role" "ReviewerRole" NOT NULL,
    "child_safety" BOOLEAN NOT NULL DEFAULT false,
    "deactivated_at" TIMESTAMPTZ(6),
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "last_sign_in_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "reviewers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "reviewer_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subjects" (
    "id" TEXT NOT NULL,
    "kind" "SubjectKind" NOT NULL,
    "key" TEXT NOT NULL,
    "is_local" BOOLEAN NOT NULL,
    "server" TEXT,
    "room_id" TEXT,
    "sender_mxid" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subjects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signals" (
    "id" TEXT NOT NULL,
    "source" "SignalSource" NOT NULL,
    "source_id" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "case_id" TEXT,
    "reporter_mxid" TEXT,
    "reason" TEXT,
    "score" INTEGER,
    "harm_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "occurred_at" TIMESTAMPTZ(6) NOT NULL,
    "ingested_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "raw" JSONB NOT NULL,

    CONSTRAINT "signals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "subject_id" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "severity" INTEGER NOT NULL DEFAULT 0,
    "suggested_policy_id" TEXT,
    "child_safety" BOOLEAN NOT NULL DEFAULT false,
    "signal_count" INTEGER NOT NULL DEFAULT 0,
    "reporter_count" INTEGER NOT NULL DEFAULT 0,
    "claimed_by_id" TEXT,
    "claim_expires_at" TIMESTAMPTZ(6),
    "status_note" TEXT,
    "previous_case_id" TEXT,
    "enrichment" JSONB,
    "enriched_at" TIMESTAMPTZ(6),
    "opened_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_signal_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(6),
    "closed_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policies" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "severity" INTEGER NOT NULL,
    "child_safety" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "reviewer_id" TEXT,
    "automated" BOOLEAN NOT NULL DEFAULT false,
    "outcome" "DecisionOutcome" NOT NULL,
    "policy_id" TEXT,
    "statement_of_reasons" TEXT NOT NULL,
    "internal_note" TEXT,
    "notify_user" BOOLEAN NOT NULL DEFAULT true,
    "batch_id" TEXT,
    "supersedes_id" TEXT,
    "appeal_id" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enforcement_actions" (
    "id" TEXT NOT NULL,
    "decision_id" TEXT NOT NULL,
    "kind" "EnforcementKind" NOT NULL,
    "target" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "EnforcementStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 10,
    "next_attempt_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "synapse_job_id" TEXT,
    "result" JSONB,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "enforcement_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeals" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "decision_id" TEXT NOT NULL,
    "appellant_mxid" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'FILED',
    "outcome" "AppealOutcome",
    "assigned_to_id" TEXT,
    "filed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(6) NOT NULL,
    "decided_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_snapshots" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "decision_id" TEXT,
    "kind" TEXT NOT NULL,
    "subject_key" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "content" BYTEA,
    "sha256" TEXT NOT NULL,
    "retain_until" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_exposures" (
    "id" BIGSERIAL NOT NULL,
    "reviewer_id" TEXT NOT NULL,
    "case_id" TEXT,
    "mxc_uri" TEXT NOT NULL,
    "kind" "ExposureKind" NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_exposures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "seq" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "data" JSONB NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "intake_cursors" (
    "source" "SignalSource" NOT NULL,
    "cursor" JSONB NOT NULL DEFAULT '{}',
    "available" BOOLEAN NOT NULL DEFAULT true,
    "unavailable_reason" TEXT,
    "last_run_at" TIMESTAMPTZ(6),
    "last_success_at" TIMESTAMPTZ(6),
    "last_error" TEXT,
    "last_error_at" TIMESTAMPTZ(6),
    "stats" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "intake_cursors_pkey" PRIMARY KEY ("source")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "reviewers_mxid_key" ON "reviewers"("mxid");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_reviewer_id_idx" ON "api_tokens"("reviewer_id");

-- CreateIndex
CREATE INDEX "login_attempts_key_created_at_idx" ON "login_attempts"("key", "created_at");

-- CreateIndex
CREATE INDEX "subjects_sender_mxid_idx" ON "subjects"("sender_mxid");

-- CreateIndex
CREATE INDEX "subjects_room_id_idx" ON "subjects"("room_id");

-- CreateIndex
CREATE UNIQUE INDEX "subjects_kind_key_key" ON "subjects"("kind", "key");

-- CreateIndex
CREATE INDEX "signals_case_id_occurred_at_idx" ON "signals"("case_id", "occurred_at");

-- CreateIndex
CREATE INDEX "signals_reporter_mxid_idx" ON "signals"("reporter_mxid");

-- CreateIndex
CREATE UNIQUE INDEX "signals_source_source_id_key" ON "signals"("source", "source_id");

-- CreateIndex
CREATE UNIQUE INDEX "cases_number_key" ON "cases"("number");

-- CreateIndex
CREATE UNIQUE INDEX "cases_previous_case_id_key" ON "cases"("previous_case_id");

-- CreateIndex
CREATE INDEX "cases_subject_id_opened_at_idx" ON "cases"("subject_id", "opened_at");

-- CreateIndex
CREATE INDEX "cases_claimed_by_id_idx" ON "cases"("claimed_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "decisions_supersedes_id_key" ON "decisions"("supersedes_id");

-- CreateIndex
CREATE UNIQUE INDEX "decisions_appeal_id_key" ON "decisions"("appeal_id");

-- CreateIndex
CREATE INDEX "decisions_case_id_created_at_idx" ON "decisions"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "decisions_created_at_idx" ON "decisions"("created_at");

-- CreateIndex
CREATE INDEX "decisions_batch_id_idx" ON "decisions"("batch_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_decision_id_idx" ON "enforcement_actions"("decision_id");

-- CreateIndex
CREATE INDEX "enforcement_actions_status_updated_at_idx" ON "enforcement_actions"("status", "updated_at");

-- CreateIndex
CREATE INDEX "appeals_status_due_at_idx" ON "appeals"("status", "due_at");

-- CreateIndex
CREATE INDEX "appeals_decision_id_idx" ON "appeals"("decision_id");

-- CreateIndex
CREATE INDEX "evidence_snapshots_case_id_idx" ON "evidence_snapshots"("case_id");

-- CreateIndex
CREATE INDEX "media_exposures_reviewer_id_created_at_idx" ON "media_exposures"("reviewer_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_hash_key" ON "audit_events"("hash");

-- CreateIndex
CREATE INDEX "audit_events_target_type_target_id_seq_idx" ON "audit_events"("target_type", "target_id", "seq");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_seq_idx" ON "audit_events"("actor_id", "seq");

-- CreateIndex
CREATE INDEX "audit_events_type_seq_idx" ON "audit_events"("type", "seq");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "reviewers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signals" ADD CONSTRAINT "signals_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "subjects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signals" ADD CONSTRAINT "signals_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_subject_id_fkey" FOREIGN KEY ("subject_id") REFERENCES "subjects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_claimed_by_id_fkey" FOREIGN KEY ("claimed_by_id") REFERENCES "reviewers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_suggested_policy_id_fkey" FOREIGN KEY ("suggested_policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_previous_case_id_fkey" FOREIGN KEY ("previous_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "reviewers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "decisions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_appeal_id_fkey" FOREIGN KEY ("appeal_id") REFERENCES "appeals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enforcement_actions" ADD CONSTRAINT "enforcement_actions_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "reviewers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_snapshots" ADD CONSTRAINT "evidence_snapshots_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_snapshots" ADD CONSTRAINT "evidence_snapshots_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_exposures" ADD CONSTRAINT "media_exposures_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "reviewers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_exposures" ADD CONSTRAINT "media_exposures_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "reviewers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────── hand-written (Prisma cannot express partial indexes) ─────────────

-- One open case per subject: intake attaches new signals to it. A decided/closed case no longer blocks a new one.
CREATE UNIQUE INDEX "cases_one_open_per_subject" ON "cases"("subject_id")
  WHERE "status" IN ('OPEN', 'ON_HOLD', 'ESCALATED');

-- Serves: the queue ("open cases, highest priority first, oldest first") and "next case".
CREATE INDEX "cases_open_queue_idx" ON "cases"("priority" DESC, "opened_at", "id")
  WHERE "status" IN ('OPEN', 'ON_HOLD', 'ESCALATED');

-- Serves: the queue sorted by age (oldest/newest first).
CREATE INDEX "cases_open_age_idx" ON "cases"("opened_at", "id")
  WHERE "status" IN ('OPEN', 'ON_HOLD', 'ESCALATED');

-- Serves: the enforcement worker's claim ("due work, oldest first ... FOR UPDATE SKIP LOCKED").
CREATE INDEX "enforcement_actions_due_idx" ON "enforcement_actions"("next_attempt_at")
  WHERE "status" IN ('PENDING', 'AWAITING_SYNAPSE');

-- Decisions and audit events are append-only: the database refuses updates and deletes, so a bug (or a person
-- with the application's credentials) cannot rewrite history without first dropping these triggers, which
-- `audit verify` would not hide either.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "decisions_append_only" BEFORE UPDATE OR DELETE ON "decisions"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
