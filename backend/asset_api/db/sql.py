"""SQL statements kept in `.sql` files beside the domain that runs them, read once at import.

`load(__package__, "balance")` is the text of `<package>/sql/balance.sql`. A part that several
statements share (a scope predicate, a filter) is a fragment file of its own, named with a
leading underscore, and a statement marks where it goes with a slot, `/*:name*/`; a statement
that comes in variants marks the varying part the same way. Each slot is filled when the
statement is loaded: `load(pkg, "transactions", in_scope=IN_SCOPE, kind_filter="")`. Slot
texts are constants of the code (fragment files, literals, the ORDER BY clauses of
`sorted_variants`), never values from a request; values always travel as `$n` parameters.
A slot left unfilled, or a slot given that the file lacks, is an error at import, not a
broken query at run time.
"""

import re
from collections.abc import Mapping
from importlib import resources

SLOT = re.compile(r"/\*:([a-z_]+)\*/")

# ORDER BY directions, the only two strings a request can choose between.
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def load(package: str, name: str, **slots: str) -> str:
    text = (resources.files(package) / "sql" / f"{name}.sql").read_text(encoding="utf-8").rstrip()
    found = set(SLOT.findall(text))
    if found != set(slots):
        raise ValueError(
            f"{package}/sql/{name}.sql has slots {sorted(found)}, given {sorted(slots)}"
        )
    return SLOT.sub(lambda match: slots[match.group(1)], text)


def sorted_variants(
    package: str,
    name: str,
    columns: Mapping[str, str],
    tiebreak: str,
    **slots: str,
) -> dict[tuple[str, str], str]:
    """Every (sort, order) variant of a list statement whose /*:order_by*/ slot takes the
    clause of `order_by`: all of them constants, made once, so a request only picks one."""
    return {
        (sort, order): load(
            package, name, order_by=order_by(columns, sort, order, tiebreak), **slots
        )
        for sort in columns
        for order in DIRECTIONS
    }


def order_by(columns: Mapping[str, str], sort: str, order: str, tiebreak: str) -> str:
    """An ORDER BY clause built only from the constants in `columns` and DIRECTIONS.

    `sort` and `order` have been validated against the same names by the request model; a
    name outside them is a programming error here (a KeyError), never a piece of SQL.
    """
    direction = DIRECTIONS[order]
    # NULLS LAST in both directions: "never expires" or "never used" sorts after real values.
    return f"ORDER BY {columns[sort]} {direction} NULLS LAST, {tiebreak} {direction}"
