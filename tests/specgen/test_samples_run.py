"""Every code sample on the public reference pages, run as a reader would run it.

The samples are the pages' own text (what docs.endpoint_context and docs.websocket_context put
on them). `asset-api serve` runs on a free port with the demo dataset; in each sample the real
domain is swapped for the server's address, and the example's placeholders (appkey, secretkey,
token, HTTP Basic credentials, account number) for a fresh key of a user who sees every
account, a live token of it and a demo account. Each sample gets its own key, so the revoking
ones revoke nothing another sample needs.

curl runs in bash, Python in this interpreter (httpx and websockets are dependencies),
JavaScript in node as an ES module (the samples await at top level), Java compiled once by
javac and run in one JVM, each class's main in turn with its output in a file of its own (what
`java File.java` does per file, without a JVM start-up and an in-memory compile for each: about
a second apiece). The realtime samples reconnect forever: each runs in a process of its own
until it prints that its subscription was registered.
"""

import base64
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest

from asset_api.ingest.demo import load_demo
from asset_api.specgen import docs
from asset_api.specgen.asyncapi import websocket_domain
from asset_api.specgen.samples import PLACEHOLDER_CREDENTIALS, SAMPLE_KINDS, java_class_name
from asset_api.specgen.spec import load_specs
from tests.conftest import REPO_ROOT, truncate_all
from tests.helpers import Credentials, make_key
from tests.live import api_process

SPEC_SET = load_specs(REPO_ROOT / "api-spec")
PUBLIC = [spec for spec in SPEC_SET.specs if spec.group != "admin"]
NODE = shutil.which("node")
JAVA, JAVAC = shutil.which("java"), shutil.which("javac")
NO_JDK = "no JDK installed (apt-get install default-jdk-headless; .ci/run does)"
RUN_TIMEOUT = 20  # seconds for one sample; they answer in well under one
DEMO_ACCOUNT = "5012345601"  # the first account of the demo dataset (ingest/demo_catalog.py)
# The value of return_code in any of the samples' printouts: JSON, a Python dict, node's inspect.
RETURN_CODE = re.compile(r"""['"]?return_code['"]?\s*:\s*(-?\d+)""")
SUBSCRIBED = ("등록 ", "subscribed ")  # what the realtime samples print once registered


def page_samples(spec) -> dict[str, str]:
    if spec.protocol == "websocket":
        return docs.websocket_context(spec, SPEC_SET)["samples"]
    return docs.endpoint_context(spec, SPEC_SET)["samples"]


def sample_params():
    for spec in PUBLIC:
        for kind in page_samples(spec):
            marks = []
            if kind == "javascript" and not NODE:
                marks.append(pytest.mark.skip(reason="node is not installed"))
            if kind == "java" and not (JAVA and JAVAC):
                marks.append(pytest.mark.skip(reason=NO_JDK))
            yield pytest.param(spec, kind, id=f"{spec.id}-{kind}", marks=marks)


# Runs the main of each class named, its standard output and errors into <dir>/<class>.out
# and .err; the samples print their answer and may throw.
JAVA_RUNNER = """\
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

public class RunSamples {
    public static void main(String[] args) throws Exception {
        PrintStream console = System.out;
        Path dir = Paths.get(args[0]);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            try (PrintStream out = new PrintStream(
                     Files.newOutputStream(dir.resolve(name + ".out")), true, "UTF-8");
                 PrintStream err = new PrintStream(
                     Files.newOutputStream(dir.resolve(name + ".err")), true, "UTF-8")) {
                System.setOut(out);
                try {
                    Class.forName(name).getMethod("main", String[].class)
                        .invoke(null, (Object) new String[0]);
                } catch (InvocationTargetException e) {
                    e.getCause().printStackTrace(err);
                } finally {
                    System.setOut(console);
                }
            }
        }
    }
}
"""


@dataclass
class Sample:
    spec_id: str
    kind: str
    path: Path  # the realised source file
    websocket: bool

    @property
    def batched(self) -> bool:
        """A Java HTTP sample: run with the others in one JVM (the realtime ones never end)."""
        return self.kind == "java" and not self.websocket


def placeholders(spec) -> dict[str, str]:
    """The example's stand-in values, by what they stand for."""
    if spec.protocol == "websocket":
        return {"account": docs.SAMPLE_TR_KEY, **PLACEHOLDER_CREDENTIALS}
    request = spec.examples[0].get("request") or {}
    found = {}
    authorization = (request.get("header") or {}).get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme in ("Bearer", "Basic"):
        found[scheme.lower()] = value
    body = request.get("body") or {}
    found |= {name: body[name] for name in ("appkey", "secretkey", "token") if name in body}
    if "account_no" in (request.get("path") or {}):
        found["account"] = request["path"]["account_no"]
    return found


def realise(text: str, spec, kind: str, base_url: str, creds: Credentials) -> str:
    basic = base64.b64encode(f"{creds.appkey}:{creds.secretkey}".encode()).decode()
    real = {"bearer": creds.token, "token": creds.token, "basic": basic, "appkey": creds.appkey,
            "secretkey": creds.secretkey, "account": DEMO_ACCOUNT}  # fmt: skip
    found = placeholders(spec)
    if spec.protocol == "websocket" and kind == "java":  # ASCII stand-ins in the Java sample
        found |= {name: f"YOUR_{name.upper()}" for name in PLACEHOLDER_CREDENTIALS}
    for name, placeholder in found.items():
        assert placeholder in text, (spec.id, kind, name)
        text = text.replace(placeholder, real[name])
    real_domain = SPEC_SET.domains["real"]
    text = text.replace(websocket_domain(real_domain), websocket_domain(base_url))
    return text.replace(real_domain, base_url)


