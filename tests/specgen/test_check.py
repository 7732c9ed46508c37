"""`python -m asset_api.specgen [--check]`: the drift check, invalid specs, determinism."""

import filecmp
import json
import shutil

from tests.specgen.conftest import SPEC_DIR, deprecate, edit


def test_check_passes_on_the_committed_tree(run_specgen):
    result = run_specgen("--check")
    assert result.code == 0, result.err


def test_generation_is_deterministic(tmp_path, run_specgen):
    first, second = tmp_path / "first", tmp_path / "second"
    assert run_specgen("--spec-dir", str(SPEC_DIR), "--out", str(first)).code == 0
    assert run_specgen("--spec-dir", str(SPEC_DIR), "--out", str(second)).code == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files, "nothing was generated"
    match, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert not mismatch and not errors


def test_check_names_a_generated_file_that_was_edited(tmp_path, run_specgen):
    out = tmp_path / "out"
    run_specgen("--out", str(out))
    page = out / "docs-site/docs/reference/auth/get-auth.md"
    page.write_text(page.read_text("utf-8") + "손으로 고친 줄\n", "utf-8")
    result = run_specgen("--check", "--out", str(out))
    assert result.code == 1
    assert "differs: docs-site/docs/reference/auth/get-auth.md" in result.err


def test_a_stale_page_is_reported_and_then_removed(tmp_path, run_specgen):
    out = tmp_path / "out"
    run_specgen("--out", str(out))
    stale = out / "docs-site/docs/reference/auth/old-endpoint.md"
    stale.write_text("# 없어진 API\n", "utf-8")
    result = run_specgen("--check", "--out", str(out))
    assert result.code == 1
    assert "stale: docs-site/docs/reference/auth/old-endpoint.md" in result.err
    assert run_specgen("--out", str(out)).code == 0
    assert not stale.exists()


def test_writing_an_up_to_date_tree_changes_nothing(tmp_path, run_specgen):
    out = tmp_path / "out"
    run_specgen("--out", str(out))
    result = run_specgen("--out", str(out))
    assert result.code == 0
    assert "all up to date" in result.out


def test_a_misspelled_field_names_file_and_field(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "auth/get-auth.yaml", "required: Y, length: 36,", "required: Y, lenght: 36,")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/auth/get-auth.yaml: request.body[1].lenght: unknown field" in result.err


def test_a_wrong_type_names_file_and_field(spec_copy, tmp_path, run_specgen):
    edit(
        spec_copy / "auth/get-auth.yaml",
        "name: 유효기간, type: Integer",
        "name: 유효기간, type: Int",
    )
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/auth/get-auth.yaml: response.body[4].type: must be one of" in result.err


def test_a_missing_required_field_is_named(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "system/health.yaml", "title: 서비스상태조회\n", "")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/system/health.yaml: title: required field is missing" in result.err


def test_a_duplicate_id_fails(spec_copy, tmp_path, run_specgen):
    copy = spec_copy / "system/get-auth.yaml"
    shutil.copy(spec_copy / "auth/get-auth.yaml", copy)
    edit(copy, "path: /asset-erp/v1/get-auth", "path: /asset-erp/v1/get-auth-again")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    expected = (
        "api-spec/system/get-auth.yaml: id: duplicate id (also in api-spec/auth/get-auth.yaml)"
    )
    assert expected in result.err


def test_a_duplicate_route_fails(spec_copy, tmp_path, run_specgen):
    edit(
        spec_copy / "data/instrument.yaml",
        "path: /asset-erp/v1/instruments/{code}\n",
        "path: /asset-erp/v1/accounts/{code}/balance\n",
    )
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/data/instrument.yaml: path: duplicate GET" in result.err


def test_an_unknown_ref_fails(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "data/accounts.yaml", "- ref: authorization", "- ref: authorisation")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/data/accounts.yaml: request.header[0].ref: unknown ref 'authorisation'" in (
        result.err
    )


def test_a_return_code_outside_the_catalog_fails(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "system/health.yaml", "return_codes: [0, 9001]", "return_codes: [0, 9002]")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/system/health.yaml: return_codes[1]: 9002 is not in" in result.err


def test_path_rows_must_match_the_path(spec_copy, tmp_path, run_specgen):
    edit(
        spec_copy / "data/balance.yaml",
        "  path:\n    - {element: account_no,",
        "  path:\n    - {element: account,",
    )
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/data/balance.yaml: request.path: rows ['account'] do not match" in result.err


def test_an_invalid_spec_writes_nothing(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "auth/get-auth.yaml", "method: POST", "method: SEND")
    out = tmp_path / "out"
    result = run_specgen("--spec-dir", str(spec_copy), "--out", str(out))
    assert result.code == 1
    assert "api-spec/auth/get-auth.yaml: method: must be one of" in result.err
    assert not out.exists()


def test_an_admin_spec_must_name_its_role(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "admin/admin-users-list.yaml", "role: viewer\n", "")
    edit(spec_copy / "data/accounts.yaml", "auth: bearer\n", "auth: bearer\nrole: owner\n")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/admin/admin-users-list.yaml: role: required when auth is admin" in result.err
    assert "api-spec/data/accounts.yaml: role: only allowed when auth is admin" in result.err


