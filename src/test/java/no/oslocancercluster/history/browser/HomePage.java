package no.oslocancercluster.history.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The overview page.
 */
class HomePage extends SitePage {

	HomePage(WebDriver driver) {
		super(driver);
	}

	static HomePage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/");
		return new HomePage(driver);
	}

	SectionPage openSection(String title) {
		click(this.driver.findElement(By.cssSelector(".section-list")).findElement(By.linkText(title)));
		return new SectionPage(this.driver);
	}

}
