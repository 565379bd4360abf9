-- index actions_due (on actions)
CREATE INDEX actions_due ON actions (status, due_date);

-- index actions_management_review (on actions)
CREATE INDEX actions_management_review ON actions (management_review_id);

-- index actions_review (on actions)
CREATE INDEX actions_review ON actions (review_id);

-- index actions_risk (on actions)
CREATE INDEX actions_risk ON actions (risk_id);

-- index actions_risk_open (on actions)
CREATE INDEX actions_risk_open ON actions (risk_id, due_date) WHERE status IN ('open', 'in_progress');

-- index actions_service (on actions)
CREATE INDEX actions_service ON actions (service_id);

-- index actions_sla (on actions)
CREATE INDEX actions_sla ON actions (sla_id);

-- index audit_log_actor (on audit_log)
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);

-- index audit_log_at (on audit_log)
CREATE INDEX audit_log_at ON audit_log (at);

-- index audit_log_entity (on audit_log)
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

-- index audit_log_kind (on audit_log)
CREATE INDEX audit_log_kind ON audit_log (entity, id);

-- index contract_services_service (on contract_services)
CREATE INDEX contract_services_service ON contract_services (service_id);

-- index contracts_end (on contracts)
CREATE INDEX contracts_end ON contracts (end_date);

-- index management_review_decisions_review (on management_review_decisions)
CREATE INDEX management_review_decisions_review ON management_review_decisions (review_id, id);

-- index management_reviews_period (on management_reviews)
CREATE INDEX management_reviews_period ON management_reviews (period_to, period_from);

-- index outages_time (on outages)
CREATE INDEX outages_time ON outages (service_id, end_at);

-- index people_name_unique (on people)
CREATE UNIQUE INDEX people_name_unique ON people (name COLLATE NOCASE);

-- index review_decisions_review (on review_decisions)
CREATE INDEX review_decisions_review ON review_decisions (review_id);

-- index reviews_done_on (on reviews)
CREATE INDEX reviews_done_on ON reviews (reviewed_on);

-- index reviews_pending (on reviews)
CREATE INDEX reviews_pending ON reviews (status, subject_kind) WHERE status = 'pending_approval';

-- index reviews_reviewed_on (on reviews)
CREATE INDEX reviews_reviewed_on ON reviews (reviewed_on);

-- index reviews_reviewer_done (on reviews)
CREATE INDEX reviews_reviewer_done ON reviews (reviewer_id, reviewed_on);

-- index reviews_subject (on reviews)
CREATE INDEX reviews_subject ON reviews (subject_kind, subject_id, reviewed_on);

-- index risk_acceptances_expiry (on risk_acceptances)
CREATE INDEX risk_acceptances_expiry ON risk_acceptances (expires_on) WHERE revoked_on IS NULL AND review_reopened_at IS NULL;

-- index risk_acceptances_risk (on risk_acceptances)
CREATE INDEX risk_acceptances_risk ON risk_acceptances (risk_id, revoked_on);

-- index risk_assessments_date (on risk_assessments)
CREATE INDEX risk_assessments_date ON risk_assessments (assessed_at);

-- index risk_assessments_date_risk (on risk_assessments)
CREATE INDEX risk_assessments_date_risk ON risk_assessments (assessed_at, risk_id);

-- index risk_assessments_residual (on risk_assessments)
CREATE INDEX risk_assessments_residual ON risk_assessments (risk_id, assessed_at, residual_likelihood, residual_impact, matrix_version);

-- index risk_assessments_risk (on risk_assessments)
CREATE INDEX risk_assessments_risk ON risk_assessments (risk_id, assessed_at);

-- index risk_services_service (on risk_services)
CREATE INDEX risk_services_service ON risk_services (service_id);

-- index risks_category (on risks)
CREATE INDEX risks_category ON risks (category);

-- index risks_code_unique (on risks)
CREATE UNIQUE INDEX risks_code_unique ON risks (code COLLATE NOCASE);

-- index risks_created (on risks)
CREATE INDEX risks_created ON risks (created_at);

