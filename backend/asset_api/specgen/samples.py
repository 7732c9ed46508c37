"""A spec example as an HTTP exchange, and as ready-to-copy curl, Python, JavaScript and Java
code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode, urlsplit

from asset_api.specgen.spec import PATH_PARAM, Spec


@dataclass(frozen=True)
class ExampleRequest:
    method: str
    url: str  # domain + path, without the query string
    query: dict[str, Any]
    headers: dict[str, str]
    body: dict[str, Any] | None
    form: bool  # the body is application/x-www-form-urlencoded, not JSON

    @property
    def full_url(self) -> str:
        return f"{self.url}?{urlencode(self.query)}" if self.query else self.url

    @property
    def encoded_body(self) -> str:
        if self.body is None:
            return ""
        return urlencode(self.body) if self.form else to_json(self.body)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def example_request(spec: Spec, domain: str, example: dict[str, Any]) -> ExampleRequest:
    request = example.get("request") or {}
    path_values = request.get("path") or {}
    path = PATH_PARAM.sub(lambda m: str(path_values.get(m.group(1), m.group(0))), spec.path)
    headers = dict(request.get("header") or {})
    body = request.get("body")
    if body is not None and not any(name.lower() == "content-type" for name in headers):
        # Without it curl would send JSON labelled as a form; say what the spec says.
        headers = {"content-type": spec.content_type, **headers}
    return ExampleRequest(
        method=spec.method,
        url=domain + path,
        query=request.get("query") or {},
        headers=headers,
        body=body,
        form=spec.is_form,
    )


def http_request_text(request: ExampleRequest) -> str:
    """The request as it goes over the wire (HTTP/1.1 message)."""
    parts = urlsplit(request.full_url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [f"{request.method} {target} HTTP/1.1", f"Host: {parts.netloc}"]
    lines += [f"{name}: {value}" for name, value in request.headers.items()]
    if request.body is not None:
        lines += ["", request.encoded_body]
    return "\n".join(lines)


def http_response_text(response: dict[str, Any]) -> str:
    status = response["status"]
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}"]
    lines += [f"{name}: {value}" for name, value in (response.get("header") or {}).items()]
    if response.get("body") is not None:
        lines += ["", to_json(response["body"])]
    return "\n".join(lines)


# --- code samples --------------------------------------------------------------------------

SAMPLE_KINDS = ("curl", "python", "javascript", "java")


def http_samples(request: ExampleRequest, has_json_response: bool, name: str) -> dict[str, str]:
    """Every kind of sample of one request; `name` (a spec id) names the Java class."""
    return {
        "curl": curl_sample(request),
        "python": python_sample(request, has_json_response),
        "javascript": javascript_sample(request, has_json_response),
        "java": java_sample(request, java_class_name(name)),
    }


def curl_sample(request: ExampleRequest) -> str:
    method = "" if request.method == "GET" else f"-X {request.method} "
    lines = [f"curl {method}{_shell_quote(request.full_url)}"]
    lines += [f"  -H {_shell_quote(f'{name}: {value}')}" for name, value in request.headers.items()]
    if request.body is not None and request.form:
        lines += [
            f"  --data-urlencode {_shell_quote(f'{key}={value}')}"
            for key, value in request.body.items()
        ]
    elif request.body is not None:
        lines.append(f"  --data-raw {_shell_quote(_indent_tail(to_json(request.body), 2))}")
    return " \\\n".join(lines)


def python_sample(request: ExampleRequest, has_json_response: bool) -> str:
    arguments = [f"    {_py_literal(request.url)},"]
    if request.headers:
        arguments.append(f"    headers={_py_literal(request.headers, 1)},")
    if request.query:
        arguments.append(f"    params={_py_literal(request.query, 1)},")
    if request.body is not None:
        keyword = "data" if request.form else "json"
        arguments.append(f"    {keyword}={_py_literal(request.body, 1)},")
    result = "response.json()" if has_json_response else "response.text"
    return "\n".join(
        [
            "import httpx",
            "",
            f"response = httpx.{request.method.lower()}(",
            *arguments,
            ")",
            f"print(response.status_code, {result})",
        ]
    )


def javascript_sample(request: ExampleRequest, has_json_response: bool) -> str:
    lines = []
    if request.query:
        lines += [
            f"const url = new URL({json.dumps(request.url)});",
            f"url.search = new URLSearchParams({_indent_tail(to_json(request.query), 0)});",
            "",
        ]
        target = "url"
    else:
        target = json.dumps(request.url)
    options = [f'  method: "{request.method}",']
    if request.headers:
        options.append(f"  headers: {_indent_tail(to_json(request.headers), 2)},")
    if request.body is not None:
        body = _indent_tail(to_json(request.body), 2)
        wrapper = "new URLSearchParams" if request.form else "JSON.stringify"
        options.append(f"  body: {wrapper}({body}),")
    result = "await response.json()" if has_json_response else "await response.text()"
    lines += [
        f"const response = await fetch({target}, {{",
        *options,
        "});",
        f"console.log(response.status, {result});",
    ]
    return "\n".join(lines)


def java_class_name(spec_id: str) -> str:
    """`daily-prices` -> `DailyPrices`: the class, and so the file name (`DailyPrices.java`)."""
    return "".join(part.capitalize() for part in spec_id.split("-"))


JAVA_TEMPLATE = """\
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class {name} {{
    public static void main(String[] args) throws Exception {{
{body}        HttpRequest request = HttpRequest.newBuilder()
            .uri(URI.create({url}))
{headers}            .{call}
            .build();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }}
}}"""


def java_sample(request: ExampleRequest, class_name: str) -> str:
    """One self-contained class for `java {class_name}.java` (JDK 11+: java.net.http, no text
    blocks, no library); non-ASCII characters escaped, so the file compiles whatever the
    platform's encoding (MS949 on a Korean Windows)."""
    body = ""
    if request.body is None:
        publisher = "HttpRequest.BodyPublishers.noBody()"
    else:
        lines = [_java_string(line) for line in request.encoded_body.split("\n")]
        if len(lines) == 1:
            body = f"        String body = {lines[0]};\n"
        else:
            joined = ",\n".join(f"            {line}" for line in lines)
            body = f'        String body = String.join("\\n",\n{joined});\n'
        publisher = "HttpRequest.BodyPublishers.ofString(body)"
    if request.method == "GET":
        call = "GET()"
    elif request.method in ("POST", "PUT"):
        call = f"{request.method}({publisher})"
    else:
        call = f'method("{request.method}", {publisher})'
    headers = "".join(
        f"            .header({_java_string(name)}, {_java_string(str(value))})\n"
        for name, value in request.headers.items()
    )
    return JAVA_TEMPLATE.format(
        name=class_name,
        body=body,
        url=_java_string(request.full_url),
        headers=headers,
        call=call,
    )


