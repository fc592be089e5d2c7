"""Sending replies by e-mail: the send dialog, the accounts and the outbox."""
