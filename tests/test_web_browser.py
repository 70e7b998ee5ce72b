"""The chat page in a real browser: Debian's headless Chromium driven by Playwright.

A visitor types questions and reads answers, asks a follow-up, starts over, and
never sees markup from an answer run as markup. Screenshots (light on a desktop,
dark on a phone) are saved to $TWITCH_ASSISTANT_ARTIFACTS when it is set (.ci/run
sets it), else to pytest's temporary directory; docs/web-chat.png is a copy of
the light one.

Playwright cannot download its own browsers here, so the system's Chromium is
launched. Without it the test is skipped on a developer's machine but fails
under CI (CI=true), where .ci/run installs it: a browser test that silently
skips in CI proves nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import LiveServer
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
ANSWER_TIMEOUT_MS = 15_000  # generous: a guard against hangs, not a speed check
ANSWERS = "#messages .message.assistant:not(.pending)"

expect.set_options(timeout=ANSWER_TIMEOUT_MS)


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does it)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with LiveServer(tmp_path_factory.mktemp("browser") / "server.log") as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    require_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("TWITCH_ASSISTANT_ARTIFACTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


class Visit:
    """One visitor's tab, collecting every console error (CSP refusals appear there)."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(str(error)))
        page.goto(url)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(message.text)

    def ask(self, question: str) -> str:
        """Type a question, press Enter, and return the text of the answer it gets."""
        answers = self.page.locator(ANSWERS)
        before = answers.count()
        box = self.page.get_by_label("Your question")
        box.fill(question)
        box.press("Enter")
        expect(answers).to_have_count(before + 1)
        return answers.nth(before).locator(".answer").inner_text()


@pytest.fixture
def visit(browser: Browser, server: LiveServer) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1000, "height": 1150})
    yield Visit(context.new_page(), server.url)
    context.close()


def test_a_conversation_with_a_follow_up_and_a_fresh_start(visit: Visit, artifacts: Path) -> None:
    page = visit.page
    expect(page.locator("#messages")).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("note")).to_contain_text("not medical advice")

    assert "Magnesium" in visit.ask("what does magnesium do")
    follow_up = visit.ask("which foods have it")
    assert "magnesium" in follow_up and "leafy greens" in follow_up
    visit.ask("how much do i need a day, im a 40 year old woman")

    last = page.locator(ANSWERS).last
    expect(last.locator(".answer")).to_contain_text("magnesium for a woman aged 40")
    reminder = last.locator(".reminder")
    expect(reminder).to_contain_text("general information, not medical advice")
    answer_color = last.locator(".answer").evaluate("e => getComputedStyle(e).color")
    assert reminder.evaluate("e => getComputedStyle(e).color") != answer_color, "not dimmed"
    expect(page.get_by_role("note")).to_be_in_viewport()  # the health note never scrolls away
    page.screenshot(path=artifacts / "web-chat.png")

    page.get_by_role("button", name="New conversation").click()
    expect(page.locator("#messages > li")).to_have_count(0)
    expect(page.get_by_label("Your question")).to_be_focused()
    # The new conversation remembers nothing: "it" has nothing to refer to.
    assert "Which nutrient do you mean" in visit.ask("which foods have it")
    assert visit.problems == []


def test_markup_in_an_answer_or_a_question_shows_as_text(visit: Visit) -> None:
    page = visit.page
    hostile = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> <b>bold</b>'
    record = {"question": "q", "intent": None, "confidence": 0.0, "entities": {},
              "answer": hostile, "sources": ["<i>a source</i>"], "conversation": "c1",
              "new_conversation": True, "reminder": "", "notice": "<u>a notice</u>"}
    page.route("**/api/ask", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(record)))

    assert visit.ask("<em>what</em> has potassium") == hostile
    messages = page.locator("#messages")
    expect(messages.locator(".message.user p")).to_have_text("<em>what</em> has potassium")
    expect(messages.locator(".notice")).to_have_text("<u>a notice</u>")
    expect(messages.locator(".sources li")).to_have_text("<i>a source</i>")
    expect(messages.locator("script, img, b, i, u, em")).to_have_count(0)
    assert page.evaluate("window.pwned") is None
    assert visit.problems == []


def test_a_phone_in_dark_mode(browser: Browser, server: LiveServer, artifacts: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 760}, color_scheme="dark",
                                  is_mobile=True, has_touch=True, device_scale_factor=2)
    try:
        visit = Visit(context.new_page(), server.url)
        page = visit.page
        for question in ("my eyelid keeps twitching, is that normal",
                         "what foods have potassium", "and calcium?"):
            visit.ask(question)
        assert "dairy" in page.locator(ANSWERS).last.locator(".answer").inner_text()
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert _brightness(background) < 80, background
        assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), \
            "the page scrolls sideways on a phone"
        expect(page.get_by_role("note")).to_be_in_viewport()
        expect(page.get_by_label("Your question")).to_be_in_viewport()
        page.screenshot(path=artifacts / "web-chat-dark.png")
        assert visit.problems == []
    finally:
        context.close()


def _brightness(css_color: str) -> float:
    """0 (black) to 255 (white), from 'rgb(r, g, b)'."""
    red, green, blue = (float(part) for part in css_color[css_color.index("(") + 1:-1]
                        .split(",")[:3])
    return 0.299 * red + 0.587 * green + 0.114 * blue