def _java_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in escaped) + '"'


def _shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _indent_tail(text: str, spaces: int) -> str:
    """Indent every line but the first, for a literal that continues an indented line."""
    return text.replace("\n", "\n" + " " * spaces)


def _py_literal(value: Any, level: int = 0) -> str:
    """A Python literal of JSON data, one item per line like ruff would format it."""
    inner = "    " * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{_py_literal(k)}: {_py_literal(v, level + 1)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + "\n" + "    " * level + "}" if items else "{}"
    if isinstance(value, list):
        items = [f"{inner}{_py_literal(v, level + 1)}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + "    " * level + "]" if items else "[]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value, ensure_ascii=False)  # a JSON string or number is a Python literal


WEBSOCKET_PYTHON = """\
import asyncio
import json

import httpx
import websockets

APPKEY = "{appkey}"
SECRETKEY = "{secretkey}"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.post(
            "{http_domain}/asset-erp/v1/get-approval",
            json={{"grant_type": "client_credentials", "appkey": APPKEY, "secretkey": SECRETKEY}},
        )
    approval_key = response.json()["approval_key"]
    last_seq = None
    while True:
        try:
            async with websockets.connect("{ws_url}") as ws:
                request = {{"tr_id": "{tr_id}", "tr_key": "{tr_key}"}}
                if last_seq is not None:
                    request["last_seq"] = last_seq  # 끊긴 동안의 이벤트부터 받습니다
                await ws.send(json.dumps({{
                    "header": {{"approval_key": approval_key, "tr_type": "1",
                               "content-type": "utf-8"}},
                    "body": {{"input": request}},
                }}))
                async for text in ws:
                    frame = json.loads(text)
                    header = frame["header"]
                    if header["tr_id"] == "PINGPONG":
                        await ws.send(text)  # 받은 그대로 돌려보냅니다
                    elif "seq" in header:
                        last_seq = header["seq"]
                        print(header["tr_id"], header["seq"], frame["body"])
                    elif frame["body"]["return_code"] != 0:
                        raise SystemExit(frame["body"]["return_msg"])
                    else:
                        print("등록", header["tr_id"], header["tr_key"])
        except (websockets.ConnectionClosed, OSError):
            await asyncio.sleep(1)  # 다시 연결해 last_seq부터 이어 받습니다


asyncio.run(main())"""

WEBSOCKET_JAVASCRIPT = """\
const response = await fetch("{http_domain}/asset-erp/v1/get-approval", {{
  method: "POST",
  headers: {{ "content-type": "application/json" }},
  body: JSON.stringify({{
    grant_type: "client_credentials",
    appkey: "{appkey}",
    secretkey: "{secretkey}",
  }}),
}});
const {{ approval_key }} = await response.json();
let lastSeq = null;

function connect() {{
  const ws = new WebSocket("{ws_url}");
  ws.onopen = () => {{
    const input = {{ tr_id: "{tr_id}", tr_key: "{tr_key}" }};
    if (lastSeq !== null) input.last_seq = lastSeq; // 끊긴 동안의 이벤트부터 받습니다
    ws.send(JSON.stringify({{
      header: {{ approval_key, tr_type: "1", "content-type": "utf-8" }},
      body: {{ input }},
    }}));
  }};
  ws.onmessage = (message) => {{
    const frame = JSON.parse(message.data);
    if (frame.header.tr_id === "PINGPONG") {{
      ws.send(message.data); // 받은 그대로 돌려보냅니다
    }} else if ("seq" in frame.header) {{
      lastSeq = frame.header.seq;
      console.log(frame.header.tr_id, frame.header.seq, frame.body);
    }} else if (frame.body.return_code !== 0) {{
      console.error(frame.body.return_msg);
    }} else {{
      console.log("등록", frame.header.tr_id, frame.header.tr_key);
    }}
  }};
  ws.onclose = () => setTimeout(connect, 1000); // 다시 연결해 lastSeq부터 이어 받습니다
}}

connect();"""


