package no.oslocancercluster.history.serving;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import no.oslocancercluster.history.SiteApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutting down lets a request that is under way finish (server.shutdown=graceful), and
 * takes no new ones.
 */
class GracefulShutdownTests {

	private static final CountDownLatch STARTED = new CountDownLatch(1);

	@Test
	void requestUnderWayFinishesWhileTheSiteStops() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteApplication.class, SlowPage.class)
			.run("--server.port=0");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		CompletableFuture<HttpResponse<String>> underWay = HttpClient.newHttpClient()
			.sendAsync(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/errors/slow-test-page")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(STARTED.await(10, TimeUnit.SECONDS)).isTrue();
		context.close();
		HttpResponse<String> response = underWay.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("finished");
	}

	@Configuration(proxyBeanMethods = false)
	static class SlowPage {

		@Bean
		SlowController slowController() {
			return new SlowController();
		}

	}

	@RestController
	static class SlowController {

		@GetMapping("/errors/slow-test-page")
		String slow() throws InterruptedException {
			STARTED.countDown();
			Thread.sleep(1500);
			return "finished";
		}

	}

}
