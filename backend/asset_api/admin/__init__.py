"""Admin access and management: admins and their sessions, API users, their grants and keys,
usage, the audit log. Every change is one service function here that writes its audit row in
the same transaction; the admin API (routes/) and the CLI both call it."""
