"""A real phone browser: Debian's headless Chromium, driven by chromedriver through Selenium,
joins the room, posts a note, votes and rates; the map file has all three afterwards.

Skips when chromium, chromedriver or selenium are missing (``.ci/run`` installs them).
Set ``JMDESIGNER_ROOM_SHOTS`` to a folder to keep screenshots of the page (light and dark).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from jmdesigner.room.session import RoomSettings
from jmdesigner.storage.jmapfile import JmapFile
from tests.room.harness import Client, make_map_file, served_room

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
XSS = "<img src=x onerror=window.hacked=1>"
# The next note's request reaches the room, but its answer is lost (the Wi-Fi dropped); notes posted
# are counted in window.posts.
LOSE_NEXT_ANSWER = (
    "window.posts = 0; window.lost = false; const real = window.fetch;"
    "window.fetch = async (...a) => {"
    " if (!String(a[0]).includes('api/cards')) return real(...a);"
    " window.posts += 1;"
    " if (window.lost) return real(...a);"
    " await real(...a); window.lost = true; throw new TypeError('Failed to fetch'); };"
)

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="chromium and chromedriver not installed",
)


@pytest.fixture
def browser(tmp_path: Path):
    yield from _phone(tmp_path, "en-US")


@pytest.fixture
def german_browser(tmp_path: Path):
    yield from _phone(tmp_path, "de-DE")


def _phone(tmp_path: Path, language: str):  # type: ignore[no-untyped-def]
    """Headless Chromium with a phone's viewport, set to ``language``."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--lang={language}",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    # A phone's viewport (headless windows are at least 500 pixels wide).
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}}
    )
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER, log_output=os.devnull))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _retry(wait, action):  # type: ignore[no-untyped-def]
    """``action``'s result, tried again while the live page re-renders the element under it."""
    from selenium.common.exceptions import StaleElementReferenceException

    def attempt(_driver):  # type: ignore[no-untyped-def]
        try:
            return action()
        except StaleElementReferenceException:
            return None

    return wait.until(attempt)


def _shot(driver, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def test_a_phone_joins_posts_votes_and_rates(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    wait = WebDriverWait(browser, 15)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(dots=2)) as served:
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#stages button")))
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        browser.find_elements(By.CSS_SELECTOR, "#stages button")[1].click()  # Stage 2
        Select(browser.find_element(By.ID, "lane")).select_by_visible_text("Pain points")
        browser.find_element(By.ID, "text").send_keys("The form lost my address " + XSS)
        browser.find_element(By.CSS_SELECTOR, "#note button[type=submit]").click()
        mine = "//li[contains(@class,'card')][span[contains(., 'lost my address')]]"
        wait.until(ec.presence_of_element_located((By.XPATH, mine)))
        text = _retry(wait, lambda: browser.find_element(By.XPATH, mine + "/span").text)
        assert text == "The form lost my address " + XSS
        assert browser.execute_script("return window.hacked") is None
        assert browser.find_elements(By.CSS_SELECTOR, "#lanes img") == []
        _retry(wait, lambda: browser.find_element(By.XPATH, mine + "/button").click() or True)
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "1 dot left"))
        score = "#scale button[aria-label='Feeling -3 of 5']"
        _retry(wait, lambda: browser.find_element(By.CSS_SELECTOR, score).click() or True)
        wait.until(
            lambda d: (
                _retry(wait, lambda: d.find_element(By.CSS_SELECTOR, score).get_attribute("aria-pressed"))
                == "true"
            )
        )
        assert "Feeling saved" in browser.find_element(By.ID, "toast").text
        other = Client(served.url)  # another phone posts: this page shows it without reloading
        data = other.get("api/map").json()
        lane = next(x["id"] for x in data["lanes"] if x["name"] == "Touchpoints")
        other.post(
            "api/cards",
            {"stage": data["stages"][1]["id"], "lane": lane, "text": "Live!", "participant": "Bo"},
        )
        wait.until(ec.presence_of_element_located((By.XPATH, "//li[contains(@class,'card')][span='Live!']")))
        _shot(browser, "phone-light.png")
        browser.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
        )
        _shot(browser, "phone-dark.png")
        stage_id = browser.execute_script("return [...document.querySelectorAll('#stages button')].length")
        assert stage_id == 3
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        map_id = doc.maps()[0].id
        stage2 = doc.stages(map_id)[1]
        (note,) = [c for c in doc.cards(map_id) if c.from_room and c.author == "Ana"]
        assert note.text == "The form lost my address " + XSS
        assert (note.author, note.votes, note.stage_id) == ("Ana", 1, stage2.id)
        assert doc.lane(note.lane_id).name == "Pain points"
        room = doc.persona_by_name("Room")
        assert room is not None and doc.point_at(room.id, stage2.id).score == -3


