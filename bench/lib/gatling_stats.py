#!/usr/bin/env python3
"""Reads Gatling's console summary ("Global Information") from a file and prints the figures as JSON fields."""
import json, re, sys

text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
block = text[text.rfind("---- Global Information"):]

def total(label):
    m = re.search(r"> " + re.escape(label) + r"\s.*?\|\s*([\d,.\-]+)\s*\|\s*([\d,.\-]+)\s*\|\s*([\d,.\-]+)", block)
    if not m:
        return None
    v = m.group(1).replace(",", "")
    return None if v == "-" else float(v)

requests = total("request count") or 0
ok = total("request count") and re.search(r"> request count.*?\|\s*[\d,]+\s*\|\s*([\d,\-]+)\s*\|\s*([\d,\-]+)", block)
errors = 0
if ok:
    ko = ok.group(2).replace(",", "")
    errors = 0 if ko == "-" else int(ko)
fields = {
    "p50": total("response time 50th percentile (ms)"),
    "p95": total("response time 95th percentile (ms)"),
    "p99": total("response time 99th percentile (ms)"),
    "throughput": total("mean throughput (rps)"),
    "requests": int(requests),
    "errors": errors,
}
print(json.dumps(fields)[1:-1])
