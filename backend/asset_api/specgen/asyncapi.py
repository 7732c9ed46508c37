"""asyncapi.json (AsyncAPI 3.0) of the websocket specs: the machine-readable twin of their
reference pages, from the same rows. Each message's payload schema is inline (the frames are
small and each is read on its own); the field constraints are openapi.json's."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from asset_api import __version__
from asset_api.specgen.openapi import field_schema
from asset_api.specgen.schemas import FieldDef, attribute_name
from asset_api.specgen.spec import Message, Row, Spec, SpecSet

WEBSOCKET_SCHEMES = {"https": "wss", "http": "ws"}


def websocket_domain(domain: str) -> str:
    """wss://host for https://host (and ws:// for http://), as the 기본정보 table shows it."""
    parts = urlsplit(domain)
    return f"{WEBSOCKET_SCHEMES.get(parts.scheme, parts.scheme)}://{parts.netloc}"


def build_asyncapi(spec_set: SpecSet) -> dict[str, Any]:
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for spec in spec_set.websocket_specs:
        channel = _channel_name(spec)
        channels[channel] = {
            "address": spec.path,
            "title": spec.title,
            "description": spec.overview.strip(),
            "messages": {
                m.id: {"$ref": f"#/components/messages/{_message_name(spec, m)}"}
                for m in spec.messages
            },
        }
        for message in spec.messages:
            name = _message_name(spec, message)
            messages[name] = _message(message)
            operations[f"{message.direction}-{name}"] = {
                "action": message.direction,
                "channel": {"$ref": f"#/channels/{channel}"},
                "title": message.title,
                "messages": [{"$ref": f"#/channels/{channel}/messages/{message.id}"}],
            }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Asset-API 실시간",
            "version": __version__,
            "description": "실시간 웹소켓의 프레임입니다. 사람이 읽는 레퍼런스는 문서 사이트의 "
            "실시간 페이지를, REST API는 openapi.json을 보십시오.",
        },
        "defaultContentType": "application/json",
        "servers": {
            env: {
                "host": urlsplit(spec_set.domains[env]).netloc,
                "protocol": websocket_domain(spec_set.domains[env]).split(":", 1)[0],
                "description": label,
            }
            for env, label in (("real", "실전"), ("mock", "모의"))
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages},
    }


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _channel_name(spec: Spec) -> str:
    return spec.id


def _message_name(spec: Spec, message: Message) -> str:
    return f"{spec.id}-{message.id}"


def _message(message: Message) -> dict[str, Any]:
    properties = {}
    required = []
    for part, rows in (("header", message.header), ("body", message.body)):
        if rows:
            properties[part] = _object_schema(rows, strict=message.direction == "send")
            required.append(part)
    return {
        "name": message.id,
        "title": message.title,
        "summary": message.description.strip().split("\n")[0],
        "contentType": "application/json",
        "payload": {"type": "object", "required": required, "properties": properties},
        "examples": [{"name": message.id, "payload": message.example}],
    }


def _object_schema(rows: tuple[Row, ...], *, strict: bool) -> dict[str, Any]:
    return {
        "type": "object",
        "required": [row.element for row in rows if row.required],
        "properties": {row.element: _row_schema(row, strict=strict) for row in rows},
    }


def _row_schema(row: Row, *, strict: bool) -> dict[str, Any]:
    if row.type == "Object":
        schema = _object_schema(row.fields, strict=strict)
    elif row.type == "Object Array":
        schema = {"type": "array", "items": _object_schema(row.fields, strict=strict)}
    else:
        # What clients send is held to its lengths; what the server sends, as in openapi.json,
        # only documents them.
        return field_schema(FieldDef(row, attribute_name(row.element), None, request_side=strict))
    return {"title": row.name, "description": row.description, **schema}