def test_a_german_phone_reads_its_own_words_and_a_held_note_waits(  # type: ignore[no-untyped-def]
    tmp_path: Path, german_browser
) -> None:
    """The page's own labels come from its small table in the phone's language; in hold mode the
    poster is told the facilitator will place the note, which stays off every phone's map."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser = german_browser
    wait = WebDriverWait(browser, 15)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(hold=True)) as served:
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        assert browser.execute_script("return document.documentElement.lang") == "de"
        assert browser.find_element(By.CSS_SELECTOR, "label[for=name]").text == "Dein Name"
        browser.find_element(By.ID, "name").send_keys("Jörg")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "noch 3 Punkte"))
        assert browser.find_element(By.ID, "feel-title").text == "Wie hat sich der Kunde hier gefühlt?"
        browser.find_element(By.ID, "text").send_keys("Zu viele Formulare")
        browser.find_element(By.CSS_SELECTOR, "#note button[type=submit]").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "die Moderation setzt"))
        shown = browser.execute_script("return document.getElementById('lanes').textContent")
        assert "Zu viele Formulare" not in shown  # held: off the map until placed
        _shot(browser, "phone-de-held.png")
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        (held,) = doc.held_cards(doc.maps()[0].id)
        assert (held.text, held.author, held.held) == ("Zu viele Formulare", "Jörg", True)


def test_a_phone_left_on_a_replaced_link_is_told_to_scan_the_new_code(  # type: ignore[no-untyped-def]
    tmp_path: Path, browser
) -> None:
    """The facilitator replaced the link (New Link): the page a phone kept open reconnects, hears
    its link was replaced, and says so where it stays, instead of failing silently."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from jmdesigner.room.links import digest

    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, token="the-old-link-token") as served:
        port = served.server.port
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#stages button")))
    # closed for a moment: posting says so in words where the note stays, not "Failed to fetch"
    browser.find_element(By.ID, "text").send_keys("While it was closed")
    browser.find_element(By.CSS_SELECTOR, "#note button[type=submit]").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "unsent"), "the room cannot be reached"))
    retired = frozenset({digest("the-old-link-token")})
    with served_room(path, token="the-new-link-token", port=port, retired=retired):
        wait.until(ec.visibility_of_element_located((By.ID, "gone")))
        assert "replaced by a new one" in browser.find_element(By.ID, "gone").text
        assert browser.find_element(By.ID, "live").text == "Link no longer valid"
        assert not browser.find_element(By.ID, "join").is_displayed()
        assert not browser.find_element(By.ID, "room").is_displayed()
        _shot(browser, "phone-link-replaced.png")


