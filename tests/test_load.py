"""Load: 10 concurrent gradio_client callers send 50 questions to the app on 127.0.0.1.

Marked `load` (about a minute): run with `make load`. Bounded in count and time.
"""

from __future__ import annotations

import threading
import time

import pytest

pytestmark = pytest.mark.load
QUESTIONS = [
    "Which member states stay out of PESCO?",
    "What is EUROSUR?",
    "What does the HARMSPRO project do?",
    "Who replaced Mare Nostrum?",
    "What is the budget of NATO?",
]


def test_ten_callers_fifty_questions(app_url: str) -> None:
    from gradio_client import Client

    results: list[dict] = []
    errors: list[str] = []
    queued: list[int] = []
    lock = threading.Lock()

    def caller(n: int) -> None:
        client = Client(app_url, verbose=False)
        for i in range(5):
            job = client.submit(QUESTIONS[(n + i) % len(QUESTIONS)], 5, False, api_name="/ask")
            deadline = time.monotonic() + 300
            while not job.done() and time.monotonic() < deadline:
                status = job.status()
                if status.rank is not None and status.rank > 0:
                    with lock:
                        queued.append(status.rank)
                time.sleep(0.05)
            try:
                answer = job.result(timeout=5)
            except Exception as exc:  # noqa: BLE001 - every failure is recorded
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                results.append(answer)

    started = time.monotonic()
    threads = [threading.Thread(target=caller, args=(n,)) for n in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    elapsed = time.monotonic() - started
    assert not errors, errors[:3]
    assert len(results) == 50
    assert all("answer" in r and "citations" in r for r in results)
    assert queued, "no caller was ever told it was waiting in the queue"
    print(f"\n50 answers to 10 callers in {elapsed:.1f} s; max queue position seen {max(queued)}")