@pytest.fixture(scope="module")
async def server(migrated, tmp_path_factory):
    conn = await asyncpg.connect(migrated)
    try:
        await truncate_all(conn)
        await load_demo(conn, "real")
    finally:
        await conn.close()
    workdir = tmp_path_factory.mktemp("samples-run")
    with api_process(migrated, workdir, log_level="WARNING") as live:
        yield live


@pytest.fixture(scope="module")
async def samples(server, migrated, tmp_path_factory) -> dict[tuple[str, str], Sample]:
    """Every sample realised into a file of its own; the Java ones compiled together."""
    workdir = tmp_path_factory.mktemp("samples")
    conn = await asyncpg.connect(migrated)
    realised: dict[tuple[str, str], Sample] = {}
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=10) as http:
            for spec in PUBLIC:
                for kind, text in page_samples(spec).items():
                    creds = await make_key(conn, all_accounts=True)
                    res = await http.post("/asset-erp/v1/get-auth", json=creds.grant)
                    assert res.status_code == 200, res.text
                    creds.token = res.json()["token"]
                    path = sample_path(workdir, spec, kind)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(realise(text, spec, kind, server.url, creds))
                    realised[spec.id, kind] = Sample(
                        spec.id, kind, path, spec.protocol == "websocket"
                    )
    finally:
        await conn.close()
    if JAVA and JAVAC:
        run_java_samples(workdir, [s for s in realised.values() if s.kind == "java"])
    return realised


def run_java_samples(workdir: Path, java: list[Sample]) -> None:
    """Compile every Java sample and the runner at once, run the HTTP ones in one JVM."""
    runner = workdir / "java" / "RunSamples.java"
    runner.write_text(JAVA_RUNNER)
    classes = workdir / "classes"
    sources = [str(s.path) for s in java] + [str(runner)]
    compiled = subprocess.run(
        [JAVAC, "-encoding", "US-ASCII", "-d", str(classes), *sources],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert compiled.returncode == 0, compiled.stderr
    names = [s.path.stem for s in java if s.batched]
    ran = subprocess.run(
        [JAVA, "-cp", str(classes), "RunSamples", str(classes), *names],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr


def sample_path(workdir: Path, spec, kind: str) -> Path:
    if kind == "java":  # a public class lives in the file of its name
        return workdir / "java" / f"{java_class_name(spec.id)}.java"
    suffix = {"curl": "sh", "python": "py", "javascript": "mjs"}[kind]
    return workdir / kind / f"{spec.id}.{suffix}"


def command(sample: Sample) -> list[str]:
    if sample.kind == "curl":
        # The sample's own command line, plus what makes curl show the status as the others do.
        script = sample.path.read_text() + " \\\n  -sS -w '\\n%{http_code}'"
        return ["bash", "-c", script]
    if sample.kind == "python":
        return [sys.executable, str(sample.path)]
    if sample.kind == "javascript":
        # Node 20 has WebSocket behind a flag (a global from node 22 on, as in browsers).
        flags = ["--experimental-websocket"] if sample.websocket else []
        return [NODE, *flags, str(sample.path)]
    classes = sample.path.parent.parent / "classes"
    return [JAVA, "-cp", str(classes), sample.path.stem]


def run(sample: Sample) -> tuple[int, str, str]:
    """Return code, standard output and errors of the sample (a batched one: as it ran)."""
    if sample.batched:
        classes = sample.path.parent.parent / "classes"
        err = (classes / f"{sample.path.stem}.err").read_text("utf-8")
        return (1 if err else 0), (classes / f"{sample.path.stem}.out").read_text("utf-8"), err
    done = subprocess.run(command(sample), capture_output=True, text=True, timeout=RUN_TIMEOUT)
    return done.returncode, done.stdout, done.stderr


def status_and_output(sample: Sample, stdout: str) -> tuple[int, str]:
    out = stdout.strip()
    if sample.kind == "curl":  # the body, then the status on a line of its own
        body, _, status = out.rpartition("\n")
        return int(status), body
    status, _, body = out.partition(" ")
    return int(status), body


def run_until_subscribed(sample: Sample) -> str:
    """Start a realtime sample, wait for its line saying the subscription was registered."""
    process = subprocess.Popen(
        command(sample), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines = []
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        for line in process.stdout:
            lines.append(line)
            if line.startswith(SUBSCRIBED) or time.monotonic() > deadline:
                break
    finally:
        process.kill()
        _, err = process.communicate(timeout=10)
    assert lines and lines[-1].startswith(SUBSCRIBED), ("".join(lines), err)
    return lines[-1]


@pytest.mark.parametrize(("spec", "kind"), list(sample_params()))
def test_sample_runs_against_the_server(samples, spec, kind):
    sample = samples[spec.id, kind]
    if sample.websocket:
        assert docs.SAMPLE_TR_ID in run_until_subscribed(sample)
        return
    returncode, stdout, stderr = run(sample)
    assert returncode == 0, stderr
    status, output = status_and_output(sample, stdout)
    expected = spec.examples[0]["response"]
    assert status == expected["status"], output
    body = expected.get("body")
    if isinstance(body, dict) and "return_code" in body:
        assert RETURN_CODE.search(output).group(1) == str(body["return_code"]), output
    elif spec.response.get("body"):  # JSON without the envelope: the OAuth 2.0 answers
        assert all(name in output for name in body), output
    else:  # text (the metrics)
        assert output.strip(), stdout


def test_every_public_page_has_every_kind():
    for spec in PUBLIC:
        kinds = set(page_samples(spec))
        expected = set(SAMPLE_KINDS) - ({"curl"} if spec.protocol == "websocket" else set())
        assert kinds == expected, spec.id
