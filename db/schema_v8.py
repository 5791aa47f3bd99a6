"""Schema step 8 (organisation life, 三会一课): meetings, attendance, make-ups, committee seats
and local quota rules, frozen as SQL the way peewee created them."""

SQL = (
    'CREATE TABLE "meeting" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT'
    ' NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHA'
    'R(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER N'
    'OT NULL, "branch_id" VARCHAR(36), "kind" VARCHAR(255) NOT NULL, "held_on" DATE NOT NULL,'
    ' "start_time" VARCHAR(255) NOT NULL, "place" VARCHAR(255) NOT NULL, "topics" TEXT NOT NU'
    'LL, "chair_id" VARCHAR(36), "recorder_id" VARCHAR(36), "lecturer" VARCHAR(255) NOT NULL,'
    ' "lecture_title" VARCHAR(255) NOT NULL, "guests" TEXT NOT NULL, "minutes" TEXT NOT NULL,'
    ' "decisions" TEXT NOT NULL, "votes_for" INTEGER, "votes_against" INTEGER, "votes_abstain'
    '" INTEGER, "source" VARCHAR(255) NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch"'
    ' ("id") ON DELETE RESTRICT, FOREIGN KEY ("chair_id") REFERENCES "member" ("id") ON DELET'
    'E RESTRICT, FOREIGN KEY ("recorder_id") REFERENCES "member" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "meeting_seq" ON "meeting" ("seq")',
    'CREATE INDEX "meeting_branch_id" ON "meeting" ("branch_id")',
    'CREATE INDEX "meeting_held_on" ON "meeting" ("held_on")',
    'CREATE INDEX "meeting_chair_id" ON "meeting" ("chair_id")',
    'CREATE INDEX "meeting_recorder_id" ON "meeting" ("recorder_id")',
    'CREATE INDEX "meeting_branch_id_held_on" ON "meeting" ("branch_id", "held_on")',
    'CREATE TABLE "meeting_attendee" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DAT'
    'ETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "re'
    'v" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" '
    'INTEGER NOT NULL, "meeting_id" VARCHAR(36) NOT NULL, "member_id" VARCHAR(36) NOT NULL, "'
    'present" INTEGER NOT NULL, "absence_reason" VARCHAR(255), FOREIGN KEY ("meeting_id") REF'
    'ERENCES "meeting" ("id") ON DELETE RESTRICT, FOREIGN KEY ("member_id") REFERENCES "membe'
    'r" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "meeting_attendee_seq" ON "meeting_attendee" ("seq")',
    'CREATE INDEX "meeting_attendee_meeting_id_deleted_present_member_id" ON "meeting_attendee" '
    '("meeting_id", "deleted", "present", "member_id")',
    'CREATE INDEX "meeting_attendee_member_id" ON "meeting_attendee" ("member_id")',
    'CREATE TABLE "make_up" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT'
    ' NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHA'
    'R(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER N'
    'OT NULL, "meeting_id" VARCHAR(36) NOT NULL, "member_id" VARCHAR(36) NOT NULL, "made_up_o'
    'n" DATE NOT NULL, "how" VARCHAR(255) NOT NULL, "by_id" VARCHAR(36), FOREIGN KEY ("meetin'
    'g_id") REFERENCES "meeting" ("id") ON DELETE RESTRICT, FOREIGN KEY ("member_id") REFEREN'
    'CES "member" ("id") ON DELETE RESTRICT, FOREIGN KEY ("by_id") REFERENCES "member" ("id")'
    ' ON DELETE RESTRICT)',
    'CREATE INDEX "make_up_seq" ON "make_up" ("seq")',
    'CREATE INDEX "make_up_meeting_id" ON "make_up" ("meeting_id")',
    'CREATE INDEX "make_up_member_id" ON "make_up" ("member_id")',
    'CREATE INDEX "make_up_by_id" ON "make_up" ("by_id")',
    'CREATE TABLE "committee_member" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DAT'
    'ETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "re'
    'v" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" '
    'INTEGER NOT NULL, "branch_id" VARCHAR(36), "member_id" VARCHAR(36) NOT NULL, "role" VARC'
    'HAR(255) NOT NULL, "start_on" DATE NOT NULL, "end_on" DATE, FOREIGN KEY ("branch_id") RE'
    'FERENCES "branch" ("id") ON DELETE RESTRICT, FOREIGN KEY ("member_id") REFERENCES "membe'
    'r" ("id") ON DELETE RESTRICT)',
    'CREATE INDEX "committee_member_seq" ON "committee_member" ("seq")',
    'CREATE INDEX "committee_member_branch_id" ON "committee_member" ("branch_id")',
    'CREATE INDEX "committee_member_member_id" ON "committee_member" ("member_id")',
    'CREATE TABLE "meeting_quota" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETI'
    'ME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" '
    'VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INT'
    'EGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "per" VARCHAR(255) NOT NULL, "count" INTEGE'
    'R NOT NULL)',
    'CREATE INDEX "meeting_quota_seq" ON "meeting_quota" ("seq")',
    'ALTER TABLE "branch" ADD COLUMN "shift_work" INTEGER NOT NULL DEFAULT 1',
)
