#!/usr/bin/env bash
# rgnb's one entry point for a fresh machine: creates .venv, installs rgnb with the extras the two
# commands need ([dev,dask]; CPU torch unless told otherwise), then runs what is asked:
#   bash rgnb.sh report   # flagship pipeline with report parameters -> reports/index.html
#   bash rgnb.sh test     # whole test suite (clean/sync check + every notebook under papermill + the site in Chromium)
#   bash rgnb.sh docs     # only rebuild the documentation site _docs/ from the executed notebooks
# Environment: PYTHON (interpreter to build the venv from, default python3),
#   RGNB_VENV (default .venv), TORCH_SPEC (default torch==2.13.0),
#   TORCH_INDEX (a PyTorch wheel index for CUDA builds, see README).
set -euo pipefail
cd "$(dirname "$0")"
VENV="${RGNB_VENV:-.venv}"
PY="${PYTHON:-python3}"
TORCH_SPEC="${TORCH_SPEC:-torch==2.13.0}"

if [ ! -x "$VENV/bin/python" ]; then
  echo "rgnb.sh: creating virtual environment $VENV"
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.rgnb-installed-$( (cat pyproject.toml; echo "$TORCH_SPEC ${TORCH_INDEX:-}") | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "rgnb.sh: installing dependencies into $VENV (once)"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  # torch first, pinned, so that the package's own `torch` requirement installs nothing more
  if [ -n "${TORCH_INDEX:-}" ]; then
    "$VENV/bin/python" -m pip install -q "$TORCH_SPEC" --index-url "$TORCH_INDEX"
  else
    "$VENV/bin/python" -m pip install -q "$TORCH_SPEC"
  fi
  "$VENV/bin/python" -m pip install -q -e '.[dev,dask]'
  rm -f "$VENV"/.rgnb-installed-*
  touch "$stamp"
fi
cmd="${1:-test}"; shift || true
case "$cmd" in
  test|report|docs) exec "$VENV/bin/rgnb" "$cmd" "$@" ;;
  *) echo "usage: bash rgnb.sh {test|report|docs} [options]" >&2; exit 2 ;;
esac
