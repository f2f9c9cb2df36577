"""Use cases that join the domain and storage; no Qt here."""
