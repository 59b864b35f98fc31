"""The peer of the pdf case: img2pdf converting the same JPEGs, timed inside one interpreter.

Usage: python3 img2pdf_loop.py SCAN_DIR COPIES
Prints one JSON line: {"seconds": ..., "bytes": ...}, the time of the loop over the copies
(after one untimed warm-up copy) and the size of one copy's PDF.
"""
import glob
import json
import os
import sys
import time

import img2pdf

scan_dir, copies = sys.argv[1], int(sys.argv[2])
scans = []
for path in sorted(glob.glob(os.path.join(scan_dir, "*.jpg"))):
    with open(path, "rb") as scan:
        scans.append(scan.read())

pdf = img2pdf.convert(scans)
started = time.perf_counter()
for _ in range(copies):
    pdf = img2pdf.convert(scans)
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "bytes": len(pdf), "version": img2pdf.__version__}))
