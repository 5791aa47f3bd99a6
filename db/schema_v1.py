"""Schema version 1, frozen: the tables as first released.

Never edit this text. Later changes are new numbered steps in db/migrations.py, so that a database
made by any earlier version reaches the same schema as a new one.
"""

SQL = """
CREATE TABLE "meta" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "organisation" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "depot" VARCHAR(255) NOT NULL, "secretary" VARCHAR(255) NOT NULL, "signature_lines" TEXT NOT NULL, "visits_per_month" INTEGER NOT NULL, "overdue_days" INTEGER NOT NULL, "concern_due_days" INTEGER NOT NULL, "tier1_weight" REAL NOT NULL, "tier2_weight" REAL NOT NULL, "tier3_weight" REAL NOT NULL);
CREATE INDEX "organisation_seq" ON "organisation" ("seq");
CREATE INDEX "organisation_deleted" ON "organisation" ("deleted");
CREATE TABLE "branch" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "secretary_id" VARCHAR(36), "notes" TEXT NOT NULL);
CREATE INDEX "branch_seq" ON "branch" ("seq");
CREATE INDEX "branch_deleted" ON "branch" ("deleted");
CREATE TABLE "work_area" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "code" VARCHAR(255) NOT NULL, "line_section" VARCHAR(255) NOT NULL, "location" VARCHAR(255) NOT NULL, "distance_km" REAL, "travel_minutes" INTEGER, "access_tier" INTEGER NOT NULL, "headcount" INTEGER NOT NULL, "visit_target" INTEGER, "active" INTEGER NOT NULL, "notes" TEXT NOT NULL);
CREATE INDEX "work_area_seq" ON "work_area" ("seq");
CREATE INDEX "work_area_deleted" ON "work_area" ("deleted");
CREATE INDEX "work_area_name" ON "work_area" ("name");
CREATE TABLE "member" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "name_pinyin" VARCHAR(255) NOT NULL, "name_initials" VARCHAR(255) NOT NULL, "gender" VARCHAR(1) NOT NULL, "birth_date" DATE, "ethnicity" VARCHAR(255) NOT NULL, "education" VARCHAR(255) NOT NULL, "joined_on" DATE, "full_member_on" DATE, "category" VARCHAR(255) NOT NULL, "job_post" VARCHAR(255) NOT NULL, "party_post" VARCHAR(255) NOT NULL, "is_cadre" INTEGER NOT NULL, "branch_id" VARCHAR(36), "phone" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "status_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE RESTRICT);
CREATE INDEX "member_seq" ON "member" ("seq");
CREATE INDEX "member_deleted" ON "member" ("deleted");
CREATE INDEX "member_name" ON "member" ("name");
CREATE INDEX "member_name_initials" ON "member" ("name_initials");
CREATE INDEX "member_branch_id" ON "member" ("branch_id");
CREATE TABLE "assignment" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "member_id" VARCHAR(36) NOT NULL, "work_area_id" VARCHAR(36) NOT NULL, "start_on" DATE NOT NULL, "end_on" DATE, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT, FOREIGN KEY ("work_area_id") REFERENCES "work_area" ("id") ON DELETE RESTRICT);
CREATE INDEX "assignment_seq" ON "assignment" ("seq");
CREATE INDEX "assignment_deleted" ON "assignment" ("deleted");
CREATE INDEX "assignment_member_id" ON "assignment" ("member_id");
CREATE INDEX "assignment_work_area_id" ON "assignment" ("work_area_id");
CREATE TABLE "responsibility" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "member_id" VARCHAR(36) NOT NULL, "work_area_id" VARCHAR(36) NOT NULL, "start_on" DATE NOT NULL, "end_on" DATE, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT, FOREIGN KEY ("work_area_id") REFERENCES "work_area" ("id") ON DELETE RESTRICT);
CREATE INDEX "responsibility_seq" ON "responsibility" ("seq");
CREATE INDEX "responsibility_deleted" ON "responsibility" ("deleted");
CREATE INDEX "responsibility_member_id" ON "responsibility" ("member_id");
CREATE INDEX "responsibility_work_area_id" ON "responsibility" ("work_area_id");
CREATE TABLE "visit" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "visited_on" DATE NOT NULL, "work_area_id" VARCHAR(36) NOT NULL, "kind" VARCHAR(255) NOT NULL, "hours" REAL NOT NULL, "workers_met" INTEGER NOT NULL, "summary" TEXT NOT NULL, "private" INTEGER NOT NULL, FOREIGN KEY ("work_area_id") REFERENCES "work_area" ("id") ON DELETE RESTRICT);
CREATE INDEX "visit_seq" ON "visit" ("seq");
CREATE INDEX "visit_deleted" ON "visit" ("deleted");
CREATE INDEX "visit_visited_on" ON "visit" ("visited_on");
CREATE INDEX "visit_work_area_id" ON "visit" ("work_area_id");
CREATE INDEX "visit_work_area_id_visited_on" ON "visit" ("work_area_id", "visited_on");
CREATE TABLE "visit_person" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "visit_id" VARCHAR(36) NOT NULL, "member_id" VARCHAR(36) NOT NULL, "role" VARCHAR(255) NOT NULL, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT);
CREATE INDEX "visit_person_seq" ON "visit_person" ("seq");
CREATE INDEX "visit_person_deleted" ON "visit_person" ("deleted");
CREATE INDEX "visit_person_visit_id" ON "visit_person" ("visit_id");
CREATE INDEX "visit_person_member_id" ON "visit_person" ("member_id");
CREATE INDEX "visit_person_member_id_role" ON "visit_person" ("member_id", "role");
CREATE TABLE "concern" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "raised_on" DATE NOT NULL, "work_area_id" VARCHAR(36) NOT NULL, "raised_by_id" VARCHAR(36), "raised_by_name" VARCHAR(255) NOT NULL, "visit_id" VARCHAR(36), "category" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "owner_id" VARCHAR(36) NOT NULL, "due_on" DATE NOT NULL, "status" VARCHAR(255) NOT NULL, "response" TEXT NOT NULL, "feedback_on" DATE, "closed_on" DATE, "satisfaction" VARCHAR(255), FOREIGN KEY ("work_area_id") REFERENCES "work_area" ("id") ON DELETE RESTRICT, FOREIGN KEY ("raised_by_id") REFERENCES "member" ("id") ON DELETE RESTRICT, FOREIGN KEY ("visit_id") REFERENCES "visit" ("id") ON DELETE RESTRICT, FOREIGN KEY ("owner_id") REFERENCES "member" ("id") ON DELETE RESTRICT);
CREATE INDEX "concern_seq" ON "concern" ("seq");
CREATE INDEX "concern_deleted" ON "concern" ("deleted");
CREATE INDEX "concern_raised_on" ON "concern" ("raised_on");
CREATE INDEX "concern_work_area_id" ON "concern" ("work_area_id");
CREATE INDEX "concern_raised_by_id" ON "concern" ("raised_by_id");
CREATE INDEX "concern_visit_id" ON "concern" ("visit_id");
CREATE INDEX "concern_owner_id" ON "concern" ("owner_id");
CREATE INDEX "concern_status" ON "concern" ("status");
CREATE TABLE "concern_event" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "modified_at" DATETIME NOT NULL, "modified_by" VARCHAR(64) NOT NULL, "rev" VARCHAR(64) NOT NULL, "rev_history" TEXT NOT NULL, "seq" INTEGER NOT NULL, "deleted" INTEGER NOT NULL, "concern_id" VARCHAR(36) NOT NULL, "at" DATETIME NOT NULL, "device" VARCHAR(255) NOT NULL, "actor" VARCHAR(255) NOT NULL, "action" VARCHAR(255) NOT NULL, "from_status" VARCHAR(255), "to_status" VARCHAR(255), "text" TEXT NOT NULL, FOREIGN KEY ("concern_id") REFERENCES "concern" ("id") ON DELETE RESTRICT);
CREATE INDEX "concern_event_seq" ON "concern_event" ("seq");
CREATE INDEX "concern_event_deleted" ON "concern_event" ("deleted");
CREATE INDEX "concern_event_concern_id" ON "concern_event" ("concern_id");
CREATE TABLE "audit_entry" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "device" VARCHAR(255) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "row_id" VARCHAR(36) NOT NULL, "action" VARCHAR(255) NOT NULL, "changes" TEXT NOT NULL);
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
CREATE INDEX "audit_entry_row_id" ON "audit_entry" ("row_id");
"""
