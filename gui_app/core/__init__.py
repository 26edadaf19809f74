"""OAuth, storage and token lifecycle. Never imports Qt (tests/unit/test_layers.py enforces it)."""
