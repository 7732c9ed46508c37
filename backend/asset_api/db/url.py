"""Which database a process uses: DATABASE_URL when set, else the embedded cluster."""

from asset_api.settings import Settings


def resolve_database_url(settings: Settings) -> str:
    if settings.database_url:
        return settings.database_url
    from asset_api.db.embedded import embedded_database_url  # starts the cluster: only if used

    return embedded_database_url(settings.data_dir)
