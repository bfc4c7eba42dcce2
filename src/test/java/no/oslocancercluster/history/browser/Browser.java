package no.oslocancercluster.history.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its own chromedriver, so that Selenium
 * Manager never tries to download a browser. Skips where Chromium is absent, except in
 * CI, where its absence is a failure.
 */
final class Browser {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	static ChromeDriver start() throws IOException {
		return start("en-GB,en");
	}

	/**
	 * Starts a browser whose reader prefers the given languages, as
	 * {@code Accept-Language} lists them.
	 */
	static ChromeDriver start(String languages) throws IOException {
		return start(languages, Map.of("intl.accept_languages", languages));
	}

	/**
	 * Starts a browser that runs no JavaScript, as a visitor who turned it off.
	 */
	static ChromeDriver startWithoutJavaScript() throws IOException {
		return start("en-GB,en",
				Map.of("intl.accept_languages", "en-GB,en", "profile.managed_default_content_settings.javascript", 2));
	}

	private static ChromeDriver start(String languages, Map<String, Object> prefs) throws IOException {
		boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
		}
		Assumptions.assumeTrue(present, "Chromium is not installed: apt-get install -y chromium chromium-driver");
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=1280,900", "--user-data-dir=" + profile,
				"--lang=" + languages.split(",")[0]);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		return driver;
	}

	/**
	 * Makes the page as wide as a small phone, whatever the smallest window the platform
	 * allows.
	 */
	static void emulateWidth(ChromeDriver driver, int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	/**
	 * Makes the page the size of a phone's screen.
	 */
	static void emulateScreen(ChromeDriver driver, int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
	}

	static void resetWidth(ChromeDriver driver) {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

}
