"""The embedded cluster's list of the processes that use it (db/embedded.py)."""

import json
import os
import subprocess
import sys

from asset_api.db.embedded import HANDLE_LIST, forget_ended_handles


def test_a_process_that_ended_without_leaving_is_taken_off_the_list(tmp_path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    listed = tmp_path / HANDLE_LIST
    listed.write_text(json.dumps([int(ended.stdout), os.getpid()]))
    forget_ended_handles(tmp_path)
    assert json.loads(listed.read_text()) == [os.getpid()]


def test_no_list_or_a_list_of_live_processes_is_left_as_it_is(tmp_path):
    forget_ended_handles(tmp_path)
    assert not (tmp_path / HANDLE_LIST).exists()
    listed = tmp_path / HANDLE_LIST
    listed.write_text(json.dumps([os.getpid(), 1]))
    forget_ended_handles(tmp_path)
    assert json.loads(listed.read_text()) == [os.getpid(), 1]
