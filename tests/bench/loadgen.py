"""A small HTTP load generator, used by the benchmark when wrk is not installed.

Run as its own process (`python -m tests.bench.loadgen SPEC_JSON`), so it does not share a
core's event loop with the server it measures. SPEC_JSON: {"url", "method", "headers",
"body", "connections", "seconds"}. Prints one JSON object: requests, errors, seconds,
latencies in milliseconds (p50, p99).
"""

import asyncio
import json
import sys
import time

import httpx


async def run(spec: dict) -> dict:
    deadline = time.perf_counter() + spec["seconds"]
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=spec["connections"])
    async with httpx.AsyncClient(limits=limits, timeout=10.0) as client:

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    res = await client.request(
                        spec["method"],
                        spec["url"],
                        headers=spec.get("headers") or {},
                        content=(spec.get("body") or "").encode() or None,
                    )
                    ok = res.status_code < 400
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - started) * 1000)
                errors += not ok

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(spec["connections"])))
        elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "seconds": elapsed,
        "p50_ms": _percentile(latencies, 0.50),
        "p99_ms": _percentile(latencies, 0.99),
    }


def _percentile(sorted_values: list[float], share: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(share * len(sorted_values)))]


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.argv[1])))))
