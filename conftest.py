# Root conftest: makes the checkout's own `customario` package importable first in tests.
