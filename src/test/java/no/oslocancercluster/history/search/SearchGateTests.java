package no.oslocancercluster.history.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search gate lets no more searches run at once than its limit: one more gets the busy answer at once, and none
 * of those running fails; a search asked before is answered from memory without running again. Nothing is timed:
 * the searches in the chain wait on a latch that the test opens.
 */
class SearchGateTests {

	private static final Object VERSION = new Object();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	private final CountDownLatch entered = new CountDownLatch(2);

	private final List<String> ran = new ArrayList<>();

	@AfterEach
	void stop() {
		this.release.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void moreSearchesThanTheLimitGetTheBusyAnswerAndNoneOfTheOthersFails() throws Exception {
		SearchGate gate = new SearchGate(() -> VERSION, 2, Duration.ZERO, true);
		Future<MockHttpServletResponse> first = this.threads.submit(() -> search(gate, "/search", "gold"));
		Future<MockHttpServletResponse> second = this.threads.submit(() -> search(gate, "/nb/search", "gull"));
		this.entered.await();
		MockHttpServletResponse third = search(gate, "/nb/search", "park");
		assertThat(third.getStatus()).isEqualTo(503);
		assertThat(third.getHeader("Retry-After")).isEqualTo("5");
		assertThat(third.getIncludedUrl()).isEqualTo("/nb/search/busy");
		this.release.countDown();
		for (Future<MockHttpServletResponse> running : List.of(first, second)) {
			assertThat(running.get().getStatus()).isEqualTo(200);
			assertThat(running.get().getContentAsString()).startsWith("results for ");
		}
		assertThat(search(gate, "/search", "park").getStatus()).isEqualTo(200);
	}

	@Test
	void aRepeatedSearchIsAnsweredFromMemoryWithTheSameHeaders() throws Exception {
		this.release.countDown();
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, true);
		MockHttpServletResponse once = search(gate, "/search", "gold");
		gate.running().acquire();
		MockHttpServletResponse again = search(gate, "/search", "gold");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsString()).isEqualTo(once.getContentAsString()).isEqualTo("results for gold");
		assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(again.getHeader("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(this.ran).containsExactly("/search?gold");
		assertThat(search(gate, "/search", "gold label").getStatus()).isEqualTo(503);
	}

	@Test
	void aNewContentVersionDropsWhatWasKept() throws Exception {
		this.release.countDown();
		Object[] version = { new Object() };
		SearchGate gate = new SearchGate(() -> version[0], 1, Duration.ZERO, true);
		search(gate, "/search", "gold");
		search(gate, "/search", "gold");
		version[0] = new Object();
		search(gate, "/search", "gold");
		assertThat(this.ran).containsExactly("/search?gold", "/search?gold");
	}

	@Test
	void thePreviewKeepsNothing() throws Exception {
		this.release.countDown();
		SearchGate gate = new SearchGate(() -> VERSION, 1, Duration.ZERO, false);
		search(gate, "/search", "gold");
		search(gate, "/search", "gold");
		assertThat(this.ran).containsExactly("/search?gold", "/search?gold");
	}

	private MockHttpServletResponse search(SearchGate gate, String path, String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setParameter("q", query);
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> {
			synchronized (this.ran) {
				this.ran.add(path + "?" + query);
			}
			this.entered.countDown();
			try {
				this.release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("results for " + query);
		};
		gate.doFilter(request, response, chain);
		return response;
	}

}
