#!/usr/bin/env python3
"""Minimal QMP client used by capture.sh (standard library only).

  qmp.py SOCK save OUTFILE COMMAND [ARGS_JSON]   run COMMAND, write QEMU's response line byte for byte
  qmp.py SOCK cmd COMMAND [ARGS_JSON]            run COMMAND, print QEMU's response line
  qmp.py SOCK hmp 'COMMAND LINE'                 run an HMP command via human-monitor-command, print its text
  qmp.py SOCK qom-tree [PATH]                    print the tree like QEMU's scripts/qmp/qom-tree (<= 10.0)
  qmp.py SOCK wait-migrate [TIMEOUT]             poll query-migrate until completed/failed; print last line

Responses are the raw lines QEMU wrote ({"return": ...} or {"error": ...}); asynchronous events are skipped.
"""
import json
import os
import socket
import sys
import time


class QMPError(Exception):
    def __init__(self, desc):
        super().__init__(desc)


class QMP:
    def __init__(self, path, timeout=60.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.settimeout(timeout)
                self.sock.connect(path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                self.sock.close()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.buf = b""
        greeting = json.loads(self._line())
        assert "QMP" in greeting, greeting
        self.raw("qmp_capabilities")

    def _line(self):
        while b"\n" not in self.buf:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise EOFError("QMP connection closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line + b"\n"

    def raw(self, command, args=None):
        """Send one command; return (raw response line as bytes, parsed object)."""
        msg = {"execute": command}
        if args is not None:
            msg["arguments"] = args
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        while True:
            line = self._line()
            obj = json.loads(line)
            if "event" in obj:
                continue
            return line, obj

    def command(self, command, **args):
        _, obj = self.raw(command, args)
        if "error" in obj:
            raise QMPError(obj["error"]["desc"])
        return obj["return"]

    def close(self):
        self.sock.close()


def qom_tree(qmp, path, out):
    # Same walk and formatting as QEMU's python/qemu/utils/qom.py QOMTree._list_node (QEMU <= 10.0):
    # qom-list, then one qom-get per non-child property, values printed with str().
    out.write(path + "\n")
    items = qmp.command("qom-list", path=path)
    for item in items:
        if item["type"].startswith("child<"):
            continue
        try:
            rsp = qmp.command("qom-get", path=path, property=item["name"])
            out.write(f"  {item['name']}: {rsp} ({item['type']})\n")
        except QMPError as err:
            out.write(f"  {item['name']}: <EXCEPTION: {err!s}> ({item['type']})\n")
    out.write("\n")
    for item in items:
        if not item["type"].startswith("child<"):
            continue
        if path == "/":
            path = ""
        qom_tree(qmp, f"{path}/{item['name']}", out)


def main(argv):
    sock, op, rest = argv[1], argv[2], argv[3:]
    qmp = QMP(sock)
    try:
        if op == "save":
            outfile, command = rest[0], rest[1]
            args = json.loads(rest[2]) if len(rest) > 2 else None
            line, obj = qmp.raw(command, args)
            with open(outfile, "wb") as f:
                f.write(line)
            if "error" in obj:
                print(f"note: {command} -> error: {obj['error']}", file=sys.stderr)
        elif op == "cmd":
            args = json.loads(rest[1]) if len(rest) > 1 else None
            line, _ = qmp.raw(rest[0], args)
            sys.stdout.buffer.write(line)
        elif op == "hmp":
            # human-monitor-command; print the returned text as HMP would show it
            sys.stdout.write(qmp.command("human-monitor-command", **{"command-line": rest[0]}))
        elif op == "qom-tree":
            qom_tree(qmp, rest[0] if rest else "/", sys.stdout)
        elif op == "wait-migrate":
            deadline = time.monotonic() + float(rest[0] if rest else 120)
            while True:
                line, obj = qmp.raw("query-migrate")
                status = obj.get("return", {}).get("status")
                if status in ("completed", "failed", "cancelled") or time.monotonic() > deadline:
                    sys.stdout.buffer.write(line)
                    return 0 if status == "completed" else 1
                time.sleep(0.2)
        else:
            raise SystemExit(f"unknown op {op}")
    finally:
        qmp.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