def test_an_unknown_role_is_named(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "admin/admin-users-list.yaml", "role: viewer", "role: admin")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/admin/admin-users-list.yaml: role: must be one of" in result.err


def test_a_websocket_example_frame_with_a_field_outside_its_table_fails(
    spec_copy, tmp_path, run_specgen
):
    edit(
        spec_copy / "realtime/realtime.yaml",
        'body: {input: {tr_id: transactions, tr_key: "5012345611", last_seq: 1041}}',
        'body: {input: {tr_id: transactions, tr_key: "5012345611", last_sequence: 1041}}',
    )
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert (
        "api-spec/realtime/realtime.yaml: messages[0].example.body.input: 'last_sequence' is not"
        " a row of the table" in result.err
    )


def test_a_websocket_code_note_outside_its_return_codes_fails(spec_copy, tmp_path, run_specgen):
    edit(spec_copy / "realtime/realtime.yaml", "  - {code: 1700, when:", "  - {code: 1001, when:")
    result = run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))
    assert result.code == 1
    assert "api-spec/realtime/realtime.yaml: code_notes[5].code: 1001 is not in return_codes" in (
        result.err
    )


# --- the changelog and deprecations ---------------------------------------------------------


def check(spec_copy, tmp_path, run_specgen):
    return run_specgen("--check", "--spec-dir", str(spec_copy), "--out", str(tmp_path))


def test_a_deprecated_spec_needs_a_changelog_entry(spec_copy, tmp_path, run_specgen):
    deprecate(spec_copy, "instrument", announce=False)
    result = check(spec_copy, tmp_path, run_specgen)
    assert result.code == 1
    assert "api-spec/data/instrument.yaml: deprecated: a deprecated spec needs a changelog" in (
        result.err
    )


def test_deprecation_days_are_checked(spec_copy, tmp_path, run_specgen):
    deprecate(spec_copy, "instrument", since="2027-01-01", sunset="2026-12-31")
    deprecate(spec_copy, "accounts", since="2027-01-01", sunset="2027-02-30", announce=False)
    deprecate(spec_copy, "balance", replacement="no-such-spec", since="2027-01-01")
    result = check(spec_copy, tmp_path, run_specgen)
    assert result.code == 1
    assert "instrument.yaml: deprecated.sunset: must be later than deprecated.since" in result.err
    assert "accounts.yaml: deprecated.sunset: not a day of the calendar" in result.err
    assert "balance.yaml: deprecated.replacement: 'no-such-spec' is no other spec's id" in (
        result.err
    )


def test_changelog_entries_name_real_endpoints_and_fields_newest_first(
    spec_copy, tmp_path, run_specgen
):
    changelog = spec_copy / "_common/changelog.yaml"
    edit(changelog, "endpoints: [realized-pnl, daily-valuations]", "endpoints: [realised-pnl]")
    edit(changelog, "fields: [mfa_required, mfa_token, role]", "fields: [mfa_requird]")
    changelog.write_text(
        changelog.read_text("utf-8")
        + "- date: 2027-01-01\n  title: 나중 항목\n  changes:\n    - {kind: fixed, text: 고침}\n",
        "utf-8",
    )
    result = check(spec_copy, tmp_path, run_specgen)
    assert result.code == 1
    prefix = "api-spec/_common/changelog.yaml: "
    assert prefix + "[0].changes[1].endpoints: no spec 'realised-pnl'" in result.err
    assert prefix + "[0].changes[5].fields: 'mfa_requird' is a field of none" in result.err
    assert prefix + "[1].date: entries must be newest first" in result.err


def test_a_deprecated_spec_is_marked_everywhere_it_is_generated(spec_copy, tmp_path, run_specgen):
    deprecate(spec_copy, "instrument", replacement="daily-prices")
    assert run_specgen("--spec-dir", str(spec_copy), "--out", str(tmp_path)).code == 0
    page = (tmp_path / "docs-site/docs/reference/data/instrument.md").read_text("utf-8")
    assert '!!! danger "지원 종료 예정: 2027-06-01"' in page
    assert "[일별시세조회](../../reference/data/daily-prices.md)" in page
    changelog = (tmp_path / "docs-site/docs/changelog.md").read_text("utf-8")
    row = (
        "| [종목정보조회](reference/data/instrument.md) (`instrument`) | 2026-12-01 | 2027-06-01 |"
    )
    assert row in changelog
    models = (tmp_path / "backend/asset_api/models/deprecations.py").read_text("utf-8")
    assert '"instrument": ("2026-12-01", "2027-06-01"),' in models
    openapi = json.loads((tmp_path / "backend/asset_api/models/openapi.json").read_text("utf-8"))
    operation = openapi["paths"]["/asset-erp/v1/instruments/{code}"]["get"]
    assert operation["deprecated"] is True and operation["x-sunset"] == "2027-06-01"
    postman = (tmp_path / "docs-site/docs/asset-api.postman_collection.json").read_text("utf-8")
    llms = (tmp_path / "docs-site/docs/llms.txt").read_text("utf-8")
    assert "(지원 종료 예정: 2027-06-01)" in llms and "종목정보조회" in postman
