#!/usr/bin/env python3
"""Rewrites a recorded transcript (record-transcript.py) the way `qmp-shell -l LOGFILE` logs a session: one JSON
object per command, the request merged with its answer ({**request, **answer}, request "arguments" always
present, no ids), no greeting; with -p (pretty) each object is indented by 4 with sorted keys. See QMPShell._execute_cmd
and _print in QEMU's python/qemu/qmp/qmp_shell.py. The answers are QEMU's own, unchanged.

  python3 to-qmp-shell-log.py [--pretty] qemu-7.2-session.jsonl COMMAND... > out.log
"""
import json
import sys

args = sys.argv[1:]
pretty = args[0] == "--pretty"
if pretty:
    args = args[1:]
wanted = set(args[1:])
lines = [json.loads(l) for l in open(args[0])]
pending = None
for msg in lines:
    if "execute" in msg:
        pending = msg
    elif ("return" in msg or "error" in msg) and pending is not None:
        request = {"execute": pending["execute"], "arguments": pending.get("arguments", {})}
        msg = {k: v for k, v in msg.items() if k != "id"}  # qmp-shell sends no ids, so answers carry none
        if pending["execute"] in wanted:
            print(json.dumps({**request, **msg}, indent=4 if pretty else None, sort_keys=pretty))
        pending = None
