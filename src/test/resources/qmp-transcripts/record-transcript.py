#!/usr/bin/env python3
"""Records a real QMP transcript: JSON lines alternating each request with QEMU's answer, as a `-qmp stdio`
session log reads. Standard library only; the QEMU runs with -machine none under TCG and is told to quit.

  python3 record-transcript.py /usr/bin/qemu-system-x86_64 > qemu-7.2-session.jsonl
"""
import json
import subprocess
import sys

COMMANDS = [
    ("qmp_capabilities", None, None),
    ("query-version", None, None),
    ("query-machines", {"compat-props": True}, None),   # 7.2 answers with an error: kept on purpose
    ("query-machines", None, None),
    ("qom-list-types", {"abstract": True}, None),
    ("device-list-properties", {"typename": "virtio-net-pci"}, "dlp-1"),
    ("device-list-properties", {"typename": "e1000"}, "dlp-2"),
    ("query-cpu-definitions", None, None),
    ("query-cpu-model-expansion", {"type": "full", "model": {"name": "max"}}, None),
]

qemu = subprocess.Popen([sys.argv[1], "-machine", "none", "-accel", "tcg", "-nodefaults", "-display", "none",
                         "-qmp", "stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    print(qemu.stdout.readline().rstrip("\n"))          # the greeting, verbatim
    for command, args, ident in COMMANDS:
        request = {"execute": command}
        if args is not None:
            request["arguments"] = args
        if ident is not None:
            request["id"] = ident
        line = json.dumps(request)
        print(line)
        qemu.stdin.write(line + "\n")
        qemu.stdin.flush()
        while True:
            answer = qemu.stdout.readline()
            if not answer:
                raise SystemExit("QEMU closed its QMP stream")
            print(answer.rstrip("\n"))                  # answers and events, verbatim
            if "event" not in json.loads(answer):
                break
    qemu.stdin.write('{"execute": "quit"}\n')
    qemu.stdin.flush()
    qemu.wait(timeout=30)
finally:
    if qemu.poll() is None:
        qemu.kill()
