"""`asset-api spec gen [--check]`: the same as `make gen` / `make gen-check`."""


def register(commands) -> None:
    spec = commands.add_parser("spec", help="API specs").add_subparsers(title="spec commands")
    gen = spec.add_parser("gen", help="generate models, reference pages and openapi.json")
    gen.add_argument("--check", action="store_true", help="fail if the committed output is stale")
    gen.set_defaults(handler=gen_command)


def gen_command(args) -> int:
    from asset_api.specgen.cli import main as specgen_main

    return specgen_main(["--check"] if args.check else [])
