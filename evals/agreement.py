"""Label consistency of the held-out splits: run `python evals/agreement.py` (see interviewer/evaluation/agreement.py)."""

from interviewer.evaluation.agreement import main

if __name__ == "__main__":
    main()
