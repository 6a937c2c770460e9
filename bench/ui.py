"""Browser latency, offline: from sending a reply to the interviewer's next message appearing.

Starts the Chainlit app on a free port, drives Debian's chromium with playwright, and times each reply from
the Enter key to the next interviewer message in the page (the grader step shows before it).

Run: python bench/ui.py [--interviews N]   (prints p50/p99; target p50 <= 300 ms)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright

from tests import interview_lines as L
from tests.test_web import ASSISTANT, CHROMIUM, FLAGS, App, wait_for_more

REPLIES = [L.EXCUSE_LED, L.OWNERSHIP, L.GENERIC, L.TODAY]
TARGET_P50_MS = 300


def main() -> None:
    parser = argparse.ArgumentParser(description="Reply-to-next-question latency in the browser, offline.")
    parser.add_argument("--interviews", type=int, default=6)
    args = parser.parse_args()
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        app = App(Path(folder) / "data")
        app.start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                for n in range(args.interviews):
                    page = browser.new_page(viewport={"width": 1280, "height": 1000})
                    page.goto(app.url)
                    page.get_by_role("button", name="Full mock interview", exact=True).click()
                    wait_for_more(page, 0)
                    for reply in REPLIES:
                        before = page.locator(ASSISTANT).count()
                        page.fill("#chat-input", reply)
                        t0 = time.perf_counter()
                        page.keyboard.press("Enter")
                        wait_for_more(page, before)
                        if n:  # the first interview warms the server and the browser
                            samples.append((time.perf_counter() - t0) * 1000)
                    page.close()
                browser.close()
        finally:
            app.stop()
    ms = sorted(samples)
    p50 = statistics.median(ms)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    print(f"replies timed: {len(ms)} ({args.interviews - 1} interviews after a warm-up), offline engine, headless chromium")
    print(f"reply -> next interviewer message: p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {ms[-1]:.0f} ms "
          f"(target p50 <= {TARGET_P50_MS} ms)")
    print("p50 target met" if p50 <= TARGET_P50_MS else "p50 target NOT met")


if __name__ == "__main__":
    main()
