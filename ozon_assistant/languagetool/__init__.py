"""LanguageTool as a finding source: a local installation, the seller's own server, or (opt-in)
the public API. Everything here talks plain HTTP to LanguageTool's ``/v2`` API, so the three modes
share one client and one set of tests; :mod:`.local` only starts and stops a server process.
"""
