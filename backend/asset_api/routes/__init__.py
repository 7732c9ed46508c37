"""One router per resource; this list wires them into the app."""

from asset_api.routes import (
    accounts,
    admin_activity,
    admin_keys,
    admin_session,
    admin_users,
    auth,
    health,
    instruments,
    oauth2,
)

ROUTERS = [
    health.router,
    accounts.router,
    instruments.router,
    auth.router,
    oauth2.router,
    admin_session.router,
    admin_users.router,
    admin_keys.router,
    admin_activity.router,
]
