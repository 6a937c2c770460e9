"""Rewrite grading/prefilter.json after a pattern changed: `python -m interviewer.grading.write_prefilter`."""

from interviewer.grading.prefilter import FILE, write

if __name__ == "__main__":
    print(f"{write()} patterns -> {FILE}")