def test_a_german_phone_is_thanked_at_the_end_and_keeps_the_note_it_had_not_sent(  # type: ignore[no-untyped-def]
    tmp_path: Path, german_browser
) -> None:
    """The facilitator ends the workshop: the open page says so at once in the phone's language,
    stops following, and a note still being written stays on the page, read-only, to copy."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser = german_browser
    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path) as served:
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Jörg")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        browser.find_element(By.ID, "text").send_keys("Noch nicht gesendet")
        served.server.end()
        wait.until(ec.text_to_be_present_in_element((By.ID, "gone"), "Der Workshop ist zu Ende – danke!"))
        assert browser.find_element(By.ID, "live").text == "Beendet"
        text = browser.find_element(By.ID, "text")
        assert (
            text.get_attribute("value") == "Noch nicht gesendet" and text.get_attribute("readOnly") == "true"
        )
        assert "Nicht gesendet" in browser.find_element(By.ID, "unsent").text
        assert not browser.find_element(By.ID, "stages").is_displayed()
        assert not browser.find_element(By.CSS_SELECTOR, "#note button[type=submit]").is_enabled()
        _shot(browser, "phone-de-ended.png")


def test_a_phones_words_are_never_lost_or_sent_twice(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """A small phone (320×568): a 5,000-character paste stays whole and is refused in words, not
    cut; a note whose answer was lost (the request went out, the Wi-Fi dropped) is said posted
    as soon as the live stream says it landed, never “Not sent yet”, and is not sent again; a note
    being written survives a reload; the stage chosen is deleted while a note is being written:
    the page says so and posts it nowhere else."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from jmdesigner.model import commands as cmd

    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 320, "height": 568, "deviceScaleFactor": 2, "mobile": True},
    )
    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    post = "#note button[type=submit]"
    with served_room(path) as served:
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#stages button")))
        long_text = "🙂 " + "x" * 4998
        browser.execute_script(  # pasted, as typing does (a maxlength would cut it here)
            "document.getElementById('text').focus();"
            "document.execCommand('insertText', false, arguments[0]);",
            long_text,
        )
        assert browser.find_element(By.ID, "text").get_attribute("value") == long_text  # not cut
        assert browser.find_element(By.ID, "count").text == "5000 / 2000"
        _tap(browser, post)
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "has 5000 characters"))
        _shot(browser, "phone-320-too-long.png")
        # the request reaches the room, its answer never comes back; the live stream says it landed
        browser.execute_script(LOSE_NEXT_ANSWER)
        browser.find_element(By.ID, "text").clear()
        browser.find_element(By.ID, "text").send_keys("Answer lost on the way")
        _tap(browser, post)
        wait.until(lambda d: d.execute_script("return window.lost"))  # the page was told it failed
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Posted. Thank you!"))
        wait.until(ec.invisibility_of_element_located((By.ID, "unsent")))
        assert browser.find_element(By.ID, "text").get_attribute("value") == ""
        assert browser.execute_script("return window.posts") == 1  # not sent again
        shown = browser.execute_script("return document.getElementById('lanes').textContent")
        assert shown.count("Answer lost on the way") == 1
        # the facilitator deletes the stage this phone chose while it writes a note
        _tap(browser, "#stages button", 2)  # Stage 3
        browser.find_element(By.ID, "text").send_keys("For stage three")
        browser.refresh()  # a note being written survives the page being dropped too
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        assert browser.find_element(By.ID, "text").get_attribute("value") == "For stage three"
        pressed = "#stages button[aria-pressed=true]"
        wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, pressed), "Stage 3"))
        room = served.server.room
        gone = room.doc.stages(served.map_id)[2].id
        served.server.jobs.submit(lambda: room.stack.push(cmd.remove_stage(gone))).result(10)
        wait.until(ec.text_to_be_present_in_element((By.ID, "unsent"), "“Stage 3” was removed"))
        _tap(browser, post)
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "choose a stage"))
        assert browser.find_element(By.ID, "text").get_attribute("value") == "For stage three"
        _shot(browser, "phone-320-stage-removed.png")
        _tap(browser, "#stages button", 1)  # Stage 2: chosen again
        assert not browser.find_element(By.ID, "unsent").is_displayed()
        # renamed to a long name: it wraps inside its own button, never over the next one
        long_name = "Discover the offer through a friend's recommendation on social media"
        second = room.doc.stages(served.map_id)[1].id
        rename = cmd.update_stage(second, name=long_name)
        served.server.jobs.submit(lambda: room.stack.push(rename)).result(10)
        wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, pressed), "social media"))
        overflowing = browser.execute_script(
            "return [...document.querySelectorAll('#stages button, #title')]"
            ".filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent)"
        )
        assert overflowing == []
        _shot(browser, "phone-320-long-stage.png")
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        texts = [c.text for c in doc.cards(doc.maps()[0].id) if c.author == "Ana"]
    assert texts == ["Answer lost on the way"]


