"""The schema, versioned with `sqlite_utils.migrations.Migrations`.

Adding a migration is one `@migration("000N_what")` function appended at the end of this file;
never edit one that has shipped. A database written by an older version is upgraded on open
(`Store`), never dropped; one that has applied a migration this version does not know was
written by a newer version and is refused.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("review-assistant")
# The names this version knows, in order: a database that has applied any other was written by
# a newer version. Kept here because Migrations offers no public list of its own.
MIGRATION_NAMES: list[str] = []


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register a migration under `name` (append new ones at the end of this file)."""

    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        MIGRATION_NAMES.append(name)
        return MIGRATIONS(name=name)(function)

    return register


@migration("0001_initial")
def _m0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE reviews (
            review_key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            source_review_id TEXT NOT NULL,
            location_name TEXT NOT NULL DEFAULT '',
            stars INTEGER,
            reviewer_name TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            is_excerpt INTEGER NOT NULL DEFAULT 0,
            url TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            owner_reply TEXT NOT NULL DEFAULT '',
            first_seen_at TEXT NOT NULL,
            last_changed_at TEXT NOT NULL,
            change_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX reviews_source_identity
            ON reviews (source, location_id, source_review_id);

        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            review_key TEXT NOT NULL,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            backend TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            prompt_version TEXT NOT NULL DEFAULT '',
            passed INTEGER NOT NULL DEFAULT 0,
            findings TEXT NOT NULL DEFAULT '[]',
            usage TEXT NOT NULL DEFAULT '{}',
            instruction TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX drafts_review_version ON drafts (review_key, version);

        CREATE TABLE reply_state (
            review_key TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            draft_version INTEGER,
            card_channel TEXT NOT NULL DEFAULT '',
            card_ts TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            review_key TEXT,
            draft_version INTEGER,
            text TEXT,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_log_review ON audit_log (review_key);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;

        CREATE TABLE sync_state (
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            watermark TEXT NOT NULL DEFAULT '',
            last_success_at TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT '',
            last_error_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (source, location_id)
        );
        """
    )


@migration("0002_review_history_reply_workflow_pauses")
def _m0002_history_workflow_pauses(db: Database) -> None:
    # Edited reviews keep their earlier wording; the Slack workflow needs announce bookkeeping,
    # triage, escalation and posting columns; Yelp's daily cap pauses a source until a time.
    db.executescript(
        """
        CREATE TABLE review_changes (
            id INTEGER PRIMARY KEY,
            review_key TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            previous_stars INTEGER,
            previous_text TEXT NOT NULL,
            previous_updated_at TEXT NOT NULL,
            previous_owner_reply TEXT NOT NULL
        );
        CREATE INDEX review_changes_review ON review_changes (review_key);

        ALTER TABLE reply_state ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN announce_claimed_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN announced_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN triage TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE reply_state ADD COLUMN escalation_note TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN posted_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN posted_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN post_error TEXT NOT NULL DEFAULT '';
        CREATE INDEX reply_state_state ON reply_state (state);

        ALTER TABLE sync_state ADD COLUMN paused_until TEXT NOT NULL DEFAULT '';
        ALTER TABLE sync_state ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE sync_state ADD COLUMN reviews_stored INTEGER NOT NULL DEFAULT 0;
        """
    )


@migration("0003_office_day_follow_ups_deliveries_home")
def _m0003_office_day(db: Database) -> None:
    # Follow-ups a risk manager or approver records; reminders and digests sent once across
    # processes (a claim row per delivery); who has opened the App Home (its refresh list);
    # indexes for the statistics (location, posting time, audit action, drafting time), each
    # holding the columns the figures read so those queries stay inside the index.
    db.executescript(
        """
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            review_key TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            outcome TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX follow_ups_review ON follow_ups (review_key);
        CREATE INDEX follow_ups_at ON follow_ups (at);

        CREATE TABLE deliveries (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            review_key TEXT,
            claimed_at TEXT NOT NULL DEFAULT '',
            claimed_by TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            ts TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (kind, key)
        );
        CREATE INDEX deliveries_review ON deliveries (review_key);

        CREATE TABLE home_viewers (
            user_id TEXT PRIMARY KEY,
            opened_at TEXT NOT NULL
        );

        CREATE INDEX reviews_location_name ON reviews (location_name);
        CREATE INDEX reply_state_posted ON reply_state (posted_at);
        CREATE INDEX reply_state_card ON reply_state (card_channel, card_ts);
        CREATE INDEX audit_log_action ON audit_log (action, at, review_key, draft_version);
        CREATE INDEX drafts_created ON drafts (created_at, version, passed);
        """
    )


@migration("0004_escalation_notices")
def _m0004_escalation_notices(db: Database) -> None:
    # An escalation is recorded with the state change that made it; its messages to the risk
    # managers are delivered from here (at least once, shown once), like review cards.
    db.executescript(
        """
        CREATE TABLE escalations (
            id INTEGER PRIMARY KEY,
            review_key TEXT NOT NULL,
            escalated_by TEXT NOT NULL,
            escalated_at TEXT NOT NULL,
            recipients_at TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            decision_note TEXT NOT NULL DEFAULT '',
            closed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX escalations_review ON escalations (review_key);

        CREATE TABLE escalation_notices (
            escalation_id INTEGER NOT NULL REFERENCES escalations (id),
            recipient TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            claimed_at TEXT NOT NULL DEFAULT '',
            claimed_by TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            ts TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL DEFAULT '',
            shown TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (escalation_id, recipient)
        );
        CREATE INDEX escalation_notices_state ON escalation_notices (state);
        """
    )
    # Reviews escalated before this version. Those whose card is in Slack had their messages
    # sent then (recipients fixed: nothing to send; a decision still redraws the message
    # clicked). Site reviews not announced yet used to get theirs right after the card: they
    # get them from the notices now.
    db.execute(
        """
        INSERT INTO escalations (review_key, escalated_by, escalated_at, recipients_at)
        SELECT review_key, 'review-assistant', updated_at,
               CASE WHEN announced_at = '' THEN '' ELSE updated_at END
        FROM reply_state
        WHERE state = 'escalated' AND (announced_at != '' OR review_key NOT LIKE 'manual:%')
        """
    )


@migration("0005_claims_post_error_code")
def _m0005_claims_post_error_code(db: Database) -> None:
    # Drafting is claimed like announcing, so two processes never draft one review twice;
    # a claim names its process so a restart takes over the claims of a process that died.
    # post_error_code keeps why posting failed (outcome_unknown: the site may have posted).
    db.executescript(
        """
        ALTER TABLE reply_state ADD COLUMN draft_claimed_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN draft_claimed_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN announce_claimed_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN post_error_code TEXT NOT NULL DEFAULT '';
        """
    )


@migration("0006_set_aside_reviews")
def _m0006_set_aside_reviews(db: Database) -> None:
    # A review a source sent that cannot be stored (a lone surrogate in its text, ...) is kept
    # here with the reason, so it is said once and the rest of the poll goes on.
    db.executescript(
        """
        CREATE TABLE set_aside_reviews (
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            source_review_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            times_seen INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (source, location_id, source_review_id)
        );
        """
    )


@migration("0007_source_health")
def _m0007_source_health(db: Database) -> None:
    # Whether each source (a location of Google or Yelp, or the model) works, and what the
    # review channel was told about it: one alert when it starts failing, one line when it
    # recovers, never repeated.
    db.executescript(
        """
        CREATE TABLE source_health (
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            location_name TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            problem TEXT NOT NULL DEFAULT '',
            since TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            alert TEXT NOT NULL DEFAULT '',
            alert_claimed_at TEXT NOT NULL DEFAULT '',
            alert_claimed_by TEXT NOT NULL DEFAULT '',
            alert_ts TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (source, location_id)
        );
        """
    )


@migration("0008_api_calls_per_day")
def _m0008_api_calls(db: Database) -> None:
    # Calls made to a site's API per UTC day (Yelp's plans allow a few hundred a day): the
    # poller stops calling when the configured budget is used up, doctor shows the count.
    db.executescript(
        """
        CREATE TABLE api_calls (
            source TEXT NOT NULL,
            day TEXT NOT NULL,
            calls INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (source, day)
        );
        """
    )


@migration("0009_google_edits_queue_moderation_removals_scans")
def _m0009_google(db: Database) -> None:
    # Issue 14, Google in depth: every reply PUT or DELETE sent (Google allows 10 edits a
    # minute per profile, counted here across processes); replies waiting for that limit
    # (reply state `queued`); what Google says about each posted reply (moderation state,
    # policy violation, reply URL) and when to ask again; reviews that disappeared from Google;
    # the daily full pass per location; scans of replies already posted (resumable: a page's
    # findings and the next page token are written together).
    db.executescript(
        """
        CREATE TABLE google_edits (
            id INTEGER PRIMARY KEY,
            location_id TEXT NOT NULL,
            review_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX google_edits_location_at ON google_edits (location_id, at);

        CREATE TABLE reply_queue (
            review_key TEXT PRIMARY KEY,
            location_id TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            queued_by TEXT NOT NULL,
            draft_version INTEGER,
            post_after TEXT NOT NULL,
            notice TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX reply_queue_location ON reply_queue (location_id, queued_at);

        CREATE TABLE google_reply_status (
            review_key TEXT PRIMARY KEY,
            reply_state TEXT NOT NULL DEFAULT '',
            policy_violation TEXT NOT NULL DEFAULT '',
            reply_url TEXT NOT NULL DEFAULT '',
            reply_update_time TEXT NOT NULL DEFAULT '',
            checked_at TEXT NOT NULL DEFAULT '',
            checks INTEGER NOT NULL DEFAULT 0,
            next_check_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX google_reply_status_next ON google_reply_status (next_check_at);

        CREATE TABLE removed_reviews (
            review_key TEXT PRIMARY KEY,
            removed_at TEXT NOT NULL,
            state_before TEXT NOT NULL DEFAULT '',
            withdrawn INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE full_passes (
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            started_at TEXT NOT NULL DEFAULT '',
            finished_at TEXT NOT NULL DEFAULT '',
            reviews_seen INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (source, location_id)
        );

        CREATE TABLE reply_scans (
            id INTEGER PRIMARY KEY,
            scope TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            heartbeat_at TEXT NOT NULL,
            finished_at TEXT NOT NULL DEFAULT '',
            report_claimed_at TEXT NOT NULL DEFAULT '',
            report_channel TEXT NOT NULL DEFAULT '',
            report_ts TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE reply_scan_locations (
            scan_id INTEGER NOT NULL,
            location_id TEXT NOT NULL,
            location_name TEXT NOT NULL DEFAULT '',
            page_token TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL DEFAULT 0,
            reviews INTEGER NOT NULL DEFAULT 0,
            replied INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0,
            done INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (scan_id, location_id)
        );

        CREATE TABLE reply_scan_findings (
            scan_id INTEGER NOT NULL,
            review_key TEXT NOT NULL,
            location_name TEXT NOT NULL DEFAULT '',
            reply_text TEXT NOT NULL,
            findings TEXT NOT NULL DEFAULT '[]',
            reply_url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'flagged',
            acted_by TEXT NOT NULL DEFAULT '',
            acted_at TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (scan_id, review_key)
        );
        """
    )
