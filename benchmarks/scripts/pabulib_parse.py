"""The issue 16 baseline for the count tool: a plain Python script that only parses a Pabulib file.

Reads the file as UTF-8, splits it into rows and fields and each vote into its projects, and keeps
them in lists; counts nothing. `time python3 benchmarks/scripts/pabulib_parse.py FILE` is the
figure the whole `examples/sanshe-count` run (JVM start, read, count, print) is compared with.
"""

import sys


def parse(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.split(";") for line in f.read().splitlines() if line.strip()]
    sections = {}
    name = None
    for i, fields in enumerate(rows):
        if len(fields) == 1 and fields[0].strip().upper() in ("META", "PROJECTS", "VOTES"):
            name = fields[0].strip().upper()
            sections[name] = i + 1
    votes = rows[sections["VOTES"] :]
    column = [h.strip() for h in votes[0]].index("vote")
    ballots = [v[column].split(",") for v in votes[1:]]
    return rows, ballots


if __name__ == "__main__":
    rows, ballots = parse(sys.argv[1])
    print(len(rows), "rows,", len(ballots), "votes")
