package no.oslocancercluster.history.browser;

import java.io.IOException;
import java.util.List;

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
 * A visitor's walk through the site in a real headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

	private static final List<String> PAGES = List.of("/", "/founding", "/expertise-status", "/innovation-park",
			"/awards", "/expansions", "/timeline", "/no-such-page");

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
	void walksFromTheOverviewThroughASectionToTheTimelineAndBackIntoTheStory() {
		HomePage home = HomePage.open(driver, baseUrl());
		assertThat(home.heading()).isEqualTo("Our history");
		SectionPage founding = home.openSection("Founding");
		assertThat(founding.heading()).isEqualTo("Founding");
		assertThat(founding.currentNavigationLink()).isEqualTo("Founding");
		assertThat(founding.breadcrumb()).containsExactly("Overview", "Founding");
		assertThat(founding.tableOfContents()).hasSizeGreaterThan(1);
		SectionPage next = founding.next();
		assertThat(next.heading()).isEqualTo("Expertise and status");
		TimelinePage timeline = next.openTimeline();
		assertThat(timeline.dates()).containsSubsequence("2006", "2007", "2015-05", "2019-12", "2021", "2022-12",
				"2023-04", "2024");
		String href = timeline.milestoneLink("2022-12");
		SectionPage story = timeline.openMilestoneDated("2022-12");
		assertThat(driver.getCurrentUrl()).endsWith(href).contains("/awards#");
		assertThat(story.isInViewport(story.target())).isTrue();
		assertThat(story.targetParagraph()).contains("December 2022").contains("94%");
	}

	@Test
	void norwegianReaderArrivesInBokmalSwitchesOnEveryPageAndSearchesTheHistory() throws IOException {
		ChromeDriver reader = Browser.start("nb-NO,nb,en");
		try {
			reader.get(baseUrl() + "/");
			assertThat(reader.getCurrentUrl()).isEqualTo(baseUrl() + "/nb/");
			assertThat(new SitePage(reader).heading()).isEqualTo("Vår historie");
			assertThat(reader.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
			// Every kind of page switches to itself in the other language and back.
			for (String page : List.of("/founding", "/timeline", "/print", "/search?q=Radforsk", "/")) {
				reader.get(baseUrl() + "/nb" + page);
				reader.findElement(By.cssSelector(".language-switch a")).click();
				String english = page.equals("/") ? "/?lang=en" : page;
				assertThat(reader.getCurrentUrl()).as(page).isEqualTo(baseUrl() + english);
				assertThat(reader.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo("en");
				reader.findElement(By.cssSelector(".language-switch a")).click();
				assertThat(reader.getCurrentUrl()).as(page).isEqualTo(baseUrl() + "/nb" + page);
			}
			// A reader who chose English is not sent back to bokmål by a link within the
			// site.
			reader.get(baseUrl() + "/?lang=en");
			reader.findElement(By.cssSelector("nav.site-nav a[href='/founding']")).click();
			reader.findElement(By.cssSelector(".site-name")).click();
			assertThat(reader.getCurrentUrl()).isEqualTo(baseUrl() + "/");
			assertThat(new SitePage(reader).heading()).isEqualTo("Our history");
			// Searching as a Norwegian reader would, and following the result to the
			// paragraph.
			reader.get(baseUrl() + "/nb/");
			WebElement search = reader.findElement(By.id("site-search-q"));
			search.sendKeys("innovasjonspark");
			search.sendKeys(Keys.ENTER);
			assertThat(reader.getCurrentUrl()).isEqualTo(baseUrl() + "/nb/search?q=innovasjonspark");
			reader.findElement(By.cssSelector("li.search-result a")).click();
			assertThat(reader.getCurrentUrl()).isEqualTo(baseUrl() + "/nb/innovation-park#innovation-park-opens");
			SectionPage story = new SectionPage(reader);
			assertThat(story.isInViewport(story.target())).isTrue();
			assertThat(story.targetParagraph()).contains("I mai 2015 åpnet Oslo Cancer Cluster Innovasjonspark");
		}
		finally {
			reader.quit();
		}
	}

	@Test
	void skipLinkTakesKeyboardUsersStraightToTheContent() {
		HomePage home = HomePage.open(driver, baseUrl());
		home.focused().sendKeys(Keys.TAB);
		assertThat(home.focused().getText()).isEqualTo("Skip to main content");
		assertThat(home.focused().isDisplayed()).isTrue();
		assertThat(home.focused().getRect().getWidth()).isGreaterThan(20);
		home.focused().sendKeys(Keys.ENTER);
		assertThat(driver.getCurrentUrl()).endsWith("/#main");
		assertThat(home.focused().getAttribute("id")).isEqualTo("main");
		home.focused().sendKeys(Keys.TAB);
		assertThat(home.focused().getAttribute("href")).isNotNull();
		assertThat(home.focused().findElement(org.openqa.selenium.By.xpath("ancestor::main"))).isNotNull();
	}

	@Test
	void noPageScrollsSidewaysOnASmallPhone() {
		for (String page : PAGES) {
			driver.get(baseUrl() + page);
			Browser.emulateWidth(driver, 320);
			assertThat(new SitePage(driver).sidewaysOverflow()).as(page).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void theTimelineIsDrawnAcrossTheScreenAndDownAPhoneAndEachMarkLeadsToItsEntry() {
		driver.get(baseUrl() + "/timeline");
		assertThat(displayed(".timeline-chart--wide")).isTrue();
		assertThat(displayed(".timeline-chart--tall")).isFalse();
		driver.findElement(By.cssSelector(".timeline-chart--wide a[href='#awards--gold-label-renewed'] rect")).click();
		assertThat(driver.getCurrentUrl()).endsWith("/timeline#awards--gold-label-renewed");
		assertThat(new SitePage(driver).isInViewport(driver.findElement(By.id("awards--gold-label-renewed")))).isTrue();
		driver.get(baseUrl() + "/timeline");
		Browser.emulateWidth(driver, 320);
		assertThat(displayed(".timeline-chart--wide")).isFalse();
		assertThat(displayed(".timeline-chart--tall")).isTrue();
		assertThat(driver.findElement(By.cssSelector(".timeline-chart--tall svg")).getRect().getWidth())
			.isLessThanOrEqualTo(320);
		assertThat(new SitePage(driver).sidewaysOverflow()).isLessThanOrEqualTo(0);
		driver
			.findElement(By.cssSelector(".timeline-chart--tall a[href='#innovation-park--innovation-park-opens'] rect"))
			.click();
		assertThat(driver.getCurrentUrl()).endsWith("/timeline#innovation-park--innovation-park-opens");
	}

	@Test
	void theHomePagesGlanceAtTheTimelineLeadsToIt() {
		HomePage.open(driver, baseUrl());
		driver.findElement(By.cssSelector("a.timeline-glance svg")).click();
		assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/timeline");
	}

	private boolean displayed(String selector) {
		return driver.findElement(By.cssSelector(selector)).isDisplayed();
	}

	@Test
	void printEditionHasEverySectionInReadingOrderThenTheTimeline() {
		driver.get(baseUrl() + "/");
		List<String> sections = driver.findElements(org.openqa.selenium.By.cssSelector(".section-card__title a"))
			.stream()
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
		driver.get(baseUrl() + "/print");
		List<String> parts = driver.findElements(org.openqa.selenium.By.cssSelector("section.print-section > h2"))
			.stream()
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
		List<String> expected = new java.util.ArrayList<>(sections);
		expected.add("Timeline");
		assertThat(parts).containsExactlyElementsOf(expected);
		assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("#timeline li.milestone")))
			.hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void printingHidesTheNavigationAndPrintsWhereLinksGo() {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		try {
			driver.get(baseUrl() + "/founding");
			Object styles = ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("const link = document.querySelector('.prose p a[href=\"/expertise-status\"]');"
						+ "const name = document.querySelector('.prose p a[href^=\"/names/\"]');"
						+ "return [getComputedStyle(document.querySelector('nav.site-nav')).display,"
						+ " getComputedStyle(document.querySelector('a.skip-link')).display,"
						+ " link ? getComputedStyle(link, '::after').content : 'no link in the text',"
						+ " name ? getComputedStyle(name, '::after').content : 'no name in the text'];");
			// The address of a section is printed; that of a name's page is not.
			assertThat(((List<?>) styles).stream().map(Object::toString).toList()).containsExactly("none", "none",
					"\" (/expertise-status)\"", "none");
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
		}
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
