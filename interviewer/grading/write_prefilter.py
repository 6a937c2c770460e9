"""Rewrite grading/prefilter.json and grading/compiled_patterns.bin after a pattern changed:
`python -m interviewer.grading.write_prefilter`."""

from interviewer.grading import precompiled, prefilter

if __name__ == "__main__":
    print(f"{prefilter.write()} patterns -> {prefilter.FILE}")
    print(f"{precompiled.write(list(precompiled.ASKED))} patterns -> {precompiled.FILE}")