-- index risks_inherent_band (on risks)
CREATE INDEX risks_inherent_band ON risks (inherent_band);

-- index risks_inherent_cell (on risks)
CREATE INDEX risks_inherent_cell ON risks (inherent_likelihood, inherent_impact, status);

-- index risks_next_review (on risks)
CREATE INDEX risks_next_review ON risks (next_review_date, status);

-- index risks_owner (on risks)
CREATE INDEX risks_owner ON risks (owner_id);

-- index risks_owner_review (on risks)
CREATE INDEX risks_owner_review ON risks (owner_id, next_review_date, status);

-- index risks_residual_band (on risks)
CREATE INDEX risks_residual_band ON risks (residual_band, residual_score);

-- index risks_residual_cell (on risks)
CREATE INDEX risks_residual_cell ON risks (residual_likelihood, residual_impact, status);

-- index risks_residual_score (on risks)
CREATE INDEX risks_residual_score ON risks (residual_score);

-- index risks_review_due (on risks)
CREATE INDEX risks_review_due ON risks (next_review_date, owner_id) WHERE status <> 'closed';

-- index risks_review_due_owner (on risks)
CREATE INDEX risks_review_due_owner ON risks (owner_id, next_review_date) WHERE status <> 'closed';

-- index risks_status (on risks)
CREATE INDEX risks_status ON risks (status);

-- index risks_supplier (on risks)
CREATE INDEX risks_supplier ON risks (supplier_id);

-- index risks_target_band (on risks)
CREATE INDEX risks_target_band ON risks (target_band);

-- index risks_target_cell (on risks)
CREATE INDEX risks_target_cell ON risks (target_likelihood, target_impact, status);

-- index risks_title (on risks)
CREATE INDEX risks_title ON risks (title COLLATE NOCASE);

-- index risks_updated (on risks)
CREATE INDEX risks_updated ON risks (updated_at);

-- index saved_views_screen_name (on saved_views)
CREATE UNIQUE INDEX saved_views_screen_name ON saved_views (screen, name COLLATE NOCASE);

-- index service_dependencies_reverse (on service_dependencies)
CREATE INDEX service_dependencies_reverse ON service_dependencies (depends_on_id);

-- index service_lifecycle_events_service (on service_lifecycle_events)
CREATE INDEX service_lifecycle_events_service ON service_lifecycle_events (service_id, at);

-- index services_code_unique (on services)
CREATE UNIQUE INDEX services_code_unique ON services (code COLLATE NOCASE);

-- index services_next_review (on services)
CREATE INDEX services_next_review ON services (next_review_date);

-- index services_owner (on services)
CREATE INDEX services_owner ON services (owner_id);

-- index services_review_due (on services)
CREATE INDEX services_review_due ON services (owner_id, next_review_date) WHERE lifecycle <> 'retired';

-- index sla_measurements_period (on sla_measurements)
CREATE INDEX sla_measurements_period ON sla_measurements (period, target_id);

-- index sla_period_results_period (on sla_period_results)
CREATE INDEX sla_period_results_period ON sla_period_results (period, sla_id, worst_rank);

-- index sla_review_details_sla (on sla_review_details)
CREATE INDEX sla_review_details_sla ON sla_review_details (sla_id, period);

-- index sla_targets_contract (on sla_targets)
CREATE INDEX sla_targets_contract ON sla_targets (contract_id, sort_order);

-- index sla_targets_sla (on sla_targets)
CREATE INDEX sla_targets_sla ON sla_targets (sla_id, sort_order);

-- index slas_code_unique (on slas)
CREATE UNIQUE INDEX slas_code_unique ON slas (code COLLATE NOCASE);

-- index slas_review_due (on slas)
CREATE INDEX slas_review_due ON slas (review_date) WHERE status <> 'expired';

-- index slas_service (on slas)
CREATE INDEX slas_service ON slas (service_id);

-- index suppliers_name_unique (on suppliers)
CREATE UNIQUE INDEX suppliers_name_unique ON suppliers (name COLLATE NOCASE);

-- index suppliers_review_due (on suppliers)
CREATE INDEX suppliers_review_due ON suppliers (next_review_date, manager_id);

