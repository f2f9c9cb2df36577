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
}
