"""localstripe, started in-process on 127.0.0.1 and a free port, for tests that need a stateful Stripe.

Never localstripe's CLI: it binds every interface. The aiohttp app runs on its own event
loop in a daemon thread of the test process; subprocesses (`accrue run --billing stripe`)
reach it over loopback. localstripe pickles its whole store after every write to a fixed
/tmp path and reloads it at CLI start; here the pickle goes to a private temp folder
instead, and each test starts from an empty store (`DELETE /_config/data`).
"""

from __future__ import annotations

import asyncio
import atexit
import pickle
import shutil
import tempfile
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

TEST_KEY = "sk_test_accrue0123456789abcdef"


@dataclass
class LocalStripe:
    url: str
    key: str = TEST_KEY

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, auth=(self.key, ""), timeout=10)

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        with self.client() as c:
            r = c.get(path, params=params)
            r.raise_for_status()
            return r.json()

    def all(self, resource: str, **params: Any) -> list[dict[str, Any]]:
        return self.get(f"/v1/{resource}", limit=100, **params)["data"]

    def wipe(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as c:
            c.delete("/_config/data").raise_for_status()


def _start(pickle_path: Path) -> tuple[str, asyncio.AbstractEventLoop]:
    from aiohttp import web

    with warnings.catch_warnings():  # localstripe registers plain functions as handlers; aiohttp frowns
        warnings.simplefilter("ignore", DeprecationWarning)
        from localstripe.resources import store
        from localstripe.server import app

    def dump_to_disk() -> None:
        with pickle_path.open("wb") as fh:
            pickle.dump(dict(store), fh, protocol=pickle.HIGHEST_PROTOCOL)

    store.dump_to_disk = dump_to_disk  # instance attribute: every write pickles here, not to /tmp
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app, access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    host, port = runner.addresses[0][:2]
    threading.Thread(target=loop.run_forever, name="localstripe", daemon=True).start()
    return f"http://{host}:{port}", loop


_running: LocalStripe | None = None
_lock = threading.Lock()


@pytest.fixture(scope="session", name="localstripe_server")
def localstripe_server_fixture() -> LocalStripe:
    """One localstripe per test process (its app is a module global bound to one event loop), shared by
    every module that imports this fixture; it stops with the process (daemon thread)."""
    global _running
    with _lock:
        if _running is None:
            folder = tempfile.mkdtemp(prefix="localstripe-")
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            url, _loop = _start(Path(folder) / "localstripe.pickle")
            _running = LocalStripe(url=url)
    return _running


@pytest.fixture(name="localstripe")
def localstripe_fixture(localstripe_server: LocalStripe) -> LocalStripe:
    """A running localstripe with an empty store. Import `localstripe_fixture` and
    `localstripe_server_fixture` into a test module to use it."""
    localstripe_server.wipe()
    return localstripe_server