-- index sync_outbox_waiting (on sync_outbox)
CREATE INDEX sync_outbox_waiting ON sync_outbox (table_name, row_key, field) WHERE pushed_seq IS NULL;

-- table actions (on actions)
CREATE TABLE actions ( id INTEGER PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL, due_date TEXT, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')), risk_id INTEGER REFERENCES risks (id) ON DELETE CASCADE, sla_id INTEGER REFERENCES slas (id) ON DELETE CASCADE, service_id INTEGER REFERENCES services (id) ON DELETE CASCADE, progress_notes TEXT NOT NULL DEFAULT '', completed_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , review_id INTEGER REFERENCES reviews (id) ON DELETE SET NULL, management_review_id INTEGER REFERENCES management_reviews (id) ON DELETE SET NULL) STRICT;

-- table audit_log (on audit_log)
CREATE TABLE audit_log ( id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_id INTEGER REFERENCES people (id) ON DELETE SET NULL, actor_name TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')), before_json TEXT, after_json TEXT ) STRICT;

-- table contract_services (on contract_services)
CREATE TABLE contract_services ( contract_id INTEGER NOT NULL REFERENCES contracts (id) ON DELETE CASCADE, service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT, PRIMARY KEY (contract_id, service_id) ) STRICT;

-- table contracts (on contracts)
CREATE TABLE contracts ( id INTEGER PRIMARY KEY, supplier_id INTEGER REFERENCES suppliers (id) ON DELETE RESTRICT, kind TEXT NOT NULL CHECK (kind IN ('underpinning', 'ola')), title TEXT NOT NULL, internal_team TEXT, start_date TEXT, end_date TEXT, notice_days INTEGER CHECK (notice_days IS NULL OR notice_days >= 0), targets_text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table management_review_decisions (on management_review_decisions)
CREATE TABLE management_review_decisions ( id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE CASCADE, type TEXT NOT NULL CHECK (type IN ('improvement', 'sms_change', 'service_change', 'resource_need', 'action')), title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', owner_id INTEGER REFERENCES people (id), due_date TEXT, input_key TEXT, action_id INTEGER REFERENCES actions (id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table management_review_narratives (on management_review_narratives)
CREATE TABLE management_review_narratives ( review_id INTEGER NOT NULL REFERENCES management_reviews (id) ON DELETE CASCADE, section TEXT NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (review_id, section) ) STRICT;

-- table management_reviews (on management_reviews)
CREATE TABLE management_reviews ( id INTEGER PRIMARY KEY, title TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, meeting_date TEXT, chair_id INTEGER REFERENCES people (id), preparer_id INTEGER REFERENCES people (id), attendee_ids_json TEXT NOT NULL DEFAULT '[]', independent_chair INTEGER NOT NULL DEFAULT 1 CHECK (independent_chair IN (0, 1)), status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_preparation', 'held', 'closed')), as_of TEXT, snapshot_json TEXT, snapshot_sha256 TEXT, signed_off_by INTEGER REFERENCES people (id), signed_off_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (period_to >= period_from), CHECK ((status IN ('held', 'closed')) = (snapshot_json IS NOT NULL AND snapshot_sha256 IS NOT NULL AND as_of IS NOT NULL)), CHECK ((status = 'closed') = (signed_off_by IS NOT NULL AND signed_off_at IS NOT NULL)) ) STRICT;

-- table meta (on meta)
CREATE TABLE meta ( key TEXT PRIMARY KEY, value TEXT NOT NULL ) STRICT;

-- table outages (on outages)
CREATE TABLE outages ( id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE, -- Wall-clock "YYYY-MM-DDTHH:MM:SS" of the service hours' clock, without a zone. start_at TEXT NOT NULL CHECK (start_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'), end_at TEXT NOT NULL CHECK (end_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]'), notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, CHECK (end_at > start_at), UNIQUE (service_id, start_at, end_at) ) STRICT;

-- table people (on people)
CREATE TABLE people ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, role TEXT, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table review_decisions (on review_decisions)
CREATE TABLE review_decisions ( id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE, decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')), decided_by_id INTEGER NOT NULL REFERENCES people (id), decided_at TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', subject_state_json TEXT NOT NULL ) STRICT;

-- table review_policy (on review_policy)
CREATE TABLE review_policy ( id INTEGER PRIMARY KEY CHECK (id = 1), policy_json TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL ) STRICT;

-- table review_subject_kinds (on review_subject_kinds)
CREATE TABLE review_subject_kinds ( kind TEXT PRIMARY KEY, label TEXT NOT NULL ) STRICT;

-- table reviews (on reviews)
CREATE TABLE "reviews" ( id INTEGER PRIMARY KEY, subject_kind TEXT NOT NULL REFERENCES review_subject_kinds (kind), subject_id INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'pending_approval', 'approved', 'rejected')), planned_on TEXT, reviewed_on TEXT NOT NULL, reviewer_id INTEGER REFERENCES people (id) ON DELETE SET NULL, outcome TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', next_review_date TEXT, accepted_until TEXT, snapshot_json TEXT, requested_by_id INTEGER REFERENCES people (id) ON DELETE SET NULL, approver_id INTEGER REFERENCES people (id) ON DELETE SET NULL, approved_at TEXT, created_at TEXT NOT NULL ) STRICT;

-- table risk_acceptances (on risk_acceptances)
CREATE TABLE risk_acceptances ( id INTEGER PRIMARY KEY, risk_id INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE, approver_id INTEGER NOT NULL REFERENCES people (id), approved_on TEXT NOT NULL, expires_on TEXT CHECK (expires_on IS NULL OR expires_on > approved_on), rationale TEXT NOT NULL, residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL, matrix_version INTEGER NOT NULL, approved_score REAL NOT NULL, revoked_on TEXT, revoke_reason TEXT, created_at TEXT NOT NULL , review_reopened_at TEXT) STRICT;

-- table risk_assessments (on risk_assessments)
CREATE TABLE risk_assessments ( id INTEGER PRIMARY KEY, risk_id INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE, assessed_at TEXT NOT NULL, assessor_id INTEGER REFERENCES people (id) ON DELETE SET NULL, inherent_likelihood INTEGER NOT NULL, inherent_impact INTEGER NOT NULL, residual_likelihood INTEGER NOT NULL, residual_impact INTEGER NOT NULL, target_likelihood INTEGER, target_impact INTEGER, rationale TEXT NOT NULL DEFAULT '' , matrix_version INTEGER NOT NULL DEFAULT 1, kind TEXT NOT NULL DEFAULT 'assessment' CHECK (kind IN ('assessment', 'remap', 'import'))) STRICT;

-- table risk_matrices (on risk_matrices)
CREATE TABLE risk_matrices ( version INTEGER PRIMARY KEY, config_json TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL ) STRICT;

-- table risk_services (on risk_services)
CREATE TABLE risk_services ( risk_id INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE, service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT, PRIMARY KEY (risk_id, service_id) ) STRICT;

-- table risks (on risks)
CREATE TABLE risks ( id INTEGER PRIMARY KEY, code TEXT NOT NULL, title TEXT NOT NULL, cause TEXT NOT NULL DEFAULT '', event TEXT NOT NULL DEFAULT '', consequence TEXT NOT NULL DEFAULT '', category TEXT, owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL, supplier_id INTEGER REFERENCES suppliers (id) ON DELETE SET NULL, controls TEXT NOT NULL DEFAULT '', treatment TEXT CHECK (treatment IS NULL OR treatment IN ('avoid', 'mitigate', 'transfer', 'accept')), treatment_rationale TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'identified' CHECK (status IN ('identified', 'assessed', 'treating', 'monitored', 'closed')), inherent_likelihood INTEGER, inherent_impact INTEGER, residual_likelihood INTEGER, residual_impact INTEGER, target_likelihood INTEGER, target_impact INTEGER, next_review_date TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , inherent_score INTEGER, inherent_band INTEGER, residual_score INTEGER, residual_band INTEGER, target_score INTEGER, target_band INTEGER) STRICT;

-- table risks_search (on risks_search)
CREATE VIRTUAL TABLE risks_search USING fts5( code, title, category, cause, event, consequence, controls, content = 'risks', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3' );

-- table risks_search_config (on risks_search_config)
CREATE TABLE 'risks_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table risks_search_data (on risks_search_data)
CREATE TABLE 'risks_search_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table risks_search_docsize (on risks_search_docsize)
CREATE TABLE 'risks_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table risks_search_idx (on risks_search_idx)
CREATE TABLE 'risks_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table saved_views (on saved_views)
CREATE TABLE saved_views ( id INTEGER PRIMARY KEY, screen TEXT NOT NULL, name TEXT NOT NULL, state_json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table service_dependencies (on service_dependencies)
CREATE TABLE service_dependencies ( service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE, depends_on_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT, PRIMARY KEY (service_id, depends_on_id), CHECK (service_id <> depends_on_id) ) STRICT;

-- table service_lifecycle_events (on service_lifecycle_events)
CREATE TABLE service_lifecycle_events ( id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE, lifecycle TEXT NOT NULL CHECK (lifecycle IN ('pipeline', 'live', 'retired')), at TEXT NOT NULL ) STRICT;

-- table services (on services)
CREATE TABLE services ( id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', category TEXT, kind TEXT NOT NULL DEFAULT 'customer-facing' CHECK (kind IN ('customer-facing', 'supporting')), lifecycle TEXT NOT NULL DEFAULT 'pipeline' CHECK (lifecycle IN ('pipeline', 'live', 'retired')), owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL, customers_json TEXT NOT NULL DEFAULT '[]', criticality INTEGER NOT NULL DEFAULT 3 CHECK (criticality BETWEEN 1 AND 4), service_hours_json TEXT NOT NULL DEFAULT '{"mode":"24x7"}', support_contact TEXT, tags_json TEXT NOT NULL DEFAULT '[]', last_review_date TEXT, next_review_date TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table sla_measurements (on sla_measurements)
CREATE TABLE "sla_measurements" ( id INTEGER PRIMARY KEY, target_id INTEGER NOT NULL REFERENCES "sla_targets" (id) ON DELETE CASCADE, period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'), value REAL NOT NULL, workload REAL, notes TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT 'entered' CHECK (source IN ('entered', 'imported', 'outages')), updated_at TEXT, UNIQUE (target_id, period) ) STRICT;

-- table sla_period_results (on sla_period_results)
CREATE TABLE sla_period_results ( sla_id INTEGER NOT NULL, period TEXT NOT NULL, worst_rank INTEGER NOT NULL CHECK (worst_rank BETWEEN 1 AND 3), measured INTEGER NOT NULL, breached INTEGER NOT NULL, PRIMARY KEY (sla_id, period) ) WITHOUT ROWID, STRICT;

-- table sla_review_details (on sla_review_details)
CREATE TABLE sla_review_details ( review_id INTEGER PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE, sla_id INTEGER NOT NULL REFERENCES slas (id) ON DELETE CASCADE, period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'), customer_comments TEXT NOT NULL DEFAULT '', exceptions_applied TEXT NOT NULL DEFAULT '', snapshot_json TEXT NOT NULL ) STRICT;

-- table sla_targets (on sla_targets)
CREATE TABLE "sla_targets" ( id INTEGER PRIMARY KEY, sla_id INTEGER REFERENCES slas (id) ON DELETE CASCADE, -- No ON DELETE action: deleting a contract with targets fails as a plain foreign-key conflict. contract_id INTEGER REFERENCES contracts (id), kind TEXT NOT NULL CHECK (kind IN ('availability', 'response', 'resolution', 'custom', 'workload')), label TEXT NOT NULL, priority TEXT CHECK (priority IS NULL OR priority IN ('P1', 'P2', 'P3', 'P4')), time_limit_minutes INTEGER CHECK (time_limit_minutes IS NULL OR time_limit_minutes > 0), unit TEXT NOT NULL DEFAULT '%', direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')), target REAL NOT NULL, warning REAL, sort_order INTEGER NOT NULL DEFAULT 0, CHECK ((sla_id IS NULL) <> (contract_id IS NULL)) ) STRICT;

-- table slas (on slas)
CREATE TABLE slas ( id INTEGER PRIMARY KEY, code TEXT NOT NULL, service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE RESTRICT, customer TEXT NOT NULL, name TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'expired')), valid_from TEXT, valid_to TEXT, review_date TEXT, service_hours_json TEXT, exceptions TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table sqlite_stat1 (on sqlite_stat1)
CREATE TABLE sqlite_stat1(tbl,idx,stat);

-- table sqlite_stat4 (on sqlite_stat4)
CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample);

-- table suppliers (on suppliers)
CREATE TABLE suppliers ( id INTEGER PRIMARY KEY, name TEXT NOT NULL, contact TEXT, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL , manager_id INTEGER REFERENCES people (id) ON DELETE SET NULL, next_review_date TEXT) STRICT;

-- table sync_conflicts (on sync_conflicts)
CREATE TABLE sync_conflicts ( id INTEGER PRIMARY KEY, change_seq INTEGER NOT NULL, table_name TEXT NOT NULL, row_key TEXT NOT NULL, field TEXT NOT NULL, current_value_json TEXT, proposed_value_json TEXT, proposed_by TEXT NOT NULL, at TEXT NOT NULL ) STRICT;

-- table sync_field_versions (on sync_field_versions)
CREATE TABLE sync_field_versions ( table_name TEXT NOT NULL, row_key TEXT NOT NULL, field TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 0), PRIMARY KEY (table_name, row_key, field) ) WITHOUT ROWID, STRICT;

-- table sync_outbox (on sync_outbox)
CREATE TABLE sync_outbox ( id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, row_key TEXT NOT NULL, field TEXT NOT NULL, value_json TEXT, base_version INTEGER NOT NULL CHECK (base_version >= 0), base_outbox_id INTEGER, at TEXT, resolves_conflict INTEGER, pushed_seq INTEGER, outcome TEXT CHECK (outcome IS NULL OR outcome IN ('applied', 'conflict', 'renamed', 'skipped')) ) STRICT;

-- table sync_received (on sync_received)
CREATE TABLE sync_received ( seq INTEGER PRIMARY KEY, table_name TEXT NOT NULL, row_key TEXT NOT NULL, field TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, outcome TEXT NOT NULL, note TEXT ) STRICT;

-- table sync_row_keys (on sync_row_keys)
CREATE TABLE sync_row_keys ( table_name TEXT NOT NULL, local_id INTEGER NOT NULL, row_key TEXT NOT NULL UNIQUE, version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0), PRIMARY KEY (table_name, local_id) ) WITHOUT ROWID, STRICT;

-- table sync_state (on sync_state)
CREATE TABLE sync_state ( id INTEGER PRIMARY KEY CHECK (id = 1), team_url TEXT NOT NULL, tls INTEGER NOT NULL DEFAULT 1 CHECK (tls IN (0, 1)), team_workspace_id TEXT NOT NULL, replica_id TEXT NOT NULL, member_role TEXT NOT NULL, -- What the team database lets this member do (its PostgreSQL grants decide; this is -- what the app shows and refuses early): 'edit', or 'read' for an auditor. member_access TEXT NOT NULL DEFAULT 'edit' CHECK (member_access IN ('edit', 'read')), -- The person this member is ("I am"), by row key, as the team's members list links them. member_person_key TEXT, pull_cursor INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0), last_hlc TEXT, last_synced_at TEXT, joined_at TEXT NOT NULL ) STRICT;

-- trigger risks_search_delete (on risks)
CREATE TRIGGER risks_search_delete AFTER DELETE ON risks BEGIN INSERT INTO risks_search (risks_search, rowid, code, title, category, cause, event, consequence, controls) VALUES ('delete', old.id, old.code, old.title, old.category, old.cause, old.event, old.consequence, old.controls); END;

-- trigger risks_search_insert (on risks)
CREATE TRIGGER risks_search_insert AFTER INSERT ON risks BEGIN INSERT INTO risks_search (rowid, code, title, category, cause, event, consequence, controls) VALUES (new.id, new.code, new.title, new.category, new.cause, new.event, new.consequence, new.controls); END;

-- trigger risks_search_update (on risks)
CREATE TRIGGER risks_search_update AFTER UPDATE OF code, title, category, cause, event, consequence, controls ON risks BEGIN INSERT INTO risks_search (risks_search, rowid, code, title, category, cause, event, consequence, controls) VALUES ('delete', old.id, old.code, old.title, old.category, old.cause, old.event, old.consequence, old.controls); INSERT INTO risks_search (rowid, code, title, category, cause, event, consequence, controls) VALUES (new.id, new.code, new.title, new.category, new.cause, new.event, new.consequence, new.controls); END;

-- trigger sla_period_results_measurement_delete (on sla_measurements)
CREATE TRIGGER sla_period_results_measurement_delete AFTER DELETE ON sla_measurements WHEN (SELECT sla_id FROM sla_targets WHERE id = OLD.target_id) IS NOT NULL BEGIN DELETE FROM sla_period_results WHERE sla_id = (SELECT sla_id FROM sla_targets WHERE id = OLD.target_id) AND period = OLD.period; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = (SELECT sla_id FROM sla_targets WHERE id = OLD.target_id) AND m.period = OLD.period GROUP BY t.sla_id, m.period; END;

-- trigger sla_period_results_measurement_insert (on sla_measurements)
CREATE TRIGGER sla_period_results_measurement_insert AFTER INSERT ON sla_measurements WHEN (SELECT sla_id FROM sla_targets WHERE id = NEW.target_id) IS NOT NULL BEGIN DELETE FROM sla_period_results WHERE sla_id = (SELECT sla_id FROM sla_targets WHERE id = NEW.target_id) AND period = NEW.period; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = (SELECT sla_id FROM sla_targets WHERE id = NEW.target_id) AND m.period = NEW.period GROUP BY t.sla_id, m.period; END;

-- trigger sla_period_results_measurement_update (on sla_measurements)
CREATE TRIGGER sla_period_results_measurement_update AFTER UPDATE OF target_id, period, value ON sla_measurements BEGIN DELETE FROM sla_period_results WHERE sla_id = (SELECT sla_id FROM sla_targets WHERE id = OLD.target_id) AND period = OLD.period; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = (SELECT sla_id FROM sla_targets WHERE id = OLD.target_id) AND m.period = OLD.period GROUP BY t.sla_id, m.period; DELETE FROM sla_period_results WHERE sla_id = (SELECT sla_id FROM sla_targets WHERE id = NEW.target_id) AND period = NEW.period; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = (SELECT sla_id FROM sla_targets WHERE id = NEW.target_id) AND m.period = NEW.period GROUP BY t.sla_id, m.period; END;

-- trigger sla_period_results_target_delete (on sla_targets)
CREATE TRIGGER sla_period_results_target_delete AFTER DELETE ON sla_targets WHEN OLD.sla_id IS NOT NULL BEGIN DELETE FROM sla_period_results WHERE sla_id = OLD.sla_id; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = OLD.sla_id GROUP BY t.sla_id, m.period; END;

-- trigger sla_period_results_target_update (on sla_targets)
CREATE TRIGGER sla_period_results_target_update AFTER UPDATE OF sla_id, direction, target, warning ON sla_targets BEGIN DELETE FROM sla_period_results WHERE sla_id = OLD.sla_id; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = OLD.sla_id GROUP BY t.sla_id, m.period; DELETE FROM sla_period_results WHERE sla_id = NEW.sla_id; INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) SELECT t.sla_id, m.period, max((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END)), count(*), sum((CASE WHEN t.direction = 'higher' THEN (CASE WHEN m.value < t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value < t.warning THEN 2 ELSE 1 END) ELSE (CASE WHEN m.value > t.target THEN 3 WHEN t.warning IS NOT NULL AND m.value > t.warning THEN 2 ELSE 1 END) END) = 3) FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id WHERE t.sla_id = NEW.sla_id GROUP BY t.sla_id, m.period; END;
