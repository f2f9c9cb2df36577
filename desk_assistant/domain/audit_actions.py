"""What the audit log's actions are called on screen (English; translated in the catalog).
An action not listed here is shown by its code."""

from __future__ import annotations

from desk_assistant.i18n import QT_TRANSLATE_NOOP

AUDIT_ACTION_LABELS = {
    "export": QT_TRANSLATE_NOOP("Labels", "Export"),
    "reveal": QT_TRANSLATE_NOOP("Labels", "Contact details shown"),
    "pin_set": QT_TRANSLATE_NOOP("Labels", "PIN set"),
    "pin_reset": QT_TRANSLATE_NOOP("Labels", "PIN reset with the recovery code"),
    "pin_failed": QT_TRANSLATE_NOOP("Labels", "Wrong PIN"),
    "role_unlock": QT_TRANSLATE_NOOP("Labels", "Role unlocked"),
    "role_locked": QT_TRANSLATE_NOOP("Labels", "Role locked"),
    "settings_change": QT_TRANSLATE_NOOP("Labels", "Setting changed"),
    "setup_postponed": QT_TRANSLATE_NOOP("Labels", "First-run setup put off"),
    "script_publish": QT_TRANSLATE_NOOP("Labels", "Script made active"),
    "script_import": QT_TRANSLATE_NOOP("Labels", "Script imported"),
    "patron_access_export": QT_TRANSLATE_NOOP("Labels", "A patron's data exported for them"),
    "retention_run": QT_TRANSLATE_NOOP("Labels", "Contact details erased (retention)"),
    "erasure": QT_TRANSLATE_NOOP("Labels", "Contact details erased (request)"),
    "backup": QT_TRANSLATE_NOOP("Labels", "Backup"),
    "restore": QT_TRANSLATE_NOOP("Labels", "Restore"),
    "skm_started": QT_TRANSLATE_NOOP("Labels", "Satisfaction survey (SKM) started"),
    "skm_ended": QT_TRANSLATE_NOOP("Labels", "Satisfaction survey (SKM) ended"),
}

# What the entries' details are called on screen (a name not listed shows as it is).
AUDIT_DETAIL_LABELS = {
    "what": QT_TRANSLATE_NOOP("Labels", "what"),
    "format": QT_TRANSLATE_NOOP("Labels", "format"),
    "rows": QT_TRANSLATE_NOOP("Labels", "rows"),
    "since": QT_TRANSLATE_NOOP("Labels", "from"),
    "until": QT_TRANSLATE_NOOP("Labels", "to"),
    "filters": QT_TRANSLATE_NOOP("Labels", "filters"),
    "masked": QT_TRANSLATE_NOOP("Labels", "masked"),
    "role": QT_TRANSLATE_NOOP("Labels", "role"),
    "code": QT_TRANSLATE_NOOP("Labels", "code"),
    "followups": QT_TRANSLATE_NOOP("Labels", "follow-ups"),
    "why": QT_TRANSLATE_NOOP("Labels", "why"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "purpose"),
    "version": QT_TRANSLATE_NOOP("Labels", "version"),
    "pack": QT_TRANSLATE_NOOP("Labels", "script"),
    "source": QT_TRANSLATE_NOOP("Labels", "source"),
    "library_name": QT_TRANSLATE_NOOP("Labels", "library name"),
    "this_pc_desk": QT_TRANSLATE_NOOP("Labels", "this PC's desk"),
    "desks": QT_TRANSLATE_NOOP("Labels", "desks"),
    "retention_days": QT_TRANSLATE_NOOP("Labels", "days contact details are kept"),
    "backup": QT_TRANSLATE_NOOP("Labels", "backup"),
    "backup_dir": QT_TRANSLATE_NOOP("Labels", "backup folder"),
    "calendar_day": QT_TRANSLATE_NOOP("Labels", "calendar day"),
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "note": QT_TRANSLATE_NOOP("Labels", "note"),
    "opening_days": QT_TRANSLATE_NOOP("Labels", "opening days"),
    "cuti_bersama_closes": QT_TRANSLATE_NOOP("Labels", "closed on cuti bersama"),
    "day_back_to_rules": QT_TRANSLATE_NOOP("Labels", "back to the rules"),
    "desk": QT_TRANSLATE_NOOP("Labels", "desk"),
    "staff": QT_TRANSLATE_NOOP("Labels", "staff"),
    "segment": QT_TRANSLATE_NOOP("Labels", "segment"),
    "language": QT_TRANSLATE_NOOP("Labels", "language"),
    "need": QT_TRANSLATE_NOOP("Labels", "need"),
    "statuses": QT_TRANSLATE_NOOP("Labels", "statuses"),
    "when": QT_TRANSLATE_NOOP("Labels", "when due"),
    "search": QT_TRANSLATE_NOOP("Labels", "search"),
    "created_since": QT_TRANSLATE_NOOP("Labels", "created from"),
    "created_until": QT_TRANSLATE_NOOP("Labels", "created to"),
    "flagged_only": QT_TRANSLATE_NOOP("Labels", "flagged only"),
}
# What the codes of some details name: an export's "what", a filter's "when".
AUDIT_VALUE_LABELS = {
    "what": {
        "followups": QT_TRANSLATE_NOOP("Labels", "follow-up list"),
        "stats": QT_TRANSLATE_NOOP("Labels", "statistics"),
        "report": QT_TRANSLATE_NOOP("Labels", "report"),
        "audit": QT_TRANSLATE_NOOP("Labels", "audit log"),
    },
    "when": {
        "overdue": QT_TRANSLATE_NOOP("Labels", "overdue"),
        "today": QT_TRANSLATE_NOOP("Labels", "due today"),
        "upcoming": QT_TRANSLATE_NOOP("Labels", "due later"),
    },
}
YES_NO = (QT_TRANSLATE_NOOP("Labels", "yes"), QT_TRANSLATE_NOOP("Labels", "no"))
