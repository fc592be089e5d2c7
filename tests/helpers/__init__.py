"""Helpers shared by test modules of several folders (a test module never imports another's)."""
