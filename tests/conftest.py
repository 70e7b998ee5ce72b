"""Shared pytest configuration: marker registration only.

``slow`` marks tests that build and install the package; they still run by default
(CI runs everything). Deselect them locally with ``pytest -m "not slow"``.
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: builds or installs the package (seconds, network); runs by default")
