import json
from pathlib import Path

import pytest

from nlp.pipeline import Pipeline
from nlp.segment.segmenter import Segmenter

ZH = "一、总体要求\n（一）支持企业创建自主品牌；鼓励开展直播电商。\n（二）对新获得国家级品牌的企业给予50万元奖励。"
EN = "First, support enterprises to build proprietary brands; Second, reward each new national brand."


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """Segmentation only: fast, and independent of the trained models being rebuilt."""
    return Pipeline(Segmenter(tokens=False), name="test")


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def read_jsonl(path: Path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