WEBSOCKET_JAVA = """\
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class {class_name} {{
    static final String APPKEY = "{appkey}";
    static final String SECRETKEY = "{secretkey}";
    static volatile String lastSeq = null;

    public static void main(String[] args) throws Exception {{
        HttpClient client = HttpClient.newHttpClient();
        String grant = "{{\\"grant_type\\": \\"client_credentials\\", \\"appkey\\": \\"" + APPKEY
            + "\\", \\"secretkey\\": \\"" + SECRETKEY + "\\"}}";
        String approval = client.send(HttpRequest.newBuilder()
                .uri(URI.create("{http_domain}/asset-erp/v1/get-approval"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(grant))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String approvalKey = field(approval, "approval_key");
        while (true) {{
            CompletableFuture<Void> closed = new CompletableFuture<>();
            try {{
                WebSocket ws = client.newWebSocketBuilder()
                    .buildAsync(URI.create("{ws_url}"), new Listener(closed)).join();
                String input = "{{\\"tr_id\\": \\"{tr_id}\\", \\"tr_key\\": \\"{tr_key}\\""
                    + (lastSeq == null ? "" : ", \\"last_seq\\": " + lastSeq) + "}}";
                ws.sendText("{{\\"header\\": {{\\"approval_key\\": \\"" + approvalKey
                    + "\\", \\"tr_type\\": \\"1\\", \\"content-type\\": \\"utf-8\\"}}, "
                    + "\\"body\\": {{\\"input\\": " + input + "}}}}", true);
                closed.join();
            }} catch (Exception e) {{
                System.err.println(e);
            }}
            Thread.sleep(1000);
        }}
    }}

    // A JSON library (Jackson, Gson) reads frames better; this keeps the sample to the JDK.
    static String field(String json, String name) {{
        String value = "\\"" + name + "\\"\\\\s*:\\\\s*\\"?([^\\",}}]*)";
        Matcher m = Pattern.compile(value).matcher(json);
        return m.find() ? m.group(1) : null;
    }}

    static class Listener implements WebSocket.Listener {{
        final CompletableFuture<Void> closed;
        final StringBuilder text = new StringBuilder();

        Listener(CompletableFuture<Void> closed) {{
            this.closed = closed;
        }}

        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {{
            text.append(data);
            if (last) {{
                String frame = text.toString();
                text.setLength(0);
                if ("PINGPONG".equals(field(frame, "tr_id"))) {{
                    ws.sendText(frame, true);
                }} else if (field(frame, "seq") != null) {{
                    lastSeq = field(frame, "seq");
                    System.out.println(frame);
                }} else if (!"0".equals(field(frame, "return_code"))) {{
                    System.err.println(field(frame, "return_msg"));
                    System.exit(1);
                }} else {{
                    String stream = field(frame, "tr_id") + " " + field(frame, "tr_key");
                    System.out.println("subscribed " + stream);
                }}
            }}
            ws.request(1);
            return null;
        }}

        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {{
            closed.complete(null);
            return null;
        }}

        public void onError(WebSocket ws, Throwable error) {{
            closed.complete(null);
        }}
    }}
}}"""

PLACEHOLDER_CREDENTIALS = {"appkey": "발급받은 appkey", "secretkey": "발급받은 secretkey"}


def websocket_samples(
    *,
    http_domain: str,
    ws_url: str,
    tr_id: str,
    tr_key: str,
    appkey: str = PLACEHOLDER_CREDENTIALS["appkey"],
    secretkey: str = PLACEHOLDER_CREDENTIALS["secretkey"],
    name: str = "realtime",
) -> dict[str, str]:
    """The realtime samples: an approval key, one subscription, PINGPONG echoed, a reconnect
    that resumes from the last seq received. The Java one keeps to ASCII (see java_sample)."""
    values = {"http_domain": http_domain, "ws_url": ws_url, "tr_id": tr_id, "tr_key": tr_key,
              "appkey": appkey, "secretkey": secretkey}  # fmt: skip
    java_values = {k: _java_string(v)[1:-1] for k, v in values.items()}
    for key, placeholder in PLACEHOLDER_CREDENTIALS.items():
        if values[key] == placeholder:  # escaped Korean reads badly: an ASCII placeholder
            java_values[key] = f"YOUR_{key.upper()}"
    return {
        "python": WEBSOCKET_PYTHON.format(**values),
        "javascript": WEBSOCKET_JAVASCRIPT.format(**values),
        "java": WEBSOCKET_JAVA.format(class_name=java_class_name(name), **java_values),
    }
