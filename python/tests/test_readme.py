"""The README's Python examples run as written: LLaMA attention and CogVideoX
RoPE compiled (with the raise) and checked against PyTorch."""

import pathlib
import re

import pytest

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)


def test_readme_has_the_two_examples():
    assert len(BLOCKS) == 2
    assert "LlamaAttention" in BLOCKS[0] and "get_3d_rotary_pos_embed" in BLOCKS[1]


@pytest.mark.parametrize("block", BLOCKS, ids=["llama_attention", "cogvideox"])
def test_readme_example_runs(block, capsys):
    exec(compile(block, str(README), "exec"), {})
    assert "1 RoPE site(s) raised" in capsys.readouterr().out
