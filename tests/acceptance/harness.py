"""The real window under real hands: an X server (Xvfb), the accessibility bus, the app, real input and read-back.

``XSession`` starts Xvfb, a D-Bus session and the AT-SPI bus; ``App`` starts ``policydesk`` in it on the xcb
platform with accessibility on; ``Screen`` acts only with real X events (xdotool: clicks, typing — Chinese too —,
key chords) and reads only what the accessibility bus says the screen shows (tests/acceptance/atspi_driver.py,
run by Debian's python3 with pyatspi). See shared/research/real-input-gui.md for the recipe.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("atspi_driver.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "PolicyDesk"


def missing_tools() -> str | None:
    """Why real-input tests cannot run here, or None."""
    for tool in ("Xvfb", "xdotool", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (bash packaging/setup.sh --test installs it)"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed (bash packaging/setup.sh --test installs it)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (bash packaging/setup.sh --test installs it)"
    return None


class XSession:
    """Xvfb of one screen size, its own D-Bus session bus and AT-SPI bus; ``env`` reaches all three."""

    def __init__(self, width: int, height: int, work: Path):
        self.width, self.height, self.work = width, height, work
        self.processes: list[subprocess.Popen] = []
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self.processes.append(xvfb)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            self.close()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{display}"
        dbus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.processes.append(dbus)
        address = dbus.stdout.readline().strip()
        self.env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        self.env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=address, NO_AT_BRIDGE="0",
                        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", LC_ALL="C.UTF-8")
        self.processes.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=self.env,
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(0.5)

    def close(self) -> None:
        for p in reversed(self.processes):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
        self.processes.clear()


@dataclass
class Node:
    """One accessible as the bus described it when asked (not live)."""
    role: str
    name: str
    id: str
    extents: list[int]
    states: list[str] = field(default_factory=list)
    text: str | None = None
    description: str = ""
    children: int = 0

    @property
    def center(self) -> tuple[int, int]:
        x, y, w, h = self.extents
        return x + w // 2, y + h // 2

    @property
    def object_name(self) -> str:
        return self.id.rsplit(".", 1)[-1]

    def has(self, state: str) -> bool:
        return state in self.states


def center(box: list[int], most: int = 40) -> tuple[int, int]:
    """A point to click in a box (a cell, an item): its middle, or ``most`` pixels in from a wide box's left."""
    x, y, w, h = box
    return x + min(w // 2, most), y + h // 2


class Screen:
    """Real input (xdotool) and read-back (the AT-SPI driver) on one X session."""

    def __init__(self, session: XSession, shots: Path):
        self.session, self.shots = session, shots
        self.scale = 1.0     # QT_SCALE_FACTOR of the app shown: the bus speaks in its logical pixels, X in real ones
        self.driver = subprocess.Popen([SYSTEM_PYTHON, str(DRIVER), APP_NAME], env=session.env, text=True,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                       encoding="utf-8")
        assert json.loads(self.driver.stdout.readline()) == {"ready": True}

    def close(self) -> None:
        if self.driver.poll() is None:
            self.driver.stdin.close()
            try:
                self.driver.wait(5)
            except subprocess.TimeoutExpired:
                self.driver.kill()

    # reading
    def ask(self, cmd: str, **kw):
        self.driver.stdin.write(json.dumps({"cmd": cmd, **kw}, ensure_ascii=False) + "\n")
        self.driver.stdin.flush()
        answer = json.loads(self.driver.stdout.readline())
        if "error" in answer:
            raise (LookupError if answer["kind"] == "lookup" else RuntimeError)(answer["error"])
        return answer["ok"]

    def find(self, **query) -> list[Node]:
        return [Node(**n) for n in self.ask("find", query=query)]

    def get(self, timeout: float = 10, **query) -> Node:
        """The first node on screen matching ``query``, waiting for it to show."""
        return self.wait(lambda: (self.find(**query) or [None])[0], timeout, f"nothing on screen matches {query}")

    def gone(self, timeout: float = 10, **query) -> None:
        self.wait(lambda: not self.find(**query), timeout, f"still on screen: {query}")

    def windows(self, **query) -> list[Node]:
        return [Node(**n) for n in self.ask("windows", query=query)]

    def table(self, first: int = 0, count: int = 50, columns: list[int] | None = None, **query) -> dict:
        return self.ask("table", query=query, first=first, count=count, columns=columns)

    def items(self, **query) -> list[dict]:
        return self.ask("items", query=query)

    def dump(self, **query) -> str:
        return self.ask("dump", query=query)

    def wait(self, probe, timeout: float = 10, what: str = "the screen to change"):
        """Poll ``probe`` until it returns something true; fail with what the screen showed."""
        deadline = time.monotonic() + timeout
        last_error = None
        while True:
            try:
                value = probe()
                if value:
                    return value
            except LookupError as exc:
                last_error = exc
            if time.monotonic() > deadline:
                shot = self.shot("timeout")
                pytest.fail(f"waited {timeout:.0f} s for {what}; {last_error or ''} (screen: {shot})")
            time.sleep(0.2)

    def wait_text(self, expected: str, timeout: float = 10, **query) -> Node:
        """Wait until the node's name (a label) or text (a field) equals ``expected``."""
        def probe():
            nodes = self.find(**query)
            return next((n for n in nodes if expected in (n.name, n.text)), None)
        return self.wait(probe, timeout, f"{query} to show {expected!r} "
                                         f"(shows {[(n.name, n.text) for n in self.find(**query)]})")

    # acting: real X events only
    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.session.env, check=True, timeout=30)

    def click(self, target, button: int = 1, repeat: int = 1) -> None:
        x, y = self.real(*(target.center if isinstance(target, Node) else target))
        self.xdotool("mousemove", "--sync", str(x), str(y))
        time.sleep(0.05)
        self.xdotool("click", "--repeat", str(repeat), "--delay", "120", str(button))
        time.sleep(0.15)

    def double_click(self, target) -> None:
        self.click(target, repeat=2)

    def real(self, x: float, y: float) -> tuple[int, int]:
        """A point the bus gave, in the X server's pixels."""
        return round(x * self.scale), round(y * self.scale)

    def drag(self, start: tuple[int, int], end: tuple[int, int]) -> None:
        start, end = self.real(*start), self.real(*end)
        self.xdotool("mousemove", "--sync", str(start[0]), str(start[1]), "mousedown", "1")
        self.xdotool("mousemove", "--sync", str((start[0] + end[0]) // 2), str(end[1]))
        self.xdotool("mousemove", "--sync", str(end[0]), str(end[1]), "mouseup", "1")
        time.sleep(0.2)

    def type(self, text: str, delay_ms: int = 90) -> None:
        self.xdotool("type", "--delay", str(delay_ms), text)
        time.sleep(0.2)

    def type_into(self, text: str, tries: int = 3, **query) -> Node:
        """Click a text field, replace what it holds by ``text`` and check the field shows it. xdotool types a
        Chinese character by remapping a spare key first; now and then the app reads the key before the new
        mapping and the character is lost, as a person sees and types again — so does this, slower each time."""
        for attempt in range(tries):
            field = self.get(**query)
            self.click(field)
            self.key("ctrl+a")
            self.type(text, delay_ms=90 + 60 * attempt)
            shown = self.get(**query).text
            if shown == text:
                return field
        pytest.fail(f"typed {text!r} into {query}, the field shows {shown!r}")

    def key(self, *chords: str) -> None:
        self.xdotool("key", "--delay", "80", *chords)
        time.sleep(0.2)

    def shot(self, name: str) -> Path:
        """A PNG of the whole screen, for the report or a failure."""
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.session.env, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path


class App:
    """``policydesk`` with ``args`` in the X session, its settings and home in ``home``, stderr kept."""

    def __init__(self, screen: Screen, home: Path, args: list[str], extra_env: dict | None = None):
        self.screen, self.home = screen, home
        home.mkdir(parents=True, exist_ok=True)
        env = dict(screen.session.env, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), **(extra_env or {}))
        env.pop("POLICYDESK_HOME", None)
        self.stderr_path = home / "stderr.txt"
        screen.scale = float((extra_env or {}).get("QT_SCALE_FACTOR", 1))
        command = shutil.which("policydesk", path=str(Path(sys.executable).parent))
        command = [command] if command else [sys.executable, "-m", "desktop.cli"]
        self.process = subprocess.Popen(command + args, cwd=str(ROOT), env=env, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=open(self.stderr_path, "w"))
        screen.ask("wait_app", timeout=90)
        self.window = screen.get(timeout=60, role="frame", name_contains="政策台账")
        self.focus()

    def focus(self) -> None:
        """Give the app's main window the keyboard, as a window manager does when a window maps (Xvfb runs none)."""
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid)],
                               env=self.screen.session.env, capture_output=True, text=True, timeout=30)
        for window in found.stdout.split():
            if subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.screen.session.env,
                              capture_output=True, timeout=10).returncode == 0:
                break
        time.sleep(0.2)

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def quit(self, timeout: float = 20) -> int:
        """Close through the window (Ctrl+Q) as an officer would; the exit code."""
        if self.process.poll() is None:
            try:
                self.screen.key("Escape")     # a popup left open would take the shortcut
                self.focus()
                self.screen.key("ctrl+q")
                return self.process.wait(timeout)
            except (subprocess.TimeoutExpired, subprocess.CalledProcessError):
                self.process.send_signal(signal.SIGTERM)
                try:
                    return self.process.wait(5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    return self.process.wait()
        return self.process.returncode
