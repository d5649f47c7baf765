import pathlib
import sys

# The package is used from the source tree (PYTHONPATH=python), not installed.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
