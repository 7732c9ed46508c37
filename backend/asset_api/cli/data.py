"""`asset-api data demo` and `asset-api data load PATH`: fill the asset data tables."""

import argparse
import sys
import time
from pathlib import Path

from asset_api.cli.common import CliError, add_json_flag, run_with_connection
from asset_api.domain import ENVIRONMENTS


def register(commands) -> None:
    data = commands.add_parser("data", help="asset data: demo dataset, file loads")
    data_commands = data.add_subparsers(title="data commands")

    demo = data_commands.add_parser(
        "demo", help="load the deterministic demo dataset (both environments by default)"
    )
    demo.add_argument("--env", choices=ENVIRONMENTS, default=None)
    add_json_flag(demo)
    demo.set_defaults(handler=demo_command)

    load = data_commands.add_parser(
        "load",
        help="load CSV/JSON files, one per table (all or nothing)",
        description=_loader_doc(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    load.add_argument("path", type=Path, help="a folder of table files, or one table file")
    load.add_argument("--env", choices=ENVIRONMENTS, default="real")
    add_json_flag(load)
    load.set_defaults(handler=load_command)


def demo_command(args) -> dict:
    from asset_api.ingest.demo import load_demo

    return run_with_connection(lambda conn: load_demo(conn, args.env))


def load_command(args) -> dict:
    from asset_api.ingest.loader import LoadError, load_files

    progress = ProgressBar() if sys.stderr.isatty() else None
    try:
        return run_with_connection(
            lambda conn: load_files(conn, path=args.path, env=args.env, progress=progress)
        )
    except LoadError as exc:
        raise CliError(f"{exc}; nothing was loaded") from None
    finally:
        if progress is not None:
            progress.close()


class ProgressBar:
    """One line on stderr, redrawn in place at most ten times a second."""

    WIDTH = 30

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.last_draw = 0.0
        self.label = ""
        self.drawn = False

    def __call__(self, label: str, done: int, total: int) -> None:
        # A step's first and last states are always drawn; in between, ten times a second.
        now = time.monotonic()
        if label == self.label and done < total and now - self.last_draw < 0.1:
            return
        self.last_draw, self.label = now, label
        share = done / total if total else 1.0
        filled = int(self.WIDTH * min(share, 1.0))
        bar = "#" * filled + "." * (self.WIDTH - filled)
        self.stream.write(f"\r{label[:32]:<32} [{bar}] {share:4.0%} {done:>10,}/{total:,}\x1b[K")
        self.drawn = done < total
        if not self.drawn:
            self.stream.write("\n")  # a finished step keeps its line
        self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _loader_doc() -> str:
    from asset_api.ingest import loader

    return loader.__doc__ or ""
