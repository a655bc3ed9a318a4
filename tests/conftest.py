"""Test set-up shared by every test: Qt offscreen before any QApplication exists."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
