#!/usr/bin/env bash
# Create .venv and install the project with everything its tests need. Idempotent: a
# stamp of pyproject.toml's hash skips the install when nothing changed.
#   - torch is pinned to 2.13.0 and installed first: a bare `torch` pulls a multi-GB
#     CUDA build. (Off this machine, set PIP_EXTRA_INDEX_URL to PyTorch's CPU index.)
#   - llama-cpp-python compiles from source (~4 min on 2 cores); pip keeps the built
#     wheel in its cache, so later set-ups on the same machine reuse it.
#   - with WITH_BROWSER=1, Debian's chromium is installed for the UI tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip wheel setuptools
  .venv/bin/python -m pip install --quiet "torch==2.13.0"
  CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
    .venv/bin/python -m pip install --quiet -e ".[dev,ui]"
  # a llama-cpp-python build made for another CPU (a wheel pip cached elsewhere, or a
  # native build using instructions the virtual machine does not allow, such as AMX)
  # dies on its first token: rebuild it for the x86-64-v3 baseline (AVX2, FMA, F16C)
  if ! .venv/bin/python scripts/llama_check.py >/dev/null 2>&1; then
    echo "setup: llama-cpp-python cannot run on this CPU; rebuilding it portably (~10 min)" >&2
    version=$(.venv/bin/python -c "import llama_cpp; print(llama_cpp.__version__)")
    CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" \
      CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} \
      .venv/bin/python -m pip install --quiet --no-cache-dir --no-deps --force-reinstall \
      "llama-cpp-python==$version"
    .venv/bin/python scripts/llama_check.py
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
fi
if [ "${WITH_BROWSER:-0}" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is missing; install Debian's chromium package for the UI tests" >&2
  fi
fi
