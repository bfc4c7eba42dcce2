package no.oslocancercluster.history.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What every page of the site has: the layout's skip link, navigation and main landmark.
 */
class SitePage {

	protected final WebDriver driver;

	SitePage(WebDriver driver) {
		this.driver = driver;
	}

	String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	List<String> navigationLinks() {
		return this.driver.findElements(By.cssSelector("nav.site-nav a")).stream().map(WebElement::getText).toList();
	}

	String currentNavigationLink() {
		return this.driver.findElement(By.cssSelector("nav.site-nav a[aria-current=page]")).getText();
	}

	/**
	 * Clicks a link as a visitor would: after scrolling it to the middle of the window,
	 * clear of a sticky header.
	 */
	void click(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * How far the page could scroll sideways, in CSS pixels; 0 when it fits.
	 */
	long sidewaysOverflow() {
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	/**
	 * Whether the element is in the visible part of the window.
	 */
	boolean isInViewport(WebElement element) {
		Object visible = ((JavascriptExecutor) this.driver)
			.executeScript("const r = arguments[0].getBoundingClientRect();"
					+ "return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;", element);
		return Boolean.TRUE.equals(visible);
	}

}
