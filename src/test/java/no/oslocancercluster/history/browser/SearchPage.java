package no.oslocancercluster.history.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as a visitor reads it: the summary, the notices and the results, on the
 * server or in the static export, where a script writes them once the index is read.
 */
class SearchPage extends SitePage {

	SearchPage(WebDriver driver) {
		super(driver);
	}

	/**
	 * Types a query into the header's search field and sends it, as from any page.
	 */
	SearchPage searchFromHeader(String query) {
		WebElement field = this.driver.findElement(By.id("site-search-q"));
		field.sendKeys(query);
		field.sendKeys(Keys.ENTER);
		return settled();
	}

	/**
	 * Types a query into the page's own search field, replacing what it holds, and sends
	 * it.
	 */
	SearchPage searchFromPage(String query) {
		WebElement field = this.driver.findElement(By.id("search-q"));
		field.clear();
		field.sendKeys(query, Keys.ENTER);
		return settled();
	}

	// The export's page has said what it found (its summary is written by the script).
	SearchPage settled() {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> !driver.findElements(By.cssSelector(".search-summary"))
				.stream()
				.allMatch((summary) -> summary.getText().isBlank()));
		return this;
	}

	String summary() {
		return this.driver.findElement(By.cssSelector(".search-summary")).getText();
	}

	List<String> notices() {
		return this.driver.findElements(By.cssSelector(".search-notice"))
			.stream()
			.map(WebElement::getText)
			.filter((text) -> !text.isBlank())
			.toList();
	}

	String query() {
		return this.driver.findElement(By.id("search-q")).getAttribute("value");
	}

	/**
	 * Each result as a visitor sees it: its title and where its link leads, its section,
	 * and the words marked in its snippet.
	 */
	List<String> results() {
		// Going back, the browser may show the page it kept while the script writes the
		// same results again: read them again if it replaced them meanwhile.
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((driver) -> driver.findElements(By.cssSelector("li.search-result"))
				.stream()
				.map(SearchPage::result)
				.toList());
	}

	private static String result(WebElement result) {
		WebElement link = result.findElement(By.cssSelector(".search-result__title a"));
		String section = result.findElements(By.cssSelector(".search-result__section"))
			.stream()
			.map(WebElement::getText)
			.findFirst()
			.orElse("");
		return link.getText() + " -> " + link.getDomAttribute("href") + " | " + section;
	}

	List<String> marked() {
		return this.driver.findElements(By.cssSelector(".search-result__snippet mark"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * What the page shows now, kept when the browser goes on to another page.
	 */
	Shown shown() {
		return new Shown(notices(), summary(), results(), query());
	}

	String mainText() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	/**
	 * What a search page showed, but for the snippets, which the server cuts around the
	 * words found and the export's script takes from the start of each part.
	 *
	 * @param notices its notices
	 * @param summary its summary
	 * @param results its results, as {@link #results()} gives them
	 * @param query the query in the page's search field
	 */
	record Shown(List<String> notices, String summary, List<String> results, String query) {

	}

}
