"""The messages said outside Qt (errors, validation, the command line), by key, in English.

Their translations are in the one catalog (context "Messages"); :func:`desk_assistant.i18n.
translate` renders them. Kept apart from ``i18n`` so that module stays the machinery.
"""

from __future__ import annotations

from desk_assistant.i18n import QT_TRANSLATE_NOOP

# key -> English text; the translations are in the catalog (context "Messages").
MESSAGES: dict[str, str] = {
    # --- script packs -------------------------------------------------------------------
    "pack.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The script pack file cannot be read: {detail}",
    ),
    "pack.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The script pack file is too large ({size} bytes; at most {limit} bytes).",
    ),
    "pack.not_text": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not UTF-8 text; a script pack must be a YAML file.",
    ),
    "pack.version_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "Version {version} of the pack '{pack}' is already stored with other texts. One "
        "version is always one text: raise 'version' in the pack and try again.",
    ),
    "pack.yaml_tab": QT_TRANSLATE_NOOP(
        "Messages",
        "A tab is used to indent this line: indent with spaces only.",
    ),
    "pack.yaml_colon": QT_TRANSLATE_NOOP(
        "Messages",
        "A text here contains a colon followed by a space (': '), or the line is indented "
        "too far: put the text in double quotes, or line it up with the lines above.",
    ),
    "pack.yaml_no_colon": QT_TRANSLATE_NOOP(
        "Messages",
        "A field name here has no colon after it (e.g. 'text:'), or a text runs on without "
        "quotes: add the colon, or put the text in double quotes.",
    ),
    "pack.yaml_indent": QT_TRANSLATE_NOOP(
        "Messages",
        "This line is not indented like the lines around it: line it up with the other "
        "fields of the same item (with spaces), or start a new list item with '- '.",
    ),
    "pack.yaml_quote": QT_TRANSLATE_NOOP(
        "Messages",
        "A quotation mark opened here is never closed: close the text with the same mark.",
    ),
    "pack.yaml_escape": QT_TRANSLATE_NOOP(
        "Messages",
        "A backslash (\\) in a text in double quotes: write it twice, or use single quotes.",
    ),
    "pack.yaml_bracket": QT_TRANSLATE_NOOP(
        "Messages",
        "A bracket or brace opened here is not closed, or a text inside it needs quotes: "
        "close it with ']' or '}}', and put texts with commas in double quotes.",
    ),
    "pack.yaml_alias": QT_TRANSLATE_NOOP(
        "Messages",
        "A '*' here refers to a name never defined with '&': write the text out instead.",
    ),
    "pack.yaml_tag": QT_TRANSLATE_NOOP(
        "Messages",
        "Tags ('!…') and merges ('<<') are not allowed in a pack: write the texts out.",
    ),
    "pack.yaml_reserved": QT_TRANSLATE_NOOP(
        "Messages",
        "A text starts with a character YAML reserves ('@', '`' or '%'): put it in double quotes.",
    ),
    "pack.yaml_value": QT_TRANSLATE_NOOP(
        "Messages",
        "This value cannot be read (a date or number written oddly?): put it in double quotes.",
    ),
    "pack.yaml_other": QT_TRANSLATE_NOOP(
        "Messages",
        "The file cannot be read from here on (a quote, bracket or indentation out of "
        "place?): compare this line with the ones above it.",
    ),
    "pack.duplicate_key": QT_TRANSLATE_NOOP(
        "Messages",
        "'{key}' is written twice in the same item (first on line {first}); only one is "
        "kept: remove one of them.",
    ),
    "pack.kind.text": QT_TRANSLATE_NOOP("Messages", "a text"),
    "pack.kind.whole_number": QT_TRANSLATE_NOOP("Messages", "a whole number"),
    "pack.kind.mapping": QT_TRANSLATE_NOOP("Messages", "a group of fields (name: value)"),
    "pack.kind.list": QT_TRANSLATE_NOOP("Messages", "a list (lines starting with '- ')"),
    "pack.kind.true_false": QT_TRANSLATE_NOOP("Messages", "true or false"),
    "pack.kind.local_text": QT_TRANSLATE_NOOP(
        "Messages", 'a text in each language, like {{id: "…", en: "…"}}'
    ),
    "pack.kind.phase": QT_TRANSLATE_NOOP("Messages", "a phase, like {{id: …, label: …}}"),
    "pack.too_deep": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's structure is nested too deeply (more than {limit} levels).",
    ),
    "pack.not_mapping": QT_TRANSLATE_NOOP(
        "Messages",
        "A script pack must be a mapping (key: value) at the top level.",
    ),
    "pack.missing_field": QT_TRANSLATE_NOOP(
        "Messages",
        "Required field '{field}' is missing.",
    ),
    "pack.wrong_type": QT_TRANSLATE_NOOP(
        "Messages",
        "Field '{field}' must be {expected}.",
    ),
    "pack.unknown_field": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown field '{field}'.",
    ),
    "pack.bad_format_version": QT_TRANSLATE_NOOP(
        "Messages",
        "format_version {found} is not supported (supported: {supported}).",
    ),
    "pack.bad_id": QT_TRANSLATE_NOOP(
        "Messages",
        "Identifier '{value}' is not valid: use lower-case letters, digits, '-' or '_'.",
    ),
    "pack.unknown_language": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown language '{lang}' (known: {known}).",
    ),
    "pack.missing_required_language": QT_TRANSLATE_NOOP(
        "Messages",
        "The pack must include language '{lang}'.",
    ),
    "pack.missing_translation": QT_TRANSLATE_NOOP(
        "Messages",
        "The '{lang}' translation of '{field}' is missing.",
    ),
    "pack.empty_text": QT_TRANSLATE_NOOP(
        "Messages",
        "The '{lang}' text of '{field}' is empty.",
    ),
    "pack.placeholder_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "Placeholders in '{field}' differ between languages: {detail}.",
    ),
    "pack.warning": QT_TRANSLATE_NOOP("Messages", "warning: {text}"),
    "file.not_found": QT_TRANSLATE_NOOP(
        "Messages", "there is no file of that name (check the name and the folder)"
    ),
    "pack.warn_hash": QT_TRANSLATE_NOOP(
        "Messages",
        "A text here has ' #' without quotes: YAML drops everything after it as a note. Put "
        "the text in double quotes if the '#' belongs to it.",
    ),
    "pack.warn_unused_phase": QT_TRANSLATE_NOOP(
        "Messages",
        "No step is in the phase '{phase}': the desk shows it in the progress bar, never reached.",
    ),
    "pack.warn_long": QT_TRANSLATE_NOOP(
        "Messages",
        "'{field}' is {length} characters long; more than {limit} do not fit the desk at "
        "normal text size (the choices would go below the window): shorten it.",
    ),
    "pack.warn_glyph": QT_TRANSLATE_NOOP(
        "Messages",
        "'{field}' contains '{char}', which the desk's font may show as an empty box: "
        "write it in words.",
    ),
    "pack.placeholder_not_here": QT_TRANSLATE_NOOP(
        "Messages",
        "{{{name}}} cannot be used in '{field}': the desk has nothing to put there and would "
        "show the braces as written. Here you may use: {allowed}.",
    ),
    "pack.no_placeholders": QT_TRANSLATE_NOOP("Messages", "no placeholders (text only)"),
    "pack.unknown_placeholder": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown placeholder {{{name}}} in '{field}' (allowed: {allowed}).",
    ),
    "pack.bad_placeholder": QT_TRANSLATE_NOOP(
        "Messages",
        "Braces in '{field}' are unbalanced or malformed.",
    ),
    "pack.duplicate_id": QT_TRANSLATE_NOOP(
        "Messages",
        "Identifier '{value}' is used more than once.",
    ),
    "pack.unknown_phase": QT_TRANSLATE_NOOP(
        "Messages",
        "Phase '{phase}' is not in the list of phases.",
    ),
    "pack.unknown_target": QT_TRANSLATE_NOOP(
        "Messages",
        "Target '{target}' does not exist: no step has that id.",
    ),
    "pack.unknown_start": QT_TRANSLATE_NOOP(
        "Messages",
        "The start step '{target}' does not exist.",
    ),
    "pack.unknown_segment": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown segment '{segment}' (known: {known}).",
    ),
    "pack.unknown_need": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown need '{need}' (known: {known}).",
    ),
    "pack.unknown_outcome": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown outcome '{outcome}' (known: {known}).",
    ),
    "pack.unknown_option": QT_TRANSLATE_NOOP(
        "Messages",
        "Option '{option}' is not in the list of options.",
    ),
    "pack.unreachable_step": QT_TRANSLATE_NOOP(
        "Messages",
        "This step can never be reached from the start step.",
    ),
    "pack.no_way_to_close": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no way from this step to the close (an end step).",
    ),
    "pack.dead_end": QT_TRANSLATE_NOOP(
        "Messages",
        "The step is not an end step but has neither 'next' nor 'choices'.",
    ),
    "pack.end_with_exits": QT_TRANSLATE_NOOP(
        "Messages",
        "An end step may not have 'next' or 'choices'.",
    ),
    "pack.next_and_choices": QT_TRANSLATE_NOOP(
        "Messages",
        "A step may not have both 'next' and 'choices'.",
    ),
    "pack.too_many_choices": QT_TRANSLATE_NOOP(
        "Messages",
        "At most 9 choices per step (keys 1–9); found {count}.",
    ),
    "pack.no_end_step": QT_TRANSLATE_NOOP(
        "Messages",
        "The pack has no end step (end: true).",
    ),
    "pack.no_close_phase_end": QT_TRANSLATE_NOOP(
        "Messages",
        "An end step must be in the last phase ('{phase}').",
    ),
    "pack.empty_list": QT_TRANSLATE_NOOP(
        "Messages",
        "The list '{field}' may not be empty.",
    ),
    "pack.bad_number": QT_TRANSLATE_NOOP(
        "Messages",
        "Value '{field}' must be a whole number from {low} to {high}.",
    ),
    "pack.unavailable_without_options": QT_TRANSLATE_NOOP(
        "Messages",
        "An 'unavailable' step needs the pack's 'options' list and 'unavailable' section.",
    ),
    "pack.follow_up_step_without_option": QT_TRANSLATE_NOOP(
        "Messages",
        "A 'follow_up' step needs an option with 'follow_up: true' (such as call back) and the "
        "pack's 'unavailable' section (the read-back lines).",
    ),
    "pack.unavailable_and_follow_up": QT_TRANSLATE_NOOP(
        "Messages",
        "A step cannot be both 'unavailable' and 'follow_up'.",
    ),
    "pack.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The script pack is not valid ({count} problems); the active pack stays in use.",
    ),
    "pack.where_step": QT_TRANSLATE_NOOP(
        "Messages",
        "step '{step}'",
    ),
    "pack.where_line": QT_TRANSLATE_NOOP(
        "Messages",
        "line {line}",
    ),
    # --- what patrons say of the service --------------------------------------------------
    "feedback.rating_range": QT_TRANSLATE_NOOP(
        "Messages",
        "A rating is 1 to 4 (or no answer).",
    ),
    "skm.already_running": QT_TRANSLATE_NOOP(
        "Messages",
        "A satisfaction survey (SKM) is already running: end it before starting another.",
    ),
    "skm.not_running": QT_TRANSLATE_NOOP(
        "Messages",
        "No satisfaction survey (SKM) is running: the supervisor starts one first.",
    ),
    "skm.no_answer": QT_TRANSLATE_NOOP(
        "Messages",
        "Answer at least one question of the survey (or skip the survey).",
    ),
    "skm.bad_profile": QT_TRANSLATE_NOOP(
        "Messages",
        "That is not one of the choices for '{field}'.",
    ),
    "skm.suggestion_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The suggestion is too long: at most {limit} characters.",
    ),
    "skm.suggestion_contact": QT_TRANSLATE_NOOP(
        "Messages",
        "Please write the suggestion without a phone number, an e-mail address or a card "
        "or ID number: the survey is anonymous. To be contacted, ask the librarian for a "
        "follow-up.",
    ),
    # --- where the database lives ---------------------------------------------------------
    "paths.moved": QT_TRANSLATE_NOOP(
        "Messages",
        "The database, its backups and its records were moved from {old} to {new}, where "
        "this version keeps them (this PC's own folder, not a roaming profile). Nothing was "
        "lost.",
    ),
    "paths.kept_in_place": QT_TRANSLATE_NOOP(
        "Messages",
        "The database at {path} is open in another program (or was not closed cleanly), so "
        "it is used where it is; it moves to this version's folder at a start when it is "
        "closed.",
    ),
    # --- the library server ----------------------------------------------------------------
    "server.unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The library server cannot be reached ({detail}). The desk goes on working; what it "
        "records is sent when the server answers again.",
    ),
    "server.bad_conninfo": QT_TRANSLATE_NOOP(
        "Messages",
        "That is not a connection to a server the desk understands ({detail}). Give a libpq "
        "connection string such as 'host=server dbname=library user=desk1', or a service "
        "such as 'service=library'.",
    ),
    "server.password_in_conninfo": QT_TRANSLATE_NOOP(
        "Messages",
        "A password is never stored with the connection: put it in the pgpass file of the "
        "PC's user (see the README, 'A library with several desks') and leave it out here.",
    ),
    "server.not_initialised": QT_TRANSLATE_NOOP(
        "Messages",
        "The server's Desk Assistant schema is missing or older than this version: run "
        "'desk-assistant server init' as the server's owner first.",
    ),
    "server.no_rights": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk's role on the library server may not do what this version needs: ask "
        "whoever runs the server to run 'desk-assistant server init … --grant ROLE' again "
        "as its owner. Nothing is lost: the records wait here.",
    ),
    "server.not_joined": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk has not joined a library server ('desk-assistant server join').",
    ),
    "server.desk_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "Give this desk's name.",
    ),
    "server.joined": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk now sends its records to the library server as '{desk}'; {queued} records "
        "of its history go up once, in the background.",
    ),
    "server.desk_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "The server already has a desk called '{desk}' with another database. Choose "
        "another name for this desk.",
    ),
    "cli.server_initialised": QT_TRANSLATE_NOOP(
        "Messages",
        "The server's schema is ready (versions applied now: {versions}; rights given to: "
        "{grants}; for reports only, without patrons' contact details: {reports}).",
    ),
    "cli.server_usable": QT_TRANSLATE_NOOP(
        "Messages",
        "The server answers and this desk may use it (schema version {version}); {pending} "
        "records are waiting to be sent.",
    ),
    "cli.server_contacts": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk's role reads patrons' contact details of the library's follow-ups.",
    ),
    "cli.server_no_contacts": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk's role is for reports only: patrons' contact details of other desks' "
        "follow-ups never reach it.",
    ),
    "cli.server_rights_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The server answers, but this desk's role lacks rights: {rights}. Run 'server init "
        "--grant ROLE' as the server's owner.",
    ),
    "cli.server_joined": QT_TRANSLATE_NOOP(
        "Messages",
        "This desk now sends its records to the library server as '{desk}'; {queued} records "
        "of its history are queued to go up once ('desk-assistant sync' sends them now).",
    ),
    "cli.server_erased": QT_TRANSLATE_NOOP(
        "Messages",
        "Contact details erased on the library server for {count} follow-ups ({codes}); "
        "every desk erases them at its next sync.",
    ),
    "cli.sync_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "{code} was not changed: already {status} at {desk} by {by} ({time}). The server's "
        "state is taken here.",
    ),
    "cli.synced": QT_TRANSLATE_NOOP(
        "Messages",
        "Sent {sent} records to the library server ({new} new there; the others had arrived "
        "before); {pending} still waiting.",
    ),
    # --- storage ------------------------------------------------------------------------
    "db.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is in use by another program and locked. Try again in a moment; nothing "
        "was lost.",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged ({detail}). The file was not changed.",
    ),
    "db.not_database": QT_TRANSLATE_NOOP(
        "Messages",
        "The file '{path}' is not a Desk Assistant database.",
    ),
    "db.cannot_open": QT_TRANSLATE_NOOP(
        "Messages",
        "The database '{path}' cannot be opened: {detail}",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is read-only: changes cannot be saved. Check the file's permissions or "
        "the drive. Data already saved is safe.",
    ),
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full: changes cannot be saved. Free some disk space and try again. Data "
        "already saved is safe.",
    ),
    "db.write_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Saving to the database failed: {detail}. Data already saved is safe.",
    ),
    "db.is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "'{path}' is a folder, not a database file. Check --db (or DESK_ASSISTANT_DB). Nothing "
        "was changed.",
    ),
    "db.no_permission": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no permission to read or write the database '{path}'. Check the permissions "
        "of the file and its folder. Nothing was changed.",
    ),
    "db.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "The database '{path}' is open in another Desk Assistant (the application's window, "
        "another desk, or a scheduled task). Close it first, then try again. Nothing was "
        "changed.",
    ),
    "db.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The database '{path}' is not there, though it was before (its record or its backups "
        "are still there). An empty database is not quietly made in its place.",
    ),
    "db.emptied": QT_TRANSLATE_NOOP(
        "Messages",
        "The database '{path}' is empty (0 bytes), though it held records before (its record or "
        "its backups are still there). The file was not changed.",
    ),
    "db.stray_log": QT_TRANSLATE_NOOP(
        "Messages",
        "The journal of the database '{path}' (the -wal file beside it) belongs to another "
        "database. The database was not used and not changed.",
    ),
    "db.other_identity": QT_TRANSLATE_NOOP(
        "Messages",
        "The file '{path}' is a different database from the one that was here before (made on "
        "{created} as '{name}'). Nothing was changed.",
    ),
    "db.shrank": QT_TRANSLATE_NOOP(
        "Messages",
        "The database '{path}' holds fewer interactions than before (last number {now}, before "
        "{before}). Interactions are never deleted, so this file may have been swapped or mixed "
        "with another. Nothing was changed.",
    ),
    "db.restore_hint": QT_TRANSLATE_NOOP(
        "Messages",
        "The newest good backup of this database: {backup}. To restore it: desk-assistant "
        'restore "{backup}"',
    ),
    "db.no_backup_hint": QT_TRANSLATE_NOOP(
        "Messages",
        "No good backup of this database was found.",
    ),
    "db.upgrading": QT_TRANSLATE_NOOP(
        "Messages",
        "Updating the database for the new version of Desk Assistant… This happens once and may "
        "take a few seconds. Every record is kept.",
    ),
    "db.newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was made by a newer version of Desk Assistant.",
    ),
    # --- shifts and interactions -------------------------------------------------------
    "shift.staff_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the librarian's name or initials.",
    ),
    "shift.desk_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the desk name.",
    ),
    "shift.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "'{field}' is too long (at most {limit} characters).",
    ),
    "shift.none_open": QT_TRANSLATE_NOOP(
        "Messages",
        "No shift has been started.",
    ),
    # --- the options checklist and its follow-up ----------------------------------------
    "phone.required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter a phone number.",
    ),
    "phone.letters": QT_TRANSLATE_NOOP(
        "Messages",
        "A phone number may not contain letters.",
    ),
    "phone.characters": QT_TRANSLATE_NOOP(
        "Messages",
        "A phone number may only contain digits, spaces, dashes and a leading +.",
    ),
    "phone.double_zero": QT_TRANSLATE_NOOP(
        "Messages",
        "The 00 prefix (e.g. 0062) is not used: write 0812… or +62 812….",
    ),
    "phone.too_short": QT_TRANSLATE_NOOP(
        "Messages",
        "The phone number is too short.",
    ),
    "phone.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The phone number is too long.",
    ),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a valid phone number. Example: 0812-3456-7890 or (021) 345-6789.",
    ),
    "phone.not_mobile": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a landline: it cannot receive WhatsApp or SMS.",
    ),
    "email.required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter an e-mail address.",
    ),
    "email.no_at": QT_TRANSLATE_NOOP(
        "Messages",
        "An e-mail address needs an @, e.g. name@example.com.",
    ),
    "email.no_domain": QT_TRANSLATE_NOOP(
        "Messages",
        "The e-mail address is incomplete: the domain is missing (e.g. @gmail.com).",
    ),
    "email.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a valid e-mail address.",
    ),
    "form.title_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the title of the requested material.",
    ),
    "form.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "Too long (at most {limit} characters).",
    ),
    "form.no_option": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose at least one option, or record that the patron declined all options.",
    ),
    "form.declined_and_options": QT_TRANSLATE_NOOP(
        "Messages",
        "The patron declined all options, yet some options are ticked.",
    ),
    "form.date_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the promised answer date.",
    ),
    "form.date_past": QT_TRANSLATE_NOOP(
        "Messages",
        "The promised date cannot be in the past.",
    ),
    "form.date_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "The library is closed on {day} ({reason}): promise a day it is open, such as {next}.",
    ),
    "calendar.weekday_closed": QT_TRANSLATE_NOOP("Messages", "not an opening day"),
    "calendar.no_opening_day": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose at least one day of the week the library opens.",
    ),
    "form.name_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the patron's name.",
    ),
    "form.channel_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Choose the preferred way to contact.",
    ),
    "desk.follow_up_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The follow-up promise is not recorded yet: fill in what it is about, the date and the "
        "contact details (with consent), then press Ctrl+Enter.",
    ),
    "desk.next_step_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The patron does not know the next step yet: fill in the options checklist (choose at "
        "least one option, or record that the patron declined all options).",
    ),
    "status.not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "The status cannot change from '{old}' to '{new}'.",
    ),
    "status.reason_required": QT_TRANSLATE_NOOP(
        "Messages",
        "Write the reason: the history must say why this promise is closed or reopened.",
    ),
    "followup.no_contact": QT_TRANSLATE_NOOP(
        "Messages",
        "This follow-up has no contact details (no consent, or already erased).",
    ),
    "demo.real_data": QT_TRANSLATE_NOOP(
        "Messages",
        "This database holds real records; demo data may only be written to a new database or a "
        "demo database.",
    ),
    # --- roles, privacy, data safety -----------------------------------------------------
    "pin.format": QT_TRANSLATE_NOOP(
        "Messages",
        "A PIN must be at least 6 digits, or a passphrase of at least 8 characters.",
    ),
    "pin.choose_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This PIN was made before the new rule (at least 6 digits). Choose a new one now.",
    ),
    "pin.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "This role's PIN is missing from the database, though one was set. The supervisor can "
        "set a new one with the recovery code.",
    ),
    "pin.record_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "This role's PIN was changed outside the application, so it is not used. The supervisor "
        "can set a new one with the recovery code.",
    ),
    "pin.wrong": QT_TRANSLATE_NOOP(
        "Messages",
        "Wrong PIN. Tries left: {remaining}.",
    ),
    "pin.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong PINs: this role is locked for {minutes} minutes.",
    ),
    "shift.desk_not_listed": QT_TRANSLATE_NOOP(
        "Messages",
        "Pick the desk from the library's list of desks (the supervisor keeps it under Privacy "
        "& data → Desks of the library…).",
    ),
    "pin.not_set": QT_TRANSLATE_NOOP(
        "Messages",
        "No PIN has been set for this role yet. The supervisor can set it.",
    ),
    "role.required": QT_TRANSLATE_NOOP(
        "Messages",
        "This needs the '{role}' role. Enter its PIN from the Role menu.",
    ),
    "backup.source_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Backup refused: the current database is damaged ({detail}). Older backups are kept.",
    ),
    "backup.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup failed: {detail}. Older backups are kept.",
    ),
    "backup.bad_file": QT_TRANSLATE_NOOP(
        "Messages",
        "'{path}' is not a good Desk Assistant backup ({detail}); nothing was restored.",
    ),
    "backup.none": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no good backup in {folder}.",
    ),
    "backup.suspect": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup was saved as {file}, but the database now holds fewer interactions (last "
        "number {now}) than the last good backup ({before}). It is marked 'suspect' and removed "
        "no older backup. Check the database before restoring anything.",
    ),
    "backup.other_database": QT_TRANSLATE_NOOP(
        "Messages",
        "'{path}' is a backup of another database ('{name}', made on {created}); nothing was "
        "restored. Add --other-database if that is what you mean.",
    ),
    "backup.unknown_owner": QT_TRANSLATE_NOOP(
        "Messages",
        "'{path}' was made by an older version and does not say which database it belongs to; "
        "nothing was restored. Add --other-database if you are sure it is the right one.",
    ),
    "restore.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore failed: {reason}. The database is as it was.",
    ),
    "restore.finished_after_stop": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore from {backup}, which was interrupted, has been finished.",
    ),
    "restore.undone_after_stop": QT_TRANSLATE_NOOP(
        "Messages",
        "The restore from {backup} stopped before it finished and was undone; the database is "
        "as it was.",
    ),
    "backup.damaged_running": QT_TRANSLATE_NOOP(
        "Messages",
        "Do not force the application closed. Finish what you are doing, close it, and start it "
        "again to restore the newest backup; the damaged file will be kept aside.",
    ),
    # --- the command line's reports (numbers as digits: scheduled tasks log them) --------
    "cli.no_display": QT_TRANSLATE_NOOP(
        "Messages",
        "No display is available to open a window. Run it on a desktop, or without a "
        "display with QT_QPA_PLATFORM=offscreen (for example with --screenshot).",
    ),
    "cli.validated": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: OK — {pack} v{version}, {steps} steps",
    ),
    "cli.imported": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: imported {pack} v{version}",
    ),
    "cli.bad_date": QT_TRANSLATE_NOOP(
        "Messages",
        "'{value}' is not a date: write it as YYYY-MM-DD (e.g. 2026-11-30), a year from "
        "1970 to 2999.",
    ),
    "cli.period_reversed": QT_TRANSLATE_NOOP(
        "Messages",
        "--since ({since}) is after --until ({until}): the first day comes first.",
    ),
    "cli.no_such_value": QT_TRANSLATE_NOOP(
        "Messages",
        "No follow-ups have {what} '{value}'. Known: {known}.",
    ),
    "cli.no_such_value_stats": QT_TRANSLATE_NOOP(
        "Messages",
        "No interactions have {what} '{value}'. Known: {known}.",
    ),
    "library.default": QT_TRANSLATE_NOOP("Messages", "Public Library"),
    "duration.seconds": QT_TRANSLATE_NOOP("Messages", "{s} s"),
    "duration.minutes": QT_TRANSLATE_NOOP("Messages", "{m} min {s} s"),
    "duration.hours": QT_TRANSLATE_NOOP("Messages", "{h} h {m} min"),
    "cli.the_desk": QT_TRANSLATE_NOOP("Messages", "the desk"),
    "cli.the_staff": QT_TRANSLATE_NOOP("Messages", "the staff member"),
    "cli.no_pack": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no pack with id '{pack}'.",
    ),
    "cli.negative": QT_TRANSLATE_NOOP(
        "Messages",
        "--interactions and --followups must not be negative.",
    ),
    "cli.demo_done": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: {interactions} interactions over {days} days, {followups} follow-ups "
        "({seconds} s)",
    ),
    "cli.restored": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: restored from {file}",
    ),
    "cli.kept_aside": QT_TRANSLATE_NOOP(
        "Messages",
        "; the previous database is kept as {aside}",
    ),
    "cli.audit_intact": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit log is intact: {rows} entries checked.",
    ),
    "cli.audit_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit log was changed outside the application: its chain breaks at entry {row}.",
    ),
    "cli.audit_unprotected": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit log's protection (database triggers) was removed outside the application.",
    ),
    "cli.pin_prompt": QT_TRANSLATE_NOOP(
        "Messages",
        "The {role} PIN: ",
    ),
    "cli.pin_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "This command needs the {role} PIN: give --pin-file, or run it in a terminal to be "
        "asked for it.",
    ),
    "cli.pin_file_open": QT_TRANSLATE_NOOP(
        "Messages",
        "The PIN file '{path}' can be read by others, so it is not used. Make it readable by "
        "its owner only (e.g. chmod 600).",
    ),
    "cli.pin_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The PIN file '{path}' cannot be read: {reason}.",
    ),
    "cli.reapplied": QT_TRANSLATE_NOOP(
        "Messages",
        "; {reapplied} erasures made after that backup applied again, {purged} contacts past "
        "their retention erased",
    ),
    "cli.purged": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: contact details cleared from {cleared} follow-ups (closed more than {days} "
        "days ago)",
    ),
    "cli.backed_up": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: backed up to {written}",
    ),
    "cli.exported": QT_TRANSLATE_NOOP(
        "Messages",
        "{output}: {count} rows",
    ),
    "cli.exported_skm": QT_TRANSLATE_NOOP(
        "Messages",
        "{output}: {count} respondents, {since} – {until}",
    ),
    "export.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The export cannot be written to '{path}': {reason}. No file was made.",
    ),
    "file.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "'{path}' cannot be written: {reason}. Whatever was there is unchanged.",
    ),
    "file.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "'{path}' was not written: {reason}. Nothing was changed.",
    ),
    "file.is_device": QT_TRANSLATE_NOOP(
        "Messages",
        "it is a device, not a file",
    ),
    "file.is_database": QT_TRANSLATE_NOOP(
        "Messages",
        "it is a database file",
    ),
    "file.system_said": QT_TRANSLATE_NOOP(
        "Messages",
        "the system said: {detail}",
    ),
    "export.no_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "the folder does not exist",
    ),
    "export.no_permission": QT_TRANSLATE_NOOP(
        "Messages",
        "there is no permission to write there",
    ),
    "export.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "the disk is full",
    ),
    "export.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "the drive is read-only",
    ),
    "export.is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "it is a folder",
    ),
    "export.sheet_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "This call sheet would hold {count} follow-ups; a PDF takes at most {limit}. Narrow the "
        "filter (overdue only, say), or export to XLSX or CSV.",
    ),
    "export.period_reversed": QT_TRANSLATE_NOOP(
        "Messages",
        "The 'since' date ({since}) is after the 'until' date ({until}).",
    ),
    "db.not_found": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no database at '{path}'. Check --db (or DESK_ASSISTANT_DB); a new database is "
        "made only when the application is opened on screen.",
    ),
    "text.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "This text holds a broken character (perhaps from a cut-off paste); type it again.",
    ),
    "privacy.nothing_found": QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing is held for that search.",
    ),
    # --- generic ------------------------------------------------------------------------
    "error.unexpected": QT_TRANSLATE_NOOP(
        "Messages",
        "Something went wrong. Nothing was lost; the details are in the log file.",
    ),
}
