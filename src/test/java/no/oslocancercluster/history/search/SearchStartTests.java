package no.oslocancercluster.history.search;

import java.net.http.HttpResponse;

import no.oslocancercluster.history.LocalSite;
import no.oslocancercluster.history.SiteApplication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index is built by the first search, not by the start: a start that no
 * visitor searches loads nothing of Lucene (and the container's AOT cache, trained on
 * such a start, keeps none of its classes for every start).
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchStartTests {

	private static final String INDEXED = "Indexed the history for search in ";

	@Test
	void theIndexWaitsForTheFirstSearch(CapturedOutput output) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteApplication.class)
			.run("--server.port=0")) {
			LocalSite site = new LocalSite(((WebServerApplicationContext) context).getWebServer().getPort());
			assertThat(site.get("/").statusCode()).isEqualTo(200);
			assertThat(site.get("/nb/timeline").statusCode()).isEqualTo(200);
			assertThat(output).contains("Rendered ").doesNotContain(INDEXED);

			HttpResponse<String> results = site.get("/search?q=Gold+Label");
			assertThat(results.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(results.body()).select("li.search-result a").eachAttr("href")).first()
				.isEqualTo("/awards#gold-label-certificate");
			assertThat(output.getOut().split(INDEXED, -1)).as("the index built once").hasSize(2);

			site.get("/nb/search?q=innovasjonspark");
			assertThat(output.getOut().split(INDEXED, -1)).as("the index built once").hasSize(2);
		}
	}

}