def test_a_note_sent_while_the_app_restarts_goes_out_by_itself_once(  # type: ignore[no-untyped-def]
    tmp_path: Path, browser
) -> None:
    """The room closes mid-workshop (the app restarted): a note posted meanwhile stays on the
    page, “Not sent yet”; when the room is back on the same link the page reconnects and sends it
    by itself, once."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, token="the-same-link-token") as served:
        port = served.server.port
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
    browser.find_element(By.ID, "text").send_keys("Sent while it restarted")
    _tap(browser, "#note button[type=submit]")
    wait.until(ec.text_to_be_present_in_element((By.ID, "unsent"), "Not sent yet"))
    with served_room(path, token="the-same-link-token", port=port):
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Posted. Thank you!"))
        assert browser.find_element(By.ID, "text").get_attribute("value") == ""
        assert not browser.find_element(By.ID, "unsent").is_displayed()
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        texts = [c.text for c in doc.cards(doc.maps()[0].id) if c.author == "Ana"]
    assert texts == ["Sent while it restarted"]


def test_a_note_that_landed_unanswered_is_not_sent_again_when_the_phone_wakes(  # type: ignore[no-untyped-def]
    tmp_path: Path, browser
) -> None:
    """No live stream to say so (it died while the phone slept): the note whose answer was lost
    says “Not sent yet”; when the phone wakes, the map it reads says the note landed, and the page
    says it was posted, without sending it again."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    browser.execute_cdp_cmd(  # a stream that never opens
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": "window.EventSource = class { addEventListener() {} close() {} };"},
    )
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path) as served:
        posted = []
        post_card = served.server._post_card

        async def counted(request):  # type: ignore[no-untyped-def]
            posted.append(request.path)
            return await post_card(request)

        served.server._post_card = counted  # type: ignore[method-assign]
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#stages button")))
        browser.execute_script(LOSE_NEXT_ANSWER)
        browser.find_element(By.ID, "text").send_keys("Landed while asleep")
        _tap(browser, "#note button[type=submit]")
        wait.until(ec.text_to_be_present_in_element((By.ID, "unsent"), "Not sent yet"))
        browser.execute_script("document.dispatchEvent(new Event('visibilitychange'))")  # it wakes
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Posted. Thank you!"))
        assert not browser.find_element(By.ID, "unsent").is_displayed()
        assert browser.find_element(By.ID, "text").get_attribute("value") == ""
        shown = browser.execute_script("return document.getElementById('lanes').textContent")
        assert shown.count("Landed while asleep") == 1
        assert len(posted) == 1  # the room was asked once
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        assert [c.text for c in doc.cards(doc.maps()[0].id) if c.author == "Ana"] == ["Landed while asleep"]


