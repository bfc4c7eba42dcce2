package no.oslocancercluster.history.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A section of the history.
 */
class SectionPage extends SitePage {

	SectionPage(WebDriver driver) {
		super(driver);
	}

	List<String> tableOfContents() {
		return this.driver.findElements(By.cssSelector("nav.toc a")).stream().map(WebElement::getText).toList();
	}

	List<String> breadcrumb() {
		return this.driver.findElements(By.cssSelector("nav.breadcrumb a")).stream().map(WebElement::getText).toList();
	}

	String fragment() {
		String url = this.driver.getCurrentUrl();
		return url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
	}

	WebElement target() {
		return this.driver.findElement(By.id(fragment()));
	}

	/**
	 * The paragraph that follows the targeted heading: the one that tells the story.
	 */
	String targetParagraph() {
		return target().findElement(By.xpath("following-sibling::p[1]")).getText();
	}

	SectionPage next() {
		click(this.driver.findElement(By.cssSelector("a[rel=next]")));
		return new SectionPage(this.driver);
	}

	TimelinePage openTimeline() {
		click(this.driver.findElement(By.cssSelector("nav.site-nav")).findElement(By.linkText("Timeline")));
		return new TimelinePage(this.driver);
	}

}
