package no.oslocancercluster.history.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The timeline of every milestone.
 */
class TimelinePage extends SitePage {

	TimelinePage(WebDriver driver) {
		super(driver);
	}

	static TimelinePage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/timeline");
		return new TimelinePage(driver);
	}

	List<String> milestoneTitles() {
		return this.driver.findElements(By.cssSelector("li.milestone a")).stream().map(WebElement::getText).toList();
	}

	List<String> dates() {
		return this.driver.findElements(By.cssSelector("li.milestone time"))
			.stream()
			.map((time) -> time.getAttribute("datetime"))
			.toList();
	}

	String milestoneLink(String datetime) {
		return milestoneDated(datetime).getAttribute("href");
	}

	SectionPage openMilestoneDated(String datetime) {
		click(milestoneDated(datetime));
		return new SectionPage(this.driver);
	}

	private WebElement milestoneDated(String datetime) {
		return this.driver
			.findElement(By.cssSelector("li.milestone:has(time[datetime='" + datetime + "']) a.milestone__title"));
	}

}
