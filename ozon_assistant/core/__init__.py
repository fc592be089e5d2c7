"""Shared types, settings, paths and errors. Standard library only (plus platformdirs):
everything else in the app stands on this package, so it must import fast and never pull Qt."""
