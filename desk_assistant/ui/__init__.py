"""The Qt user interface: the only package that imports PySide6."""

# The window's views, in tab order; a screenshot may also show the patron screen.
VIEWS = ("desk", "followups", "reports", "scripts")
SCREENSHOT_VIEWS = (*VIEWS, "patron")
