package no.oslocancercluster.history.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site on a phone, in a real headless Chromium: no word is broken inside at any width
 * from 320 px, the page's heading is in the first screen with room to read, and the menu,
 * one row that scrolls sideways, is reachable link by link from the keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneViewTests {

	private static final List<String> PAGES = List.of("/", "/nb/", "/founding", "/nb/expertise-status",
			"/innovation-park", "/awards", "/nb/expansions", "/timeline", "/nb/timeline", "/search?q=radium", "/print",
			"/no-such-page");

	// Every word of the page's visible text whose letters lie on more than one line. A
	// break after a hyphen, a dash or a slash is where typography allows one.
	private static final String BROKEN_WORDS = """
			const broken = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
			  const node = walker.currentNode;
			  const element = node.parentElement;
			  if (!element || element.closest('script, style, .visually-hidden') || !element.checkVisibility()) continue;
			  const words = /[^\\s\\-\\u2013\\u2014\\/]+/g;
			  let word;
			  while ((word = words.exec(node.data))) {
			    const range = document.createRange();
			    range.setStart(node, word.index);
			    range.setEnd(node, word.index + word[0].length);
			    const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			    if (tops.size > 1) broken.push(word[0]);
			  }
			}
			return broken;
			""";

	private static ChromeDriver driver;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@AfterEach
	void restoreWidth() {
		Browser.resetWidth(driver);
	}

	@Test
	void noWordBreaksInsideAtAnyPhoneWidth() {
		for (int width : List.of(320, 360, 390, 414)) {
			Browser.emulateScreen(driver, width, 844);
			for (String page : PAGES) {
				driver.get(baseUrl() + page);
				assertThat(driver.executeScript(BROKEN_WORDS)).as("%s at %d px", page, width).asList().isEmpty();
			}
		}
	}

	@Test
	void thePagesHeadingIsInTheFirstScreenWithRoomToRead() {
		Browser.emulateScreen(driver, 390, 844);
		for (String page : PAGES) {
			driver.get(baseUrl() + page);
			long header = (Long) driver.executeScript(
					"return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
			long heading = (Long) driver
				.executeScript("return Math.round(document.querySelector('main h1').getBoundingClientRect().bottom)");
			assertThat(header).as("%s: the header's height", page).isLessThanOrEqualTo(844 / 4);
			assertThat(heading).as("%s: the bottom of the heading", page).isLessThanOrEqualTo(844 / 2);
		}
	}

	@Test
	void theMenuOpensFromTheKeyboardAndEveryLinkIsReachedInView() {
		Browser.emulateScreen(driver, 320, 844);
		driver.get(baseUrl() + "/nb/");
		assertThat(driver.findElement(By.cssSelector("nav.site-nav")).isDisplayed()).isFalse();
		WebElement menu = driver.findElement(By.cssSelector(".site-menu summary"));
		assertThat(menu.getText()).isEqualTo("Meny");
		assertThat(driver.findElement(By.cssSelector(".site-menu__nav")).isDisplayed()).isFalse();
		WebElement focused = tabUntil(menu);
		focused.sendKeys(Keys.ENTER);
		List<WebElement> links = driver.findElements(By.cssSelector(".site-menu__nav a"));
		assertThat(links).extracting(WebElement::getText)
			.containsExactly("Oversikt", "Etableringen", "Kompetanse og status", "Innovasjonsparken",
					"Utmerkelser og anerkjennelse", "Videre utvidelser", "Tidslinje");
		for (WebElement link : links) {
			focused.sendKeys(Keys.TAB);
			focused = driver.switchTo().activeElement();
			assertThat(focused).isEqualTo(link);
			assertThat(inView(link)).as("%s is in view when focused", link.getText()).isTrue();
		}
		focused.sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("site-search-q");
	}

	@Test
	void thePhoneViewWithItsMenuOpenHasNoAxeViolationsInEitherScheme() {
		Browser.emulateScreen(driver, 390, 844);
		for (String scheme : List.of("light", "dark")) {
			driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			for (String page : List.of("/", "/nb/founding", "/timeline")) {
				driver.get(baseUrl() + page);
				driver.findElement(By.cssSelector(".site-menu summary")).click();
				Results results = new AxeBuilder()
					.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))
					.analyze(driver);
				assertThat(results.getViolations()).as("%s in the %s scheme", page, scheme)
					.extracting((rule) -> rule.getId() + ": " + rule.getNodes().get(0).getHtml())
					.isEmpty();
			}
		}
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	private static WebElement tabUntil(WebElement target) {
		driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (int i = 0; i < 10 && !driver.switchTo().activeElement().equals(target); i++) {
			driver.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		assertThat(driver.switchTo().activeElement()).isEqualTo(target);
		return target;
	}

	private static boolean inView(WebElement element) {
		Object inside = driver.executeScript("const r = arguments[0].getBoundingClientRect();"
				+ "return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0"
				+ " && r.bottom <= window.innerHeight;", element);
		return Boolean.TRUE.equals(inside);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
