"""Data files the application ships (script packs, translation catalogs), packaged as
``desk_assistant.resources``; read them through :func:`desk_assistant.resource.resource`."""