def _tap(driver, selector, nth: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Scroll the ``nth`` match of ``selector`` into view as the page's own scroll padding says
    (clear of the bars), and tap it."""
    from selenium.webdriver.common.by import By

    button = driver.find_elements(By.CSS_SELECTOR, selector)[nth]
    driver.execute_script("arguments[0].scrollIntoView({block: 'nearest'})", button)
    button.click()


# The next dot's request reaches the room, but its answer is lost; the keys of the dots sent are
# kept in window.dotKeys.
LOSE_NEXT_DOT = (
    "window.dotKeys = []; window.lostDot = false; const realFetch = window.fetch;"
    "window.fetch = async (...a) => {"
    " if (!String(a[0]).includes('api/votes')) return realFetch(...a);"
    " window.dotKeys.push(JSON.parse(a[1].body).key);"
    " if (window.lostDot) return realFetch(...a);"
    " await realFetch(...a); window.lostDot = true; throw new TypeError('Failed to fetch'); };"
)


def test_a_dot_whose_answer_was_lost_counts_once(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """A dot's answer is lost (the Wi-Fi dropped as it went): the page says it is not given yet
    and marks it; tapped again it goes with the same key, and the card has one dot. A dot lost the
    same way and then the page reloaded is given again by itself, with its key, once."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(dots=3)) as served:
        other = Client(served.url)
        data = other.get("api/map").json()
        lane = next(x["id"] for x in data["lanes"] if x["name"] == "Touchpoints")
        cards = [
            other.post(
                "api/cards",
                {"stage": data["stages"][0]["id"], "lane": lane, "text": text, "participant": "Bo"},
            ).json()["id"]
            for text in ("First card", "Second card")
        ]
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, f"li[data-id='{cards[1]}'] button")))
        browser.execute_script(LOSE_NEXT_DOT)
        first = f"li[data-id='{cards[0]}'] button"
        _retry(wait, lambda: _tap(browser, first) or True)
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Not given yet"))
        assert "waiting" in browser.find_element(By.CSS_SELECTOR, first).get_attribute("class")
        _retry(wait, lambda: _tap(browser, first) or True)  # tapped again: the same dot
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Dot given."))
        keys = browser.execute_script("return window.dotKeys")
        assert len(keys) == 2 and keys[0] and keys[0] == keys[1]
        assert "waiting" not in browser.find_element(By.CSS_SELECTOR, first).get_attribute("class")
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "2 dots left"))
        browser.execute_script(LOSE_NEXT_DOT)  # the next dot is lost too, then the page reloads
        _retry(wait, lambda: _tap(browser, f"li[data-id='{cards[1]}'] button") or True)
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Not given yet"))
        browser.refresh()
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "1 dot left"))
        assert other.get("api/map?participant=Ana").json()["dots_left"] == 1
        wait.until(
            lambda d: d.execute_script(
                "return !localStorage.getItem('jmdesigner-room-dots:' + location.pathname)"
            )
        )
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        assert [doc.card(card_id).votes for card_id in cards] == [1, 1]


def test_the_live_stream_is_renewed_without_a_gap_or_a_reload(  # type: ignore[no-untyped-def]
    tmp_path: Path, browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The room ends each stream after its lifetime (0.6 s here, minutes in a room): the page opens
    the next at once, asking for what came meanwhile; cards posted across the renewals each show
    once, the page says Live throughout and never reloads the map."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    from jmdesigner.room import server as room_server

    monkeypatch.setattr(room_server, "STREAM_LIFETIME", 0.6)
    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path) as served:
        asked: list[str] = []
        for name in ("_events", "_get_map"):
            handler = getattr(served.server, name)

            async def counted(request, handler=handler):  # type: ignore[no-untyped-def]
                asked.append(request.path_qs.rsplit("/", 1)[1])
                return await handler(request)

            setattr(served.server, name, counted)
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        browser.execute_script(
            "window.said = []; new MutationObserver(() => window.said.push("
            "document.getElementById('live').textContent)).observe("
            "document.getElementById('live'), {childList: true, characterData: true, subtree: true});"
        )
        other = Client(served.url)
        data = other.get("api/map").json()
        maps_before = sum(a.startswith("map") for a in asked)
        lane = next(x["id"] for x in data["lanes"] if x["name"] == "Touchpoints")
        cell = {"stage": data["stages"][0]["id"], "lane": lane, "participant": "Bo"}
        texts = [f"Across renewal {n}" for n in range(6)]
        for n, text in enumerate(texts):
            assert other.post("api/cards", {**cell, "text": text}).status == 201
            streams = sum(a.startswith("events") for a in asked)
            wait.until(lambda _d, n=streams: sum(a.startswith("events") for a in asked) > n)  # a renewal
        wait.until(lambda d: texts[-1] in d.find_element(By.ID, "lanes").text)
        shown = browser.execute_script("return document.getElementById('lanes').textContent")
        assert [shown.count(text) for text in texts] == [1] * 6
        assert any("since=" in a for a in asked if a.startswith("events"))
        assert sum(a.startswith("map") for a in asked) == maps_before, asked  # no reload of the map
        assert "Reconnecting…" not in browser.execute_script("return window.said")
        assert browser.find_element(By.ID, "live").text == "Live"


