-- Calendar.sqlitedb (Apple's CalendarDatabase, shared by iOS and macOS) in a recent version: CalendarItem with the
-- action column and a Participant table with phone_number. The tables a calendar event needs; the change-tracking
-- and cache tables are left out.
CREATE TABLE Store (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, notes TEXT, default_alarm_offset INTEGER,
    type INTEGER, constraint_path TEXT, disabled INTEGER, external_id TEXT, persistent_id TEXT, flags INTEGER,
    creator_bundle_id TEXT, creator_code_signing_identity TEXT, only_creator_can_modify INTEGER,
    external_mod_tag TEXT, preferred_event_private_value INTEGER, strictest_event_private_value INTEGER);
CREATE TABLE Calendar (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, store_id INTEGER, title TEXT, flags INTEGER,
    color TEXT, symbolic_color_name TEXT, color_is_display INTEGER, type TEXT, supported_entity_types INTEGER,
    external_id TEXT, external_mod_tag TEXT, external_id_tag TEXT, external_rep BLOB, display_order INTEGER,
    UUID TEXT, shared_owner_name TEXT, shared_owner_address TEXT, sharing_status INTEGER,
    sharing_invitation_response INTEGER, published_URL TEXT, is_published INTEGER, invitation_status INTEGER,
    sync_token TEXT, self_identity_id INTEGER, self_identity_email TEXT, self_identity_phone_number TEXT,
    owner_identity_id INTEGER, owner_identity_email TEXT, owner_identity_phone_number TEXT, notes TEXT);
CREATE TABLE CalendarItem (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, summary TEXT, location_id INTEGER,
    client_location_id INTEGER, description TEXT, start_date REAL, start_tz TEXT, end_date REAL, end_tz TEXT,
    all_day INTEGER, calendar_id INTEGER, orig_item_id INTEGER, orig_date REAL, organizer_id INTEGER,
    self_attendee_id INTEGER, status INTEGER, invitation_status INTEGER, availability INTEGER,
    privacy_level INTEGER, url TEXT, last_modified REAL, sequence_num INTEGER, birthday_id INTEGER,
    modified_properties INTEGER, external_tracking_status INTEGER, external_id TEXT, external_mod_tag TEXT,
    unique_identifier TEXT, external_schedule_id TEXT, external_rep BLOB, response_comment TEXT,
    last_synced_response_comment TEXT, hidden INTEGER, has_recurrences INTEGER, has_attachment INTEGER,
    has_attendees INTEGER, UUID TEXT, entity_type INTEGER, priority INTEGER, due_date REAL, due_tz TEXT,
    due_all_day INTEGER, completion_date REAL, creation_date REAL, action TEXT, app_link BLOB,
    display_order INTEGER, created_by_id INTEGER, modified_by_id INTEGER, shared_item_created_date REAL,
    shared_item_created_tz TEXT, shared_item_modified_date REAL, shared_item_modified_tz TEXT,
    invitation_changed_properties INTEGER, default_alarm_removed INTEGER, phantom_master INTEGER,
    participation_status_modified_date REAL, calendar_scale TEXT, travel_time INTEGER,
    travel_advisory_behavior INTEGER, start_location_id INTEGER, end_location_id INTEGER,
    suggested_event_info_id INTEGER, first_alert_date REAL, proposed_start_date REAL, can_forward INTEGER,
    location_prediction_state INTEGER, fired_ttl INTEGER, disallow_propose_new_time INTEGER,
    structured_data BLOB, local_structured_data BLOB, junk_status INTEGER, conference_url TEXT);
CREATE TABLE Participant (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, entity_type INTEGER, type INTEGER,
    status INTEGER, pending_status INTEGER, role INTEGER, identity_id INTEGER, owner_id INTEGER,
    external_rep BLOB, UUID TEXT, email TEXT, phone_number TEXT, is_self INTEGER, comment TEXT,
    schedule_agent INTEGER, flags INTEGER, last_modified REAL, proposed_start_date REAL, invited_by TEXT,
    proposed_start_date_status INTEGER, schedule_status INTEGER, schedule_force_send INTEGER,
    comment_last_modified REAL);
CREATE TABLE Identity (display_name TEXT, address TEXT, first_name TEXT, last_name TEXT,
    UNIQUE (display_name, address, first_name, last_name));
CREATE INDEX ParticipantOwnerId ON Participant(owner_id);
CREATE INDEX ParticipantEmail ON Participant(email);
CREATE INDEX EventUUID ON CalendarItem(UUID);
INSERT INTO Store (ROWID, name, type) VALUES (1, 'iCloud', 1);
INSERT INTO Calendar (ROWID, store_id, title, UUID) VALUES (1, 1, 'Home', '5B1F0C8E-7A04-4F55-9F43-2C1A5D9E0001');
