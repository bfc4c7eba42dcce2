package no.oslocancercluster.history.browser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import no.oslocancercluster.history.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA in a real Chromium: axe-core's rules on every page type in both colour
 * schemes, and what axe cannot see (keyboard order and focus, outline, landmarks, zoom,
 * reduced motion).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.December.class)
class AccessibilityTests {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

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
	void resetEmulation() {
		Browser.resetWidth(driver);
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/expertise-status", "/innovation-park", "/awards", "/expansions",
			"/timeline", "/print", "/no-such-page", "/errors/bad-request", "/nb/", "/nb/founding", "/nb/timeline",
			"/nb/print", "/nb/no-such-page", "/search", "/search?q=gold+label", "/nb/search?q=innovasjonspark",
			"/search?q=xylophone", "/names", "/nb/names", "/names/kaare-norum", "/nb/names/montebello",
			"/search?q=Norum" })
	void hasNoAxeViolationsInLightOrDarkScheme(String path) {
		for (String scheme : List.of("light", "dark")) {
			driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			driver.get(url(path));
			Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
			assertThat(results.getViolations()).as(path + " in the " + scheme + " scheme: " + describe(results))
				.isEmpty();
			assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/awards", "/timeline", "/print", "/no-such-page", "/nb/awards",
			"/search?q=gold", "/names", "/names/kaare-norum" })
	void hasOneTitleHeadingAnOutlineWithoutGapsAndTheLandmarks(String path) {
		driver.get(url(path));
		List<Integer> levels = driver.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6"))
			.stream()
			.map((heading) -> Integer.parseInt(heading.getTagName().substring(1)))
			.toList();
		assertThat(levels).as(path).startsWith(1).filteredOn((level) -> level == 1).hasSize(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i)).as(path + " heading " + (i + 1) + " after h" + levels.get(i - 1))
				.isLessThanOrEqualTo(levels.get(i - 1) + 1);
		}
		assertThat(driver.findElements(By.cssSelector("body > header"))).as("banner").hasSize(1);
		assertThat(driver.findElements(By.cssSelector("body > main#main"))).as("main").hasSize(1);
		assertThat(driver.findElements(By.cssSelector("body > footer"))).as("contentinfo").hasSize(1);
		assertThat(driver.findElements(By.cssSelector("nav[aria-label]"))).as("named navigation").isNotEmpty();
	}

	@Test
	void marksTheCurrentPageInTheNavigation() {
		for (String[] page : List.of(new String[] { "/", "Overview" },
				new String[] { "/awards", "Awards and recognitions" }, new String[] { "/timeline", "Timeline" })) {
			driver.get(url(page[0]));
			assertThat(new SitePage(driver).currentNavigationLink()).isEqualTo(page[1]);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/timeline", "/print", "/nb/founding", "/search?q=gold" })
	void everyLinkSaysWhereItGoesOutOfContext(String path) {
		driver.get(url(path));
		for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
			String name = accessibleText(link);
			assertThat(name).as(path + " " + link.getAttribute("href")).isNotBlank();
			assertThat(name.toLowerCase()).as(path).isNotIn("here", "click here", "more", "read more", "link");
		}
	}

	@Test
	void timelineIsAnOrderedListOfItsMilestonesWithTheirCount() {
		driver.get(url("/timeline"));
		WebElement timeline = driver.findElement(By.cssSelector("ol.timeline"));
		assertThat(timeline.getAttribute("aria-label")).isEqualTo("Milestones by year");
		assertThat(timeline.findElements(By.cssSelector("li.milestone"))).hasSize(8);
		assertThat(driver.findElement(By.cssSelector("p.lead")).getText()).startsWith("8 milestones");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/awards", "/timeline", "/nb/awards", "/search?q=gold" })
	void keyboardReachesEveryLinkInOrderWithAVisibleFocus(String path) {
		driver.get(url(path));
		// What the page shows, in the tab order: on a wide screen the phone's menu is not
		// shown, and the timeline chart's marks repeat the list's links out of the tab
		// order.
		List<WebElement> links = driver
			.findElements(By.cssSelector("a[href]:not([tabindex='-1']), input, button, summary"))
			.stream()
			.filter(WebElement::isDisplayed)
			.toList();
		List<WebElement> reached = new ArrayList<>();
		WebElement body = driver.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		for (int i = 0; i < links.size(); i++) {
			WebElement focused = driver.switchTo().activeElement();
			assertThat(focusIndicator(focused)).as(path + " focus on " + focused.getText()).isTrue();
			reached.add(focused);
			focused.sendKeys(Keys.TAB);
		}
		assertThat(reached).as(path + ": tab order is the reading order").containsExactlyElementsOf(links);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/founding", "/timeline", "/nb/expertise-status", "/search?q=gold" })
	void staysReadableAt200PercentZoomAndOn320PixelPhones(String path) {
		for (int width : List.of(640, 320)) {
			driver.get(url(path));
			Browser.emulateWidth(driver, width);
			assertThat(new SitePage(driver).sidewaysOverflow()).as(path + " at " + width).isLessThanOrEqualTo(0);
			assertThat(overlappingNavigationLinks()).as(path + " at " + width).isEmpty();
		}
	}

	@Test
	void respectsReducedMotion() {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		driver.get(url("/timeline"));
		Object motion = script("const link = document.querySelector('a.milestone__title');"
				+ "return getComputedStyle(document.documentElement).scrollBehavior + ' '"
				+ " + getComputedStyle(link).transitionDuration;");
		assertThat(motion).isEqualTo("auto 0s");
	}

	private boolean focusIndicator(WebElement element) {
		Object visible = script("const s = getComputedStyle(arguments[0]);"
				+ "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';",
				element);
		return Boolean.TRUE.equals(visible);
	}

	private List<String> overlappingNavigationLinks() {
		Object overlaps = script("const links = [...document.querySelectorAll('nav.site-nav a')];"
				+ "const boxes = links.map(l => l.getBoundingClientRect()); const found = [];"
				+ "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
				+ " const a = boxes[i], b = boxes[j];"
				+ " if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)"
				+ "  found.push(links[i].textContent + ' / ' + links[j].textContent); }" + "return found;");
		return ((List<?>) overlaps).stream().map(Object::toString).toList();
	}

	private String accessibleText(WebElement link) {
		String label = link.getAttribute("aria-label");
		return (label != null) ? label : String.valueOf(script("return arguments[0].textContent.trim();", link));
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private static String describe(Results results) {
		return results.getViolations()
			.stream()
			.map((Rule rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes()
						.stream()
						.map((node) -> node.getTarget().toString())
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
