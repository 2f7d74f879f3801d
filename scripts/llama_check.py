"""Set-up check: can this machine run the installed llama-cpp-python build?

A build compiled for another CPU (a cached wheel, or a native build using instructions
the machine lists but its virtualisation does not allow, such as AMX) dies with an
illegal instruction on the first token. This loads the bundled model and generates a
few tokens; `scripts/setup.sh` runs it in a child process and rebuilds portably when
it dies.
"""

from __future__ import annotations

from llama_cpp import Llama

from qa.llm import bundled_model
from qa.settings import Settings


def main() -> None:
    path = bundled_model(Settings().cache_dir)
    llm = Llama(model_path=str(path), n_ctx=64, n_threads=1, verbose=False)
    llm("The capital of France is", max_tokens=2)


if __name__ == "__main__":
    main()
