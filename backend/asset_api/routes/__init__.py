"""One router per resource; this list wires them into the app."""

from asset_api.routes import (
    accounts,
    admin_activity,
    admin_keys,
    admin_session,
    admin_users,
    health,
    instruments,
)

ROUTERS = [
    health.router,
    accounts.router,
    instruments.router,
    admin_session.router,
    admin_users.router,
    admin_keys.router,
    admin_activity.router,
]