def test_a_double_tapped_dot_is_taken_back(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """A double tap gives a card both dots; the card shows a take-back button (the phone's own
    dots marked), which gives one back (also after a reload); the dot then goes to another card."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(dots=2)) as served:
        other = Client(served.url)
        data = other.get("api/map").json()
        lane = next(x["id"] for x in data["lanes"] if x["name"] == "Touchpoints")
        cell = {"stage": data["stages"][0]["id"], "lane": lane, "participant": "Bo"}
        cards = [other.post("api/cards", {**cell, "text": t}).json()["id"] for t in ("Meant", "Wrong")]
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "live"), "Live"))
        wrong, meant = (f"li[data-id='{card}']" for card in (cards[1], cards[0]))
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, wrong + " button.vote")))
        assert browser.find_elements(By.CSS_SELECTOR, "button.take-back") == []
        for _ in range(2):  # a double tap
            _retry(wait, lambda: _tap(browser, wrong + " button.vote") or True)
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "0 dots left"))
        assert "mine" in browser.find_element(By.CSS_SELECTOR, wrong + " button.vote").get_attribute("class")
        browser.refresh()  # the phone's own dots are kept across a reload
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, wrong + " button.take-back")))
        label = browser.find_element(By.CSS_SELECTOR, wrong + " button.take-back").get_attribute("aria-label")
        assert label == "Take back your dot"
        _retry(wait, lambda: _tap(browser, wrong + " button.take-back") or True)
        wait.until(ec.text_to_be_present_in_element((By.ID, "toast"), "Dot taken back."))
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "1 dot left"))
        _retry(wait, lambda: _tap(browser, meant + " button.vote") or True)
        wait.until(ec.text_to_be_present_in_element((By.ID, "dots"), "0 dots left"))
        assert other.get("api/map?participant=Ana").json()["dots_left"] == 0
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        assert [doc.card(card).votes for card in cards] == [1, 1]


def test_a_card_posted_before_the_late_stream_opened_shows(tmp_path: Path, browser) -> None:  # type: ignore[no-untyped-def]
    """The page's map and live stream go out together; here the stream is 3 s late, and a card
    posted after the map was read and before the stream opened reaches no stream. The page sees
    its stream started after its map and asks for what came between: the card shows, once."""
    import asyncio

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 20)
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path) as served:
        events = served.server._events
        opened: list[str] = []

        async def late(request):  # type: ignore[no-untyped-def]
            opened.append(request.path_qs)
            if len(opened) == 1:
                await asyncio.sleep(3)
            return await events(request)

        served.server._events = late  # type: ignore[method-assign]
        other = Client(served.url)
        data = other.get("api/map").json()
        lane = next(x["id"] for x in data["lanes"] if x["name"] == "Touchpoints")
        cell = {"stage": data["stages"][0]["id"], "lane": lane, "participant": "Bo"}
        browser.get(served.url)
        wait.until(ec.text_to_be_present_in_element((By.ID, "title"), "Checkout"))
        browser.find_element(By.ID, "name").send_keys("Ana")
        browser.find_element(By.CSS_SELECTOR, "#join button").click()
        wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#stages button")))
        assert served.server.listeners == 0  # the map was read; the stream is not open yet
        assert other.post("api/cards", {**cell, "text": "Between map and stream"}).status == 201
        wait.until(lambda d: "Between map and stream" in d.find_element(By.ID, "lanes").text)
        shown = browser.execute_script("return document.getElementById('lanes').textContent")
        assert shown.count("Between map and stream") == 1
        assert len(opened) == 2 and "since=" in opened[1]
